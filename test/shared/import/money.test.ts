import { describe, expect, it } from 'vitest'
import {
  detectDecimalSeparator,
  parseMoney,
  type DecimalSeparator
} from '../../../src/shared/import/values'

const usd = { defaultCurrency: 'USD' }

describe('parseMoney', () => {
  it.each<[string, string, DecimalSeparator | undefined, number, string]>([
    ['$1,234.50', 'USD', undefined, 123450, 'USD'],
    ['1234.5', 'USD', undefined, 123450, 'USD'],
    ['1234', 'USD', undefined, 123400, 'USD'],
    ['0', 'USD', undefined, 0, 'USD'],
    ['.5', 'USD', undefined, 50, 'USD'],
    ['(4.50)', 'USD', undefined, -450, 'USD'],
    ['($4.50)', 'USD', undefined, -450, 'USD'],
    ['-4.50', 'USD', undefined, -450, 'USD'],
    ['-$4.50', 'USD', undefined, -450, 'USD'],
    ['$-4.50', 'USD', undefined, -450, 'USD'],
    ['4.50-', 'USD', undefined, -450, 'USD'],
    ['−4.50', 'USD', undefined, -450, 'USD'],
    ['1.234,50 €', 'USD', undefined, 123450, 'EUR'],
    ['€1.234,50', 'USD', undefined, 123450, 'EUR'],
    ['EUR 1.234,50', 'USD', undefined, 123450, 'EUR'],
    ['1.234,50 EUR', 'USD', undefined, 123450, 'EUR'],
    ['eur 12', 'USD', undefined, 1200, 'EUR'],
    ['1 234,50', 'EUR', undefined, 123450, 'EUR'],
    ['1 234 567', 'EUR', undefined, 123456700, 'EUR'],
    ['1\u00a0234,50\u00a0€', 'EUR', undefined, 123450, 'EUR'],
    ['1\u202f234,50', 'EUR', undefined, 123450, 'EUR'],
    ["1'234.50", 'CHF', undefined, 123450, 'CHF'],
    ['£12', 'USD', undefined, 1200, 'GBP'],
    ['USD 12.00', 'EUR', undefined, 1200, 'USD'],
    ['USD $12.00', 'EUR', undefined, 1200, 'USD'],
    ['CAD 12', 'USD', undefined, 1200, 'CAD'],
    ['$12', 'CAD', undefined, 1200, 'CAD'],
    ['$12', 'EUR', undefined, 1200, 'USD'],
    ['¥1,200', 'USD', undefined, 1200, 'JPY'],
    ['¥1,200', 'CNY', undefined, 120000, 'CNY'],
    ['JPY 1200', 'USD', undefined, 1200, 'JPY'],
    ['KWD 1.2345', 'USD', undefined, 1235, 'KWD'],
    ['1,234,567.89', 'USD', undefined, 123456789, 'USD'],
    ['1.234.567,89', 'EUR', undefined, 123456789, 'EUR'],
    ['1.234.567', 'EUR', undefined, 123456700, 'EUR'],
    ['1,234', 'USD', undefined, 123400, 'USD'],
    ['1234,5', 'EUR', undefined, 123450, 'EUR'],
    // A single separator then exactly three digits: the decimal option decides (default '.').
    ['12.345', 'USD', undefined, 1235, 'USD'],
    ['12.345', 'USD', '.', 1235, 'USD'],
    ['12.345', 'EUR', ',', 1234500, 'EUR'],
    ['12,345', 'USD', undefined, 1234500, 'USD'],
    ['12,345', 'EUR', ',', 1235, 'EUR'],
    // No float drift: minor units come from the written digits.
    ['19.99', 'USD', undefined, 1999, 'USD'],
    ['0.29', 'USD', undefined, 29, 'USD'],
    ['1.005', 'USD', undefined, 101, 'USD'],
    ['1.004', 'USD', undefined, 100, 'USD'],
    ['-1.005', 'USD', undefined, -101, 'USD'],
    ['9.995', 'USD', undefined, 1000, 'USD'],
    ['4.35', 'USD', undefined, 435, 'USD'],
    ['-0.00', 'USD', undefined, 0, 'USD'],
    ['007.50', 'USD', undefined, 750, 'USD'],
    ['  $ 1,234.50  ', 'USD', undefined, 123450, 'USD']
  ])('%s (default %s, decimal %s) → %d %s', (input, defaultCurrency, decimal, minor, currency) => {
    const options = decimal ? { defaultCurrency, decimal } : { defaultCurrency }
    expect(parseMoney(input, options)).toEqual({ ok: true, minor, currency })
  })

  it.each<[string, string]>([
    ['', 'blank'],
    ['   ', 'blank'],
    ['abc', 'not an amount'],
    ['12 dollars', 'not an amount'],
    ['12usdx', 'not an amount'],
    ['twelve dollars', 'not an amount'],
    ['$', 'not an amount'],
    ['1.2.3,4,5', 'more than one decimal separator'],
    ['1,23,456.00', 'groups of three'],
    ['12,34.50', 'groups of three'],
    ['1 2 3', 'groups of three'],
    ["12'34.5", 'groups of three'],
    ['12 usd 5', 'not an amount'],
    ['1.234,5.6', 'more than one decimal separator'],
    ['--5', 'not an amount'],
    ['(-5)', 'not an amount'],
    ['€12 USD', 'contradicts'],
    ['12%', 'not an amount'],
    ['1e5', 'not an amount'],
    ['99999999999999999', 'too large'],
    ['N/A', 'not an amount']
  ])('rejects %j', (input, reason) => {
    const result = parseMoney(input, usd)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.reason).toContain(reason)
  })

  it('rejects a default currency that is not an ISO code', () => {
    const result = parseMoney('12', { defaultCurrency: 'dollars' })
    expect(result).toEqual({ ok: false, reason: '"12": "dollars" is not a currency code' })
  })

  it('reports blank exactly as "blank" so callers can treat it as no amount', () => {
    expect(parseMoney('', usd)).toEqual({ ok: false, reason: 'blank' })
  })
})

describe('detectDecimalSeparator', () => {
  it.each<[string, string[], DecimalSeparator, boolean]>([
    ['US amounts', ['$1,234.50', '12.5', ''], '.', false],
    ['European amounts', ['1.234,50 €', '12,5'], ',', false],
    ['repeated dots prove comma decimals', ['1.234.567', '12.345'], ',', false],
    ['only integers', ['12', '300', ''], '.', true],
    ['only 3-digit tails', ['12.345', '1.000'], '.', true],
    ['mixed', ['1,234.50', '1.234,50', '3,5'], ',', true]
  ])('%s', (_label, values, decimal, ambiguous) => {
    const result = detectDecimalSeparator(values)
    expect(result).toMatchObject({ decimal, ambiguous })
    expect(result.evidence).not.toBe('')
  })
})
