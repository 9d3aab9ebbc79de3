/**
 * Money parsing for CRM exports. Amounts become integer minor units computed from the digits
 * as written (string arithmetic), never via float multiplication, so `19.99` is 1999 exactly.
 */

export type DecimalSeparator = '.' | ','

export interface MoneyOptions {
  /** ISO code used when the cell carries no currency (or only `$`/`¥` that fits it). */
  defaultCurrency: string
  /** Settles `12.345` / `12,345`: a single separator followed by exactly 3 digits. Default '.'. */
  decimal?: DecimalSeparator
}

export type MoneyResult =
  { ok: true; minor: number; currency: string } | { ok: false; reason: string }

const DOLLAR_CURRENCIES = ['USD', 'CAD', 'AUD', 'NZD', 'SGD', 'HKD', 'MXN']
const YEN_CURRENCIES = ['JPY', 'CNY']
// ISO 4217 exponents that are not 2; everything else has cents.
const ZERO_DECIMALS = ['JPY', 'KRW', 'VND', 'CLP', 'ISK', 'UGX', 'XAF', 'XOF', 'PYG']
const THREE_DECIMALS = ['BHD', 'KWD', 'OMR', 'JOD', 'TND', 'IQD', 'LYD']

export function minorDigits(currency: string): number {
  if (ZERO_DECIMALS.includes(currency)) return 0
  return THREE_DECIMALS.includes(currency) ? 3 : 2
}

function symbolCurrency(symbol: string, fallback: string): string {
  if (symbol === '€') return 'EUR'
  if (symbol === '£') return 'GBP'
  // `$` and `¥` are shared by several currencies: trust the default when it is one of them.
  if (symbol === '$') return DOLLAR_CURRENCIES.includes(fallback) ? fallback : 'USD'
  return YEN_CURRENCIES.includes(fallback) ? fallback : 'JPY'
}

