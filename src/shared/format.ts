/** Display helpers shared by screens and documents (locale passed in, never read from globals). */
export function formatMoney(minor: number, currency: string, locale = 'en-US'): string {
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    maximumFractionDigits: 0
  }).format(minor / 100)
}

export function formatPercent(ratio: number | undefined, locale = 'en-US'): string {
  if (ratio === undefined || !Number.isFinite(ratio)) return '—'
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(ratio)
}
