import type {
  CalendarDate,
  ExpectationDimension,
  ExpectationOverride,
  ExpectationSet,
  MetricKey,
  Rep
} from '../domain'
import { addDaysTo, daysBetween, type DateRange } from './dates'
import { rampFactor } from './ramp'
import { periodsIn, rangeDays } from './periods'
import { count, money, periodShare } from './text'
import { targetInForce } from '../team/targets'
import { formatMetricValue } from '../expectations/format'
import { METRICS } from '../expectations/metricCatalog'

/**
 * Metrics whose target is a volume per period (so a month is worth a third of a quarter's
 * target). Shares and averages keep their target whatever the range.
 */
export const SUMMED_METRICS: ReadonlySet<MetricKey> = new Set<MetricKey>([
  'closedWonRevenue',
  'pipelineCreated',
  'activities',
  'meetings',
  'meetingsWithNextStep',
  'expenses'
])

/**
 * Results a new rep cannot have yet: their targets are prorated during the ramp. Activity,
 * meeting quality and CRM hygiene are expected in full from the first day.
 */
export const RAMPED_METRICS: ReadonlySet<MetricKey> = new Set<MetricKey>([
  'closedWonRevenue',
  'pipelineCreated'
])

/**
 * The part of a range a rep can be measured on: from their start date, up to today (a period
 * still running is measured to date).
 */
export function activeRange(
  rep: Pick<Rep, 'startDate'>,
  r: DateRange,
  today: CalendarDate
): DateRange | undefined {
  const start = r.start > rep.startDate ? r.start : rep.startDate
  const end = r.end < today ? r.end : today
  return start <= end ? { start, end } : undefined
}

/**
 * The ramp factor over a range: the mean of the daily factor (headline.ts rampFactor) over the
 * days of the range. 1 when the ramp is over for the whole range.
 */
export function rampFactorOver(rep: Pick<Rep, 'startDate' | 'rampMonths'>, r: DateRange): number {
  if (rep.rampMonths <= 0 || rampFactor(rep, r.start) === 1) return 1
  const days = rangeDays(r)
  let sum = 0
  for (let i = 0; i < days; i++) sum += rampFactor(rep, addDaysTo(r.start, i))
  return sum / days
}

/** What a rep is held to on one dimension over one range, and how it was worked out. */
export interface DimensionTarget {
  dimensionKey: string
  metric: MetricKey
  /** The role's target per dimension period. */
  roleTarget: number
  /** The rep's written override, when there is one. */
  override?: ExpectationOverride
  /** How many dimension periods the measured range is worth (1 for shares and averages). */
  periods: number
  rampFactor: number
  ramped: boolean
  /** (override ?? role target) × periods × ramp factor when ramped. */
  target: number
  formula: string
  currency?: string
}

export function findOverride(
  set: Pick<ExpectationSet, 'overrides'> | undefined,
  repId: string,
  dimensionKey: string
): ExpectationOverride | undefined {
  return set?.overrides.find((o) => o.repId === repId && o.dimensionKey === dimensionKey)
}

/** A target as written: money in whole units, a share with its %, a count as a number. */
function show(value: number, dim: Pick<ExpectationDimension, 'metric' | 'currency'>): string {
  const unit = METRICS[dim.metric].unit
  if (unit === 'money' || unit === 'count')
    return dim.currency ? money(value, dim.currency) : count(value)
  return formatMetricValue(value, unit, dim.currency ?? 'USD')
}

/**
 * The target for a dimension over a range. `toDate` (default) measures a running period up to
 * today; without it the whole range counts (pipeline coverage compares against the whole
 * period's target).
 */
export function dimensionTarget(
  dim: ExpectationDimension,
  set: Pick<ExpectationSet, 'overrides'> | undefined,
  rep: Pick<Rep, 'id' | 'startDate' | 'rampMonths'>,
  r: DateRange,
  today: CalendarDate,
  options: { toDate?: boolean } = {}
): DimensionTarget {
  const override = findOverride(set, rep.id, dim.key)
  // A past period is held to the target in force on its last day (issue 14).
  const roleTarget = targetInForce(dim, r.end)
  const base = override?.target ?? roleTarget
  const measured = activeRange(rep, r, options.toDate === false ? r.end : today)
  const summed = SUMMED_METRICS.has(dim.metric)
  const periods = summed ? (measured ? periodsIn(dim.period, measured) : 0) : 1
  const factor = measured ? rampFactorOver(rep, measured) : 1
  const ramped = RAMPED_METRICS.has(dim.metric) && factor < 1
  const target = base * periods * (ramped ? factor : 1)
  // A sum has a target per period ("$300,000 per quarter"); a share or an average has one
  // value whatever the period ("90%", not "90 per week").
  const per = summed ? ` per ${dim.period}` : ''
  const parts = [`${show(base, dim)}${per}${override ? ' (override)' : ''}`]
  if (summed && periods !== 1) {
    parts.push(`× ${periodShare(periods)} ${dim.period}s measured`)
  }
  if (ramped) parts.push(`× ramp ${Math.round(factor * 100)}%`)
  return {
    dimensionKey: dim.key,
    metric: dim.metric,
    roleTarget,
    override,
    periods,
    rampFactor: factor,
    ramped,
    target,
    currency: dim.currency,
    formula: parts.length > 1 ? `${parts.join(' ')} = ${show(target, dim)}` : (parts[0] ?? '')
  }
}

/** The closed-won revenue dimension of a set (a quarterly one first). */
export function revenueDimension(
  set: Pick<ExpectationSet, 'dimensions'> | undefined
): ExpectationDimension | undefined {
  const dims = set?.dimensions.filter((d) => d.metric === 'closedWonRevenue') ?? []
  return dims.find((d) => d.period === 'quarter') ?? dims[0]
}

/** Whole days from the start of `r` to `day` (for "days into the period" notes). */
export const daysInto = (r: DateRange, day: CalendarDate): number => daysBetween(r.start, day) + 1
