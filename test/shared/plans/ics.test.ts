import { describe, expect, it } from 'vitest'
import { checkInCalendar } from '../../../src/shared/plans/ics'
import { sampleCheckIns, samplePlan } from './fixtures'

interface Component {
  name: string
  props: { name: string; params: string; value: string }[]
  children: Component[]
}

/**
 * A strict reader of RFC 5545's structure: CRLF line ends, content lines of at most 75 octets
 * (continuations start with one space or tab), NAME[;params]:value lines, and BEGIN/END pairs
 * that nest. It throws on anything else, so a broken file fails the test.
 */
function parseIcs(text: string): Component {
  expect(text.endsWith('\r\n')).toBe(true)
  const physical = text.slice(0, -2).split('\r\n')
  for (const line of physical) {
    expect(line).not.toMatch(/[\r\n]/)
    expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75)
  }
  const logical: string[] = []
  for (const line of physical) {
    if (/^[ \t]/.test(line)) logical[logical.length - 1] += line.slice(1)
    else logical.push(line)
  }
  const root: Component = { name: '', props: [], children: [] }
  const stack = [root]
  for (const line of logical) {
    const m = /^([A-Za-z0-9-]+)((?:;[^:]*)?):(.*)$/.exec(line)
    if (!m) throw new Error(`Not a content line: ${line}`)
    const [, name = '', params = '', value = ''] = m
    const top = stack.at(-1)!
    if (name === 'BEGIN') {
      const child = { name: value, props: [], children: [] }
      top.children.push(child)
      stack.push(child)
    } else if (name === 'END') {
      if (top.name !== value) throw new Error(`END:${value} closes ${top.name}`)
      stack.pop()
    } else top.props.push({ name, params, value })
  }
  expect(stack).toHaveLength(1)
  expect(root.children).toHaveLength(1)
  return root.children[0]!
}

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
    const prop = (c: Component, n: string) => c.props.find((p) => p.name === n)?.value
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
    expect(unescape(prop(events[0]!, 'SUMMARY') ?? '')).toBe(
      'PIP check-in 1 of 2: Kevin, Walsh; Jr'
    )
    const description = unescape(prop(events[0]!, 'DESCRIPTION') ?? '')
    expect(description).toContain('PIP: Plan; with, "odd" text and a line break')
    expect(description).toContain('- Customer activities: At least 25 every week')
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
