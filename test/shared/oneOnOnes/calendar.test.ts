import { describe, expect, it } from 'vitest'
import {
  OneOnOneCalendarError,
  oneOnOneCalendar,
  oneOnOneSeries,
  type OneOnOneCalendarInput
} from '../../../src/shared/oneOnOnes'
import { icsAlarms, icsProp, parseIcs, type IcsComponent } from '../../support/ics'
import { meeting, rep } from './support'

const ana = {
  ...rep,
  id: 'r2',
  name: "Ana María O'Neil-Østergaard, Jr.; Enterprise accounts (EMEA North)",
  oneOnOneCadenceDays: 14
}
const lee = { ...rep, id: 'r3', name: 'Lee Park' }
const meetings = [
  meeting('2026-11-26', 'held'),
  meeting('2026-12-03', 'planned'),
  meeting('2026-11-10', 'held', [], { repId: 'r2' }),
  meeting('2026-11-28', 'moved', [], { repId: 'r3', movedTo: '2026-12-01' }),
  meeting('2026-12-01', 'planned', [], { repId: 'r3' }),
  meeting('2026-12-10', 'planned', [], { repId: 'r3' })
]

function calendar(overrides: Partial<OneOnOneCalendarInput> = {}): IcsComponent[] {
  const cal = parseIcs(
    oneOnOneCalendar({
      reps: [rep, ana, lee],
      meetings,
      today: '2026-12-01',
      until: '2026-12-29',
      time: '09:00',
      minutes: 30,
      calendarName: 'Team 1:1s',
      now: new Date('2026-12-01T08:00:00Z'),
      ...overrides
    })
  )
  expect(cal.name).toBe('VCALENDAR')
  expect(icsProp(cal, 'PRODID')).toBe('-//Fieldbook//One-on-ones//EN')
  return cal.children.filter((c) => c.name === 'VEVENT')
}

const listed = (events: IcsComponent[]) =>
  events.map((e) => `${icsProp(e, 'DTSTART')} ${icsProp(e, 'SUMMARY')} ${icsProp(e, 'STATUS')}`)

describe('the 1:1 series', () => {
  it('is the next 1:1 (today when overdue), every planned one, then one per cadence', () => {
    expect(oneOnOneSeries(rep, meetings, '2026-12-01', '2026-12-29').map((s) => s.day)).toEqual([
      '2026-12-03',
      '2026-12-10',
      '2026-12-17',
      '2026-12-24'
    ])
    const overdue = oneOnOneSeries(ana, meetings, '2026-12-01', '2026-12-29')
    expect(overdue.map((s) => [s.day, s.plannedId])).toEqual([
      ['2026-12-01', undefined],
      ['2026-12-15', undefined],
      ['2026-12-29', undefined]
    ])
    expect(oneOnOneSeries(lee, meetings, '2026-12-01', '2026-12-20').map((s) => s.day)).toEqual([
      '2026-12-01',
      '2026-12-10',
      '2026-12-17'
    ])
    expect(oneOnOneSeries(rep, meetings, '2026-12-01', '2026-12-02')).toEqual([])
  })
})

describe('1:1 calendar (ICS)', () => {
  it('holds every 1:1 of the team as an event; 1:1s on one day follow one another by name', () => {
    const events = calendar()
    expect(listed(events)).toEqual([
      `20261201T090000 1:1 with ${ana.name} TENTATIVE`,
      '20261201T093000 1:1 with Lee Park CONFIRMED',
      '20261203T090000 1:1 with Sam Lee CONFIRMED',
      '20261210T090000 1:1 with Lee Park CONFIRMED',
      '20261210T093000 1:1 with Sam Lee TENTATIVE',
      `20261215T090000 1:1 with ${ana.name} TENTATIVE`,
      '20261217T090000 1:1 with Lee Park TENTATIVE',
      '20261217T093000 1:1 with Sam Lee TENTATIVE',
      '20261224T090000 1:1 with Lee Park TENTATIVE',
      '20261224T093000 1:1 with Sam Lee TENTATIVE',
      `20261229T090000 1:1 with ${ana.name} TENTATIVE`
    ])
    const first = events[0]!
    expect(icsProp(first, 'UID')).toBe('r2-2026-12-01@fieldbook.oneonone')
    expect(icsProp(first, 'DTSTAMP')).toBe('20261201T080000Z')
    expect(icsProp(first, 'DURATION')).toBe('PT30M')
    expect(icsProp(first, 'DESCRIPTION')).toBe(
      `1:1 with ${ana.name}, due by the cadence (every 2 weeks).\nPrepare it in Fieldbook: what changed, open commitments and the agenda.`
    )
    expect(icsProp(events[1]!, 'DESCRIPTION')).toMatch(/^1:1 with Lee Park, planned in Fieldbook\./)
    expect(icsProp(events[4]!, 'DESCRIPTION')).toMatch(
      /^1:1 with Sam Lee, due by the cadence \(every week\)\./
    )
    const tenDays = calendar({ reps: [{ ...lee, oneOnOneCadenceDays: 10 }] })
    expect(icsProp(tenDays[2]!, 'DESCRIPTION')).toMatch(/\(every 10 days\)/)
    // The default reminder settings: 16:00 the day before, 08:30 on the day.
    expect(icsAlarms(first)).toEqual([
      { minutesBefore: 17 * 60, description: `Tomorrow: 1:1 with ${ana.name}` },
      { minutesBefore: 30, description: `Today: 1:1 with ${ana.name}` }
    ])
    expect(icsAlarms(events[1]!)).toEqual([
      { minutesBefore: 17 * 60 + 30, description: 'Tomorrow: 1:1 with Lee Park' },
      { minutesBefore: 60, description: 'Today: 1:1 with Lee Park' }
    ])
  })

  it('exports one rep with the alarms of the settings, or none when 1:1 reminders are off', () => {
    const one = calendar({
      reps: [rep],
      time: '10:15',
      minutes: 45,
      reminders: { dayBeforeAt: '17:30', onTheDayAt: '07:45' }
    })
    expect(listed(one)).toEqual([
      '20261203T101500 1:1 with Sam Lee CONFIRMED',
      '20261210T101500 1:1 with Sam Lee TENTATIVE',
      '20261217T101500 1:1 with Sam Lee TENTATIVE',
      '20261224T101500 1:1 with Sam Lee TENTATIVE'
    ])
    for (const e of one) {
      expect(icsProp(e, 'DURATION')).toBe('PT45M')
      expect(icsAlarms(e).map((a) => a.minutesBefore)).toEqual([16 * 60 + 45, 2 * 60 + 30])
    }
    const quiet = calendar({ reps: [rep], reminders: { oneOnOnes: false } })
    for (const e of quiet) expect(e.children).toEqual([])
  })

  it('says so when the 1:1s of a day would run past midnight', () => {
    expect(() => calendar({ time: '23:00', minutes: 45 })).toThrow(OneOnOneCalendarError)
    expect(() => calendar({ time: '23:00', minutes: 45 })).toThrow(
      'The 1:1s on 2026-12-01 would run past midnight from 23:00: choose an earlier start time or shorter 1:1s.'
    )
  })

  it('is a valid empty calendar when there is no one to meet', () => {
    expect(calendar({ reps: [] })).toEqual([])
  })
})