// Spaces used as thousands separators: plain, no-break, narrow no-break, thin; and Swiss '.
const GROUP_SPACES = /[\s\u00a0\u202f\u2009']/g
const SPACE_GROUPED = /^\d{1,3}(?:[\s\u00a0\u202f\u2009']\d{3})+(?:[.,]\d*)?$/

/** Which separator is the decimal one in a bare number, or undefined if it cannot tell. */
function decimalOf(num: string): DecimalSeparator | 'none' | undefined {
  const lastDot = num.lastIndexOf('.')
  const lastComma = num.lastIndexOf(',')
  if (lastDot < 0 && lastComma < 0) return 'none'
  // Both present: the later one is the decimal separator (1,234.50 / 1.234,50).
  if (lastDot >= 0 && lastComma >= 0) return lastDot > lastComma ? '.' : ','
  const sep = lastDot >= 0 ? '.' : ','
  const parts = num.split(sep)
  // Repeated: only thousands separators repeat (1,234,567).
  if (parts.length > 2) return sep === '.' ? ',' : '.'
  // Once, not followed by exactly 3 digits: cannot be a thousands separator.
  if ((parts[1] ?? '').length !== 3) return sep
  return undefined
}

/** `1234.5` → { intPart: '1234', frac: '5' } after checking thousands grouping. */
function splitNumber(
  num: string,
  decimal: DecimalSeparator
): { intPart: string; frac: string } | string {
  const thousands = decimal === '.' ? ',' : '.'
  const pieces = num.split(decimal)
  if (pieces.length > 2) return `more than one decimal separator "${decimal}"`
  const [whole = '', frac = ''] = pieces
  const groups = whole.split(thousands)
  if (groups.length > 1) {
    const [first = '', ...rest] = groups
    if (first.length < 1 || first.length > 3 || rest.some((g) => g.length !== 3)) {
      return 'thousands separators not in groups of three'
    }
  }
  const intPart = groups.join('')
  if (!/^\d*$/.test(intPart) || !/^\d*$/.test(frac) || intPart + frac === '') return 'no digits'
  return { intPart, frac }
}

/**
 * Parse a money cell. Accepts a currency symbol ($ € £ ¥) or ISO code before or after the
 * number, a minus sign or accounting parentheses for negatives, and `,`/`.`/space grouping.
 * Extra fraction digits are rounded half away from zero (`12.345` USD → 1235).
 * Blank → `{ ok: false, reason: 'blank' }` so callers can treat it as "no amount".
 */
export function parseMoney(value: string, options: MoneyOptions): MoneyResult {
  let s = value.trim()
  if (s === '') return { ok: false, reason: 'blank' }
  const original = s
  const fail = (why: string): MoneyResult => ({ ok: false, reason: `"${original}": ${why}` })

  let negative = false
  if (/^\(.*\)$/.test(s)) {
    negative = true
    s = s.slice(1, -1).trim()
  }
  let currency: string | undefined
  const take = (re: RegExp): string | undefined => {
    const m = re.exec(s)
    if (!m) return undefined
    s = (s.slice(0, m.index) + s.slice(m.index + m[0].length)).trim()
    return m[1]
  }
  const sign = (): void => {
    const m = /^[-\u2212]\s*|\s*[-\u2212]$/.exec(s)
    if (!m) return
    if (negative) return
    negative = true
    s = (s.slice(0, m.index) + s.slice(m.index + m[0].length)).trim()
  }
  sign()
  const code = take(/^([A-Za-z]{3})(?![A-Za-z])\s*/) ?? take(/\s*(?<![A-Za-z])([A-Za-z]{3})$/)
  if (code !== undefined) currency = code.toUpperCase()
  const symbol = take(/^([$€£¥])\s*/) ?? take(/\s*([$€£¥])$/)
  if (symbol !== undefined) {
    const fromSymbol = symbolCurrency(symbol, options.defaultCurrency)
    // `CAD $12` is fine ($ and ¥ are shared); a code that disagrees with € or £ is an error.
    if (currency !== undefined && symbol !== '$' && symbol !== '¥' && currency !== fromSymbol) {
      return fail(`currency ${currency} contradicts "${symbol}"`)
    }
    currency ??= fromSymbol
  }
  sign()
  currency ??= options.defaultCurrency
  if (!/^[A-Z]{3}$/.test(currency)) return fail(`"${currency}" is not a currency code`)

  // Space-like grouping must still be in threes, so '1 2 3' is not silently 123.
  if (/[\s\u00a0\u202f\u2009']/.test(s) && !SPACE_GROUPED.test(s)) {
    return fail(
      /^[\d\s\u00a0\u202f\u2009'.,]+$/.test(s)
        ? 'thousands separators not in groups of three'
        : 'not an amount'
    )
  }
  const num = s.replace(GROUP_SPACES, '')
  if (!/^[\d.,]+$/.test(num)) return fail('not an amount')
  const decimal = decimalOf(num) ?? options.decimal ?? '.'
  const split = splitNumber(num, decimal === 'none' ? '.' : decimal)
  if (typeof split === 'string') return fail(split)

  const digits = minorDigits(currency)
  const kept = split.frac.slice(0, digits).padEnd(digits, '0')
  const roundUp = (split.frac[digits] ?? '0') >= '5'
  let minor = Number((split.intPart.replace(/^0+(?=\d)/, '') || '0') + kept)
  if (roundUp) minor += 1
  if (!Number.isSafeInteger(minor)) return fail('amount too large')
  return { ok: true, minor: negative && minor !== 0 ? -minor : minor, currency }
}

export interface DecimalDetection {
  decimal: DecimalSeparator
  ambiguous: boolean
  evidence: string
}

/**
 * Vote over a column: values that prove their decimal separator (`1.234,50`, `1234,5`,
 * `1,234,567`) count; `12.345`-style values prove nothing. No proof or a split vote →
 * ambiguous, defaulting to '.' (or the majority).
 */
export function detectDecimalSeparator(values: string[]): DecimalDetection {
  const votes: Record<DecimalSeparator, string[]> = { '.': [], ',': [] }
  for (const v of values) {
    const num = v.replace(/[^\d.,]/g, '')
    const d = decimalOf(num)
    if (d === '.' || d === ',') votes[d].push(v.trim())
  }
  const dot = votes['.'].length
  const comma = votes[','].length
  if (dot === 0 && comma === 0) {
    return { decimal: '.', ambiguous: true, evidence: 'no value shows its decimal separator' }
  }
  const decimal: DecimalSeparator = comma > dot ? ',' : '.'
  if (dot > 0 && comma > 0) {
    return {
      decimal,
      ambiguous: true,
      evidence: `mixed: "${votes['.'][0]}" uses '.', "${votes[','][0]}" uses ','`
    }
  }
  return {
    decimal,
    ambiguous: false,
    evidence: `${Math.max(dot, comma)} value(s) like "${votes[decimal][0]}" use '${decimal}'`
  }
}
