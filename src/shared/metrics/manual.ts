import type { ManualMeasure, ManualMetric } from '../domain'
import type { DateRange } from './dates'
import { overlap, rangeDays } from './periods'
import { count, money, percent } from './text'
import type { MetricValue } from './types'
import { countOf, WORDS } from '../words/plural'

/** Expenses add up; CSAT, margin and teamwork are averages over the period. */
const SUMMED: ReadonlySet<ManualMetric> = new Set<ManualMetric>(['expenses'])

const LABEL: Record<ManualMetric, string> = {
  expenses: 'Expenses',
  csat: 'Customer satisfaction (1-5)',
  margin: 'Margin',
  teamwork: 'Teamwork (1-5)'
}

/**
 * A manual measure over a range. A measure whose own period sticks out of the range counts for
 * the share of its days inside it: expenses are summed by that share, the other measures
 * averaged weighted by it.
 */
export function manualMetric(
  metric: ManualMetric,
  measures: readonly ManualMeasure[],
  r: DateRange | undefined,
  currency: string
): MetricValue {
  let weighted = 0
  let weight = 0
  let entries = 0
  if (r) {
    for (const m of measures) {
      if (m.metric !== metric) continue
      const inside = overlap({ start: m.periodStart, end: m.periodEnd }, r)
      if (!inside) continue
      const part = rangeDays(inside) / rangeDays({ start: m.periodStart, end: m.periodEnd })
      entries += 1
      if (SUMMED.has(metric)) weighted += m.value * part
      else {
        weighted += m.value * rangeDays(inside)
        weight += rangeDays(inside)
      }
    }
  }
  const unit = metric === 'expenses' ? 'money' : metric === 'margin' ? 'percent' : 'score'
  const show = (v: number): string =>
    unit === 'money' ? money(v, currency) : unit === 'percent' ? percent(v) : count(v)
  if (SUMMED.has(metric)) {
    const value = entries > 0 ? Math.round(weighted) : undefined
    return {
      metric,
      value,
      unit,
      currency,
      inputs: [{ label: 'Entries in the period', value: entries, unit: 'count' }],
      formula:
        value === undefined
          ? `${LABEL[metric]}: nothing entered for this period`
          : `${LABEL[metric]}: sum of ${countOf(entries, WORDS.entry)} (by their days in the period) = ${show(value)}`
    }
  }
  const value = weight > 0 ? weighted / weight : undefined
  return {
    metric,
    value,
    unit,
    numerator: weight > 0 ? weighted : undefined,
    denominator: weight > 0 ? weight : undefined,
    inputs: [{ label: 'Entries in the period', value: entries, unit: 'count' }],
    formula:
      value === undefined
        ? `${LABEL[metric]}: nothing entered for this period`
        : `${LABEL[metric]}: average of ${countOf(entries, WORDS.entry)} weighted by their days in the period = ${show(Math.round(value * 10) / 10)}`
  }
}
