import type { ExpectationDimension, ExpectationSet, Rep } from '../domain'
import type { DateRange } from './dates'
import { dimensionTarget, type DimensionTarget } from './targets'
import { count, money, percent } from './text'
import type { MetricValue, RepMetrics } from './types'

export type StandingStatus = 'met' | 'missed' | 'noData'

/** Where a rep stands on one expectation dimension over one range. */
export interface Standing {
  dimension: ExpectationDimension
  actual: MetricValue
  target: DimensionTarget
  status: StandingStatus
  /**
   * How far ahead (positive) or short (negative) of the target, in the metric's unit:
   * actual − target for "at least", target − actual for "at most".
   */
  gap: number | undefined
  /** gap / target × 100: −20 means 20% short. Undefined for a zero target. */
  gapPercent: number | undefined
  /** One line a manager can check: "12 ≥ 25 target? No: 13 short (52% short)". */
  explanation: string
}

/** A rep's whole scorecard for one range. */
export interface Scorecard {
  repId: string
  range: DateRange
  metrics: RepMetrics
  standings: Standing[]
  /** Σ weight of dimensions met ÷ Σ weight of dimensions with data × 100. */
  weightedMetPercent: number | undefined
  /** Dimensions where this rep's target differs from the role's (with the written reason). */
  overrides: Standing[]
}

function show(value: number | undefined, actual: MetricValue): string {
  if (value === undefined) return '—'
  if (actual.unit === 'money') return money(value, actual.currency ?? 'USD')
  if (actual.unit === 'percent') return percent(value)
  if (actual.unit === 'ratio') return `${count(Math.round(value * 10) / 10)}×`
  return count(Math.round(value * 10) / 10)
}

/** Standing on one dimension, given the rep's metrics for the range. */
export function standingOn(
  dimension: ExpectationDimension,
  set: Pick<ExpectationSet, 'overrides'> | undefined,
  rep: Pick<Rep, 'id' | 'startDate' | 'rampMonths'>,
  metrics: RepMetrics,
  today: string
): Standing {
  const actual = metrics.values[dimension.metric]
  const target = dimensionTarget(dimension, set, rep, metrics.range, today)
  const atLeast = dimension.direction === 'atLeast'
  if (actual.value === undefined) {
    return {
      dimension,
      actual,
      target,
      status: 'noData',
      gap: undefined,
      gapPercent: undefined,
      explanation: actual.noData
        ? `No data: ${actual.noData}`
        : `No data for ${dimension.label.toLowerCase()} in this period`
    }
  }
  const gap = atLeast ? actual.value - target.target : target.target - actual.value
  const met = gap >= 0
  const gapPercent = target.target !== 0 ? (gap / Math.abs(target.target)) * 100 : undefined
  const sign = atLeast ? '≥' : '≤'
  // A gap between two percentages is in percentage points, not percent.
  const distance =
    actual.unit === 'percent'
      ? `${count(Math.round(Math.abs(gap) * 10) / 10)} points`
      : show(Math.abs(gap), actual)
  const verdict = met
    ? `Yes${gap > 0 ? `: ${distance} ${atLeast ? 'ahead' : 'under'}` : ''}`
    : `No: ${distance} ${atLeast ? 'short' : 'over'}${gapPercent !== undefined ? ` (${percent(Math.abs(Math.round(gapPercent)))})` : ''}`
  return {
    dimension,
    actual,
    target,
    status: met ? 'met' : 'missed',
    gap,
    gapPercent,
    explanation: `${show(actual.value, actual)} ${sign} ${show(target.target, actual)} target? ${verdict}`
  }
}

/** Every dimension of the rep's expectation set against their metrics. */
export function scorecard(
  rep: Pick<Rep, 'id' | 'startDate' | 'rampMonths'>,
  set: ExpectationSet | undefined,
  metrics: RepMetrics,
  today: string
): Scorecard {
  const standings = (set?.dimensions ?? []).map((d) => standingOn(d, set, rep, metrics, today))
  let metWeight = 0
  let weight = 0
  for (const s of standings) {
    if (s.status === 'noData') continue
    weight += s.dimension.weight
    if (s.status === 'met') metWeight += s.dimension.weight
  }
  return {
    repId: rep.id,
    range: metrics.range,
    metrics,
    standings,
    weightedMetPercent: weight > 0 ? (metWeight / weight) * 100 : undefined,
    overrides: standings.filter((s) => s.target.override !== undefined)
  }
}

/** A rep's scorecard over several periods, oldest first: the trend on the rep page. */
export function scorecardTrend(
  rep: Pick<Rep, 'id' | 'startDate' | 'rampMonths'>,
  set: ExpectationSet | undefined,
  periods: readonly DateRange[],
  metricsFor: (range: DateRange) => RepMetrics,
  today: string
): Scorecard[] {
  return periods.map((range) => scorecard(rep, set, metricsFor(range), today))
}
