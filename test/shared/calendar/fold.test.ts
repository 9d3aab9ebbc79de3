import { describe, expect, it } from 'vitest'
import { foldIcsLines } from '../../../src/shared/calendar/fold'

const octets = (s: string) => new TextEncoder().encode(s).length
const unfold = (s: string) => s.replace(/\r\n[ \t]/g, '')

describe('folding iCalendar lines by octets', () => {
  it('keeps every physical line within 75 octets and never splits a character', () => {
    const summary = `SUMMARY:1:1 with ${'Østergaard é 😀 '.repeat(12)}`
    const text = `BEGIN:VEVENT\r\n${summary}\r\nEND:VEVENT\r\n`
    const folded = foldIcsLines(text)
    const lines = folded.split('\r\n')
    for (const line of lines) expect(octets(line)).toBeLessThanOrEqual(75)
    // A split inside a character would leave half a surrogate pair, which no encoder keeps.
    for (const line of lines) expect(line).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/)
    expect(lines.filter((l) => l.startsWith(' ')).length).toBeGreaterThanOrEqual(3)
    expect(unfold(folded)).toBe(text)
  })

  it('refolds lines the ics package folded by characters (tab continuations)', () => {
    const long = `DESCRIPTION:${'é'.repeat(74)}`
    const byCharacters = `${long.slice(0, 75)}\r\n\t${long.slice(75)}\r\n`
    expect(octets(byCharacters.split('\r\n')[0]!)).toBeGreaterThan(75)
    // 12 octets of name and 31 two-octet é fill 74: the 32nd would not fit whole.
    const folded = foldIcsLines(byCharacters)
    expect(folded.split('\r\n').map(octets)).toEqual([74, 75, 13, 0])
    expect(unfold(folded)).toBe(`${long}\r\n`)
  })
})
