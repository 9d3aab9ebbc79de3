import { minorToMajor } from '../money'

/** Number formatting for formula lines (en-US; screens format their own way from the values). */
const moneyFormats = new Map<string, Intl.NumberFormat>()
const plain = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 })

export function money(minor: number, currency: string): string {
  let f = moneyFormats.get(currency)
  if (!f) {
    f = new Intl.NumberFormat('en-US', {
      style: 'currency',
      currency,
      maximumFractionDigits: 0
    })
    moneyFormats.set(currency, f)
  }
  return f.format(minorToMajor(minor, currency))
}

/** A percent value that is already 0-100. */
export const percent = (value: number | undefined): string =>
  value === undefined || !Number.isFinite(value) ? '—' : `${plain.format(value)}%`

export const count = (value: number | undefined): string =>
  value === undefined || !Number.isFinite(value) ? '—' : plain.format(value)

const fine = new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 })

/**
 * A share of a period in a formula ("× 0.333 quarters measured"): three decimals, so the line
 * can be checked by hand (one decimal printed a month of a quarter as 0.3, and a day as 0).
 */
export const periodShare = (value: number): string => fine.format(value)

/** a / b × 100, or undefined when b is 0. */
export const share = (a: number, b: number): number | undefined =>
  b > 0 ? (a / b) * 100 : undefined

export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined
  const s = [...values].sort((a, b) => a - b)
  const mid = s.length >> 1
  return s.length % 2 === 1 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2
}
