import { describe, expect, it } from 'vitest'
import {
  currencyAffix,
  formatMoney,
  minorToMajor,
  moneyInputText,
  parseMoneyInput,
  workspaceMoney
} from '../../src/shared/money'
import { parseTargetInput } from '../../src/shared/expectations'
import { goalDeviations, goalFromDimension, goalValueText } from '../../src/shared/plans/goals'
import type { ExpectationDimension } from '../../src/shared/domain'

// Intl writes no-break spaces in some locales; compare with plain spaces.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ')

describe('the money field reads amounts as a person types them', () => {
  const usd = { currency: 'USD' }
  it.each([
    ['300,000', 30_000_000],
    ['300000', 30_000_000],
    ['300000.50', 30_000_050],
    ['$300,000', 30_000_000],
    ['  1,234.5 ', 123_450],
    ['0', 0]
  ])('"%s" in en-US USD is %i cents', (text, minor) => {
    expect(parseMoneyInput(text, usd)).toEqual({ ok: true, minor })
  })

  it('reads German grouping and decimals in de-DE', () => {
    const eur = { currency: 'EUR', locale: 'de-DE' }
    expect(parseMoneyInput('€1.234,50', eur)).toEqual({ ok: true, minor: 123_450 })
    expect(parseMoneyInput('1.234,50 €', eur)).toEqual({ ok: true, minor: 123_450 })
    // One dot and three digits is grouping in German: 300.000 is three hundred thousand.
    expect(parseMoneyInput('300.000', eur)).toEqual({ ok: true, minor: 30_000_000 })
    expect(parseMoneyInput('300.000', { currency: 'EUR' })).toEqual({ ok: true, minor: 30_000 })
  })

  it('uses the currency’s own digits: yen has none', () => {
    expect(parseMoneyInput('¥5,000', { currency: 'JPY', locale: 'ja-JP' })).toEqual({
      ok: true,
      minor: 5_000
    })
    expect(parseMoneyInput('1,234.567', { currency: 'KWD' })).toEqual({
      ok: true,
      minor: 1_234_567
    })
  })

  it('treats a blank field as no amount', () => {
    expect(parseMoneyInput('   ', usd)).toEqual({ ok: true, minor: undefined })
  })

  it.each(['abc', '12 dollars', '1,23,4', '3e5', '$$5', '1.2.3,4'])(
    'refuses "%s" with a message saying what to type',
    (text) => {
      const result = parseMoneyInput(text, usd)
      expect(result.ok).toBe(false)
      if (!result.ok) {
        expect(result.message).toContain(`“${text}” is not an amount of money`)
        expect(result.message).toContain('Type the amount in USD, e.g. 300,000.50')
      }
    }
  )

  it('refuses another currency and negative amounts', () => {
    expect(parseMoneyInput('€300', usd)).toEqual({
      ok: false,
      message: 'Enter the amount in the workspace currency (USD), not EUR.'
    })
    expect(parseMoneyInput('-5', usd)).toEqual({
      ok: false,
      message: 'The amount cannot be negative.'
    })
    expect(parseMoneyInput('-5', { ...usd, allowNegative: true })).toEqual({
      ok: true,
      minor: -500
    })
  })

  it('writes a stored amount back into the field with grouping, no cents when whole', () => {
    expect(moneyInputText(30_000_000, 'USD')).toBe('300,000')
    expect(moneyInputText(30_000_050, 'USD')).toBe('300,000.50')
    expect(plain(moneyInputText(123_450, 'EUR', 'de-DE'))).toBe('1.234,50')
    expect(moneyInputText(5_000, 'JPY', 'ja-JP')).toBe('5,000')
    // What the field shows reads back to the same amount.
    for (const [minor, currency, locale] of [
      [30_000_050, 'USD', 'en-US'],
      [123_450, 'EUR', 'de-DE'],
      [99_999_999, 'EUR', 'fr-FR'],
      [5_000, 'JPY', 'ja-JP']
    ] as const)
      expect(
        parseMoneyInput(moneyInputText(minor, currency, locale), { currency, locale })
      ).toEqual({ ok: true, minor })
  })

  it('puts the symbol where the locale writes it', () => {
    expect(currencyAffix('USD')).toEqual({ symbol: '$', before: true })
    expect(currencyAffix('EUR', 'de-DE')).toEqual({ symbol: '€', before: false })
  })
})

describe('money is shown in the workspace currency by its digits', () => {
  it('formats cents as dollars and yen as yen', () => {
    expect(formatMoney(30_000_000, 'USD')).toBe('$300,000')
    expect(formatMoney(5_000, 'JPY')).toBe('¥5,000')
    expect(plain(formatMoney(30_000_000, 'EUR', 'de-DE'))).toBe('300.000 €')
    expect(plain(formatMoney(1_234_567, 'KWD'))).toBe('KWD 1,235')
    expect(minorToMajor(5_000, 'JPY')).toBe(5_000)
  })

  it('shows cents only when asked for exact amounts that have them', () => {
    expect(formatMoney(30_000_050, 'USD')).toBe('$300,001')
    expect(formatMoney(30_000_050, 'USD', 'en-US', { precision: 'exact' })).toBe('$300,000.50')
    expect(formatMoney(30_000_000, 'USD', 'en-US', { precision: 'exact' })).toBe('$300,000')
  })

  it('falls back to en-US for a locale Intl does not know', () => {
    expect(workspaceMoney({ currency: 'USD', locale: 'not a locale!' })).toEqual({
      currency: 'USD',
      locale: 'en-US'
    })
    expect(workspaceMoney(undefined)).toEqual({ currency: 'USD', locale: 'en-US' })
  })

  it('reads money targets through the same parser', () => {
    expect(parseTargetInput('€1.234,50', 'money', 'EUR', 'de-DE')).toEqual({
      ok: true,
      value: 123_450
    })
    expect(parseTargetInput('junk', 'money', 'USD')).toMatchObject({ ok: false })
  })
})

describe('money goals compare and print as money', () => {
  const revenue: ExpectationDimension = {
    key: 'closed-won-revenue',
    label: 'Closed-won revenue',
    metric: 'closedWonRevenue',
    target: 30_000_000,
    currency: 'USD',
    period: 'quarter',
    direction: 'atLeast',
    indicator: 'lagging',
    weight: 40
  }
  it('prefills a goal from the role in cents, shown as dollars', () => {
    const goal = goalFromDimension(revenue)
    expect(goal.target).toBe(30_000_000)
    expect(goal.currency).toBe('USD')
    expect(goal.standard).toBe('At least $300,000 every quarter')
    expect(goalValueText(goal, goal.target)).toBe('$300,000')
  })
  it('says "$250,000 differs from $300,000", never cents', () => {
    const goal = { ...goalFromDimension(revenue), target: 25_000_000 }
    const [flag] = goalDeviations([goal], [revenue])
    expect(flag?.rule).toContain(
      "The plan's target $250,000 differs from the role's standard $300,000"
    )
  })
  it('prints yen goals without a decimal shift', () => {
    const goal = goalFromDimension({ ...revenue, currency: 'JPY', target: 40_000_000 })
    expect(goalValueText(goal, goal.target, { currency: 'JPY', locale: 'ja-JP' })).toBe(
      '￥40,000,000'
    )
  })
})
