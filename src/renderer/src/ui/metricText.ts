import type { Standing } from '@shared/metrics'
import { formatMetricValue } from '@shared/expectations'
import type { MetricValue } from '@shared/metrics'

/** A computed value for reading: money whole, other numbers to one decimal. */
export function formatActual(
  v: Pick<MetricValue, 'value' | 'unit' | 'currency'>,
  currency: string
): string {
  if (v.value === undefined) return '—'
  const value = v.unit === 'money' ? Math.round(v.value) : Math.round(v.value * 10) / 10
  return formatMetricValue(value, v.unit, v.currency ?? currency)
}

/** The target a rep is held to for the period, formatted like the actual. */
export function formatTarget(s: Standing, currency: string): string {
  const unit = s.actual.unit
  const value =
    unit === 'money' ? Math.round(s.target.target) : Math.round(s.target.target * 10) / 10
  return formatMetricValue(value, unit, s.dimension.currency ?? s.actual.currency ?? currency)
}

/** "Met", "Missed", "No data" with a symbol, so the status reads without colour. */
export const STATUS_WORDS: Record<Standing['status'], { symbol: string; word: string }> = {
  met: { symbol: '✓', word: 'Met' },
  missed: { symbol: '✗', word: 'Missed' },
  noData: { symbol: '–', word: 'No data' }
}

/** A dimension's label without its parenthesised detail, for column headings. */
export const shortLabel = (label: string): string => label.replace(/\s*\([^)]*\)\s*$/, '')
