import { numberFormat } from './numberFormat'

/** Display helpers shared by screens and documents (locale passed in, never read from globals). */
export { formatMoney } from './money'

export function formatPercent(ratio: number | undefined, locale = 'en-US'): string {
  if (ratio === undefined || !Number.isFinite(ratio)) return '—'
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(ratio)
}
