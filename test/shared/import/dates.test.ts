import { describe, expect, it } from 'vitest'
import {
  detectDateOrder,
  isBlank,
  parseCalendarDate,
  type DateOrder
} from '../../../src/shared/import/values'

describe('detectDateOrder', () => {
  it.each<[string, string[], DateOrder, boolean]>([
    ['ISO dates', ['2024-01-23', '2024-12-01'], 'ymd', false],
    ['Salesforce datetimes', ['2024-01-23T17:50:51.000+0000', ''], 'ymd', false],
    ['US with a day > 12', ['01/02/2024', '03/23/2024'], 'mdy', false],
    ['Excel MM/DD/YY with times', ['1/5/24 5:50 PM', '12/31/23 11:02 AM'], 'mdy', false],
    ['UK with a day > 12', ['01/02/2024', '23/03/2024'], 'dmy', false],
    ['German dotted', ['23.01.2024', '01.02.2024 14:30'], 'dmy', false],
    ['all days ≤ 12 (slash)', ['01/02/2024', '03/04/2024'], 'mdy', true],
    ['all days ≤ 12 (dotted defaults dmy)', ['01.02.2024', '03.04.2024'], 'dmy', true],
    ['mixed orders', ['13/01/2024', '01/13/2024'], 'mdy', true],
    ['nothing parseable', ['soon', '', 'TBD'], 'ymd', true],
    ['empty column', [], 'ymd', true]
  ])('%s', (_label, values, order, ambiguous) => {
    const result = detectDateOrder(values)
    expect(result.order).toBe(order)
    expect(result.ambiguous).toBe(ambiguous)
    expect(result.evidence).not.toBe('')
  })

  it('names the value that proves the order', () => {
    expect(detectDateOrder(['01/02/2024', '23/03/2024']).evidence).toContain('23/03/2024')
  })

  it('mentions values it could not read', () => {
    expect(detectDateOrder(['23/03/2024', 'next week']).evidence).toContain('1 value(s) not')
  })
})

describe('parseCalendarDate', () => {
  it.each<[string, DateOrder, string]>([
    ['2024-01-23', 'ymd', '2024-01-23'],
    ['2024-1-3', 'ymd', '2024-01-03'],
    ['2024/01/23', 'ymd', '2024-01-23'],
    ['2024-01-23T17:50:51.000+0000', 'ymd', '2024-01-23'],
    // No time-zone shift: the written calendar day is kept.
    ['2024-01-23T23:30:00.000+0000', 'ymd', '2024-01-23'],
    ['2024-01-23T00:30:00.000-0800', 'ymd', '2024-01-23'],
    ['2024-01-23T23:30:00Z', 'ymd', '2024-01-23'],
    ['2024-01-23 08:15', 'ymd', '2024-01-23'],
    // Year-first values are unambiguous whatever the column order says.
    ['2024-01-23', 'dmy', '2024-01-23'],
    ['01/23/2024', 'mdy', '2024-01-23'],
    ['1/5/24', 'mdy', '2024-01-05'],
    ['1/5/24 5:50 PM', 'mdy', '2024-01-05'],
    ['12/31/23 11:59 pm', 'mdy', '2023-12-31'],
    ['03/04/2024', 'mdy', '2024-03-04'],
    ['03/04/2024', 'dmy', '2024-04-03'],
    ['23/01/2024', 'dmy', '2024-01-23'],
    ['23.01.2024', 'dmy', '2024-01-23'],
    ['23.01.2024 14:30', 'dmy', '2024-01-23'],
    ['23-01-2024', 'dmy', '2024-01-23'],
    ['  23/01/2024  ', 'dmy', '2024-01-23'],
    ['29/02/2024', 'dmy', '2024-02-29'],
    ['1/1/69', 'mdy', '2069-01-01'],
    ['1/1/70', 'mdy', '1970-01-01'],
    ['6/15/99', 'mdy', '1999-06-15'],
    ['1/1/00', 'mdy', '2000-01-01']
  ])('%s as %s → %s', (input, order, expected) => {
    expect(parseCalendarDate(input, order)).toEqual({ ok: true, value: expected })
  })

  it.each<[string, DateOrder, string]>([
    ['2024-02-30', 'ymd', 'has no day 30'],
    ['2023-02-29', 'ymd', 'has no day 29'],
    ['2024-13-01', 'ymd', 'no month 13'],
    ['2024-00-10', 'ymd', 'no month 0'],
    ['31/04/2024', 'dmy', 'has no day 31'],
    ['01/23/2024', 'dmy', 'no month 23'],
    ['23/01/2024', 'mdy', 'no month 23'],
    ['01/23/2024', 'ymd', 'not year-first'],
    ['2024-01-23T25:00:00.000+0000', 'ymd', 'not a real time'],
    ['1/5/24 13:50 PM', 'mdy', 'not a real time'],
    ['1/5/24 10:75', 'mdy', 'not a real time'],
    ['next Tuesday', 'mdy', 'is not a date'],
    ['45310', 'mdy', 'is not a date'],
    ['2024-01', 'ymd', 'is not a date'],
    ['01/23/024', 'mdy', 'is not a date'],
    ['01/23.2024', 'mdy', 'is not a date'],
    ['', 'ymd', 'blank'],
    ['   ', 'mdy', 'blank']
  ])('rejects %s as %s', (input, order, reason) => {
    const result = parseCalendarDate(input, order)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.reason).toContain(reason)
  })

  it.each([
    ['', true],
    ['  ', true],
    ['2024-01-01', false]
  ])('isBlank(%j) = %s', (value, blank) => {
    expect(isBlank(value)).toBe(blank)
  })
})
