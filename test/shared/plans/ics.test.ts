import { describe, expect, it } from 'vitest'
import { checkInCalendar } from '../../../src/shared/plans/ics'
import { icsAlarms, icsProp, parseIcs, type IcsComponent } from '../../support/ics'
import { sampleCheckIns, samplePlan } from './fixtures'

const unescape = (v: string) => v.replace(/\\n/gi, '\n').replace(/\\([,;\\])/g, '$1')

describe('check-in calendar (ICS)', () => {
  it('holds one event per scheduled check-in with the fields RFC 5545 requires', () => {
    const plan = samplePlan({ title: 'Plan; with, "odd" text\nand a line break' })
    const future = [
      ...sampleCheckIns(),
      { ...sampleCheckIns()[2]!, id: 'c4', scheduledFor: '2026-10-15' }
    ]
    const cal = parseIcs(
      checkInCalendar({
        plan,
        repName: 'Kevin, Walsh; Jr',
        checkIns: future,
        time: '09:30',
        minutes: 20,
        now: new Date('2026-10-08T12:00:00Z')
      })
    )
    expect(cal.name).toBe('VCALENDAR')
    const prop = (c: IcsComponent, n: string) => c.props.find((p) => p.name === n)?.value
    expect(prop(cal, 'VERSION')).toBe('2.0')
    expect(prop(cal, 'PRODID')).toBe('-//Fieldbook//Plan check-ins//EN')
    const events = cal.children.filter((c) => c.name === 'VEVENT')
    // The held and the missed check-in are history, not calendar entries.
    expect(events.map((e) => prop(e, 'DTSTART'))).toEqual(['20261008T093000', '20261015T093000'])
    for (const e of events) {
      expect(prop(e, 'DTSTAMP')).toBe('20261008T120000Z')
      expect(prop(e, 'DURATION')).toBe('PT20M')
      expect(prop(e, 'UID')).toMatch(/^c[34]@fieldbook\.checkin$/)
    }
    // Numbered within the plan's four check-ins (one held, one missed): an export after the
    // first two keeps the numbers an earlier export gave the same events.
    expect(events.map((e) => unescape(prop(e, 'SUMMARY') ?? ''))).toEqual([
      'PIP check-in 3 of 4: Kevin, Walsh; Jr',
      'PIP check-in 4 of 4: Kevin, Walsh; Jr'
    ])
    const description = unescape(prop(events[0]!, 'DESCRIPTION') ?? '')
    expect(description).toContain('PIP: Plan; with, "odd" text and a line break')
    expect(description).toContain('- Customer activities: At least 25 every week')
    // No reminder settings saved yet: the defaults, 16:00 the day before and 08:30 on the day.
    for (const e of events)
      expect(icsAlarms(e)).toEqual([
        {
          minutesBefore: 17 * 60 + 30,
          description: 'Tomorrow: PIP check-in with Kevin, Walsh; Jr'
        },
        { minutesBefore: 60, description: 'Today: PIP check-in with Kevin, Walsh; Jr' }
      ])
  })

  it('carries the alarms of the reminder settings, and none when check-in reminders are off', () => {
    const make = (reminders: Parameters<typeof checkInCalendar>[0]['reminders'], time = '14:15') =>
      parseIcs(
        checkInCalendar({
          plan: samplePlan({ kind: 'coaching' }),
          repName: 'Ana Costa',
          checkIns: sampleCheckIns(),
          time,
          minutes: 20,
          now: new Date('2026-10-08T12:00:00Z'),
          reminders
        })
      ).children.filter((c) => c.name === 'VEVENT')
    // 17:45 the day before a 14:15 check-in is 20 h 30 min before it; 07:05 on the day, 7 h 10 min.
    const [event] = make({ dayBeforeAt: '17:45', onTheDayAt: '07:05' })
    expect(icsProp(event!, 'DTSTART')).toBe('20261008T141500')
    expect(icsAlarms(event!)).toEqual([
      {
        minutesBefore: 20 * 60 + 30,
        description: 'Tomorrow: Coaching plan check-in with Ana Costa'
      },
      { minutesBefore: 7 * 60 + 10, description: 'Today: Coaching plan check-in with Ana Costa' }
    ])
    // Without the day before; an on-the-day time after the start rings 15 minutes before it.
    const [late] = make({ dayBefore: false, onTheDayAt: '16:00' })
    expect(icsAlarms(late!)).toEqual([
      { minutesBefore: 15, description: 'Today: Coaching plan check-in with Ana Costa' }
    ])
    const [off] = make({ checkIns: false })
    expect(off!.children).toEqual([])
    // A check-in at midnight: the day before at 23:59 is one minute before it.
    const [midnight] = make({ dayBeforeAt: '23:59' }, '00:00')
    expect(icsAlarms(midnight!)[0]!.minutesBefore).toBe(1)
  })

  it('is a valid empty calendar when nothing is scheduled', () => {
    const cal = parseIcs(
      checkInCalendar({
        plan: samplePlan(),
        repName: 'Kevin',
        checkIns: [],
        time: '09:00',
        minutes: 15,
        now: new Date('2026-10-08T12:00:00Z')
      })
    )
    expect(cal.children).toEqual([])
  })
})
