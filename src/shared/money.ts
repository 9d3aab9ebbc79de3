/**
 * Money as a person reads and types it. Amounts are stored as integer minor units of a
 * currency (cents for USD, yen for JPY); people only ever see and type major units with
 * grouping ("$300,000", "300.000,50 €"). Locale and currency are passed in, never read from
 * globals.
 */
import { minorDigits, parseMoney } from './import/values/money'
import { numberFormat } from './numberFormat'

export { minorDigits }

export const DEFAULT_LOCALE = 'en-US'

/** Minor units → major units as a number (30000000 USD → 300000; 5000 JPY → 5000). */
export const minorToMajor = (minor: number, currency: string): number =>
  minor / 10 ** minorDigits(currency)

/** Major units → minor units, rounded to a whole minor unit. */
export const majorToMinor = (major: number, currency: string): number =>
  Math.round(major * 10 ** minorDigits(currency))

/** Locales already checked: asking Intl costs more than formatting (a scorecard formats hundreds). */
const checkedLocales = new Map<string, string>()

/** A locale Intl accepts: a bad or missing one falls back to en-US instead of throwing. */
export function safeLocale(locale: string | undefined): string {
  if (!locale) return DEFAULT_LOCALE
  let safe = checkedLocales.get(locale)
  if (safe === undefined) {
    try {
      safe = Intl.NumberFormat.supportedLocalesOf([locale])[0] ?? DEFAULT_LOCALE
    } catch {
      safe = DEFAULT_LOCALE
    }
    checkedLocales.set(locale, safe)
  }
  return safe
}

export interface MoneyFormatOptions {
  /**
   * 'whole' (the default, for totals and summaries) rounds to whole major units: "$300,000".
   * 'exact' shows the minor units when there are any: "$300,000.50", and "$300,000" otherwise.
   */
  precision?: 'whole' | 'exact'
}

/** "$300,000" from 30000000 USD; "¥5,000" from 5000 JPY; "300.000 €" in de-DE. */
export function formatMoney(
  minor: number,
  currency: string,
  locale = DEFAULT_LOCALE,
  options: MoneyFormatOptions = {}
): string {
  const digits = minorDigits(currency)
  const fraction = options.precision === 'exact' && minor % 10 ** digits !== 0 ? digits : 0
  return numberFormat(safeLocale(locale), {
    style: 'currency',
    currency,
    minimumFractionDigits: fraction,
    maximumFractionDigits: fraction
  }).format(minorToMajor(minor, currency))
}

/** The amount as it stands in a money field: grouped, no symbol ("300,000", "1.234,5"). */
export function moneyInputText(minor: number, currency: string, locale = DEFAULT_LOCALE): string {
  const digits = minorDigits(currency)
  const fraction = minor % 10 ** digits !== 0 ? digits : 0
  return numberFormat(safeLocale(locale), {
    minimumFractionDigits: fraction,
    maximumFractionDigits: fraction,
    useGrouping: true
  }).format(minorToMajor(minor, currency))
}

/** The currency's symbol and on which side of the number the locale writes it. */
export function currencyAffix(
  currency: string,
  locale = DEFAULT_LOCALE
): { symbol: string; before: boolean } {
  const parts = numberFormat(safeLocale(locale), {
    style: 'currency',
    currency
  }).formatToParts(1)
  const at = parts.findIndex((p) => p.type === 'currency')
  const number = parts.findIndex((p) => p.type === 'integer')
  return { symbol: parts[at]?.value ?? currency, before: at < number }
}

/** The decimal separator a locale writes: '.' in en-US, ',' in de-DE and fr-FR. */
export function decimalSeparator(locale = DEFAULT_LOCALE): '.' | ',' {
  const part = numberFormat(safeLocale(locale))
    .formatToParts(1.5)
    .find((p) => p.type === 'decimal')
  return part?.value === ',' ? ',' : '.'
}

export type MoneyInputResult =
  { ok: true; minor: number } | { ok: true; minor: undefined } | { ok: false; message: string }

export interface MoneyInputOptions {
  currency: string
  locale?: string
  allowNegative?: boolean
}

/**
 * What a person typed in a money field, in the workspace currency: "300,000", "300000.50",
 * "$300,000", "€1.234,50" (de-DE). A blank field is no amount. Anything else gets a message
 * that says what to type.
 */
export function parseMoneyInput(text: string, options: MoneyInputOptions): MoneyInputResult {
  const raw = text.trim()
  if (raw === '') return { ok: true, minor: undefined }
  const locale = safeLocale(options.locale)
  const example = moneyInputText(30_000_050, options.currency, locale)
  const parsed = parseMoney(raw, {
    defaultCurrency: options.currency,
    decimal: decimalSeparator(locale)
  })
  if (!parsed.ok)
    return {
      ok: false,
      message: `“${raw}” is not an amount of money. Type the amount in ${options.currency}, e.g. ${example}.`
    }
  if (parsed.currency !== options.currency)
    return {
      ok: false,
      message: `Enter the amount in the workspace currency (${options.currency}), not ${parsed.currency}.`
    }
  if (parsed.minor < 0 && !options.allowNegative)
    return { ok: false, message: 'The amount cannot be negative.' }
  return { ok: true, minor: parsed.minor }
}

/** The workspace's currency and locale from its settings (USD and en-US when absent). */
export function workspaceMoney(settings?: { currency?: string; locale?: string | undefined }): {
  currency: string
  locale: string
} {
  return { currency: settings?.currency ?? 'USD', locale: safeLocale(settings?.locale) }
}
