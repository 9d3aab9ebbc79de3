import type { ExpectationDimension } from '../domain'
import { formatMoney } from '../format'
import { DIRECTION_WORDS, METRICS, PERIOD_WORDS, type MetricUnit } from './metricCatalog'
import { numberFormat } from '../numberFormat'

const number = (value: number, locale: string): string =>
  numberFormat(locale, { maximumFractionDigits: 2 }).format(value)

/** A metric value as a person writes it: $300,000 · 90% · 25 · 45 days · 4.5 / 5 · 3×. */
export function formatMetricValue(
  value: number,
  unit: MetricUnit,
  currency: string,
  locale = 'en-US',
  precision: 'whole' | 'exact' = 'whole'
): string {
  switch (unit) {
    case 'money':
      return formatMoney(value, currency, locale, { precision })
    case 'percent':
      return `${number(value, locale)}%`
    case 'days':
      return `${number(value, locale)} ${value === 1 ? 'day' : 'days'}`
    case 'score':
      return `${number(value, locale)} / 5`
    case 'ratio':
      return `${number(value, locale)}×`
    case 'count':
      return number(value, locale)
  }
}

/** The target of a dimension in words: "at least $300,000 per quarter". */
export function describeTarget(
  dimension: Pick<ExpectationDimension, 'metric' | 'direction' | 'period' | 'currency'>,
  target: number,
  workspaceCurrency: string,
  locale = 'en-US'
): string {
  const unit = METRICS[dimension.metric].unit
  // A target is exact: "$300,000.50" as typed, not rounded to "$300,001".
  const value = formatMetricValue(
    target,
    unit,
    dimension.currency ?? workspaceCurrency,
    locale,
    'exact'
  )
  return `${DIRECTION_WORDS[dimension.direction]} ${value} ${PERIOD_WORDS[dimension.period]}`
}

/** Minor units → the amount a person types in a form (30000000 → "300000"). */
export function minorToInput(minor: number, digits = 2): string {
  const sign = minor < 0 ? '-' : ''
  const abs = Math.abs(minor)
  if (digits === 0) return `${sign}${abs}`
  const scale = 10 ** digits
  const whole = Math.floor(abs / scale)
  const frac = abs % scale
  return frac === 0
    ? `${sign}${whole}`
    : `${sign}${whole}.${String(frac).padStart(digits, '0').replace(/0+$/, '')}`
}
