import type {
  CalendarDate,
  ExpectationDimension,
  ExpectationOverride,
  ExpectationSet,
  Rep,
  Role
} from '../domain'
import { addDays, format, parseISO } from 'date-fns'
import { rampFactor } from '../metrics/ramp'
// The engine's list, so the sheet and the scorecard prorate the same targets.
import { RAMPED_METRICS } from '../metrics/targets'
import { daysBetween } from '../metrics/dates'
import { formatPercent } from '../format'
import { describeTarget } from './format'
import { METRICS } from './metricCatalog'

/** Where a rep is in their ramp: month m (1-based, 30-day months) of an r-month ramp. */
export interface RampPosition {
  month: number
  months: number
  /** Share of the ramped targets the rep is held to today (the Team screen's factor). */
  factor: number
  /** The first day the full target applies. */
  fullTargetFrom: CalendarDate
}

/** The rep's ramp position today, or undefined once the ramp is over (or there is none). */
export function rampPosition(
  rep: Pick<Rep, 'startDate' | 'rampMonths'>,
  today: CalendarDate
): RampPosition | undefined {
  const factor = rampFactor(rep, today)
  if (factor >= 1) return undefined
  const days = Math.max(0, daysBetween(rep.startDate, today))
  return {
    month: Math.floor(days / 30) + 1,
    months: rep.rampMonths,
    factor,
    fullTargetFrom: format(addDays(parseISO(rep.startDate), rep.rampMonths * 30), 'yyyy-MM-dd')
  }
}

/** "75% of target, month 3 of a 3-month ramp" */
export function describeRamp(ramp: RampPosition): string {
  return `${formatPercent(ramp.factor)} of target, month ${ramp.month} of a ${ramp.months}-month ramp`
}

/** One dimension as it applies to one rep: the role's target, then override, then ramp. */
export interface HeldStandard {
  dimension: ExpectationDimension
  roleTarget: number
  /** The override's target (or the role's), before any ramp proration. */
  fullTarget: number
  /** What the rep is held to today. */
  target: number
  override?: ExpectationOverride
  /** Applied to this dimension's target (1 when not prorated). */
  rampFactor: number
  /** True when the rep is held to something other than the role's target. */
  differs: boolean
}

/**
 * The standard a rep is held to on every dimension of their role's set. An override replaces
 * the role's target (it is the rep's full target); the ramp then prorates results targets
 * (RAMPED_METRICS) while the rep is inside the ramp window. Money stays in whole minor units.
 */
export function standardsFor(
  set: ExpectationSet,
  rep: Pick<Rep, 'id' | 'startDate' | 'rampMonths'>,
  today: CalendarDate
): HeldStandard[] {
  const ramp = rampPosition(rep, today)
  return set.dimensions.map((dimension) => {
    const override = set.overrides.find(
      (o) => o.repId === rep.id && o.dimensionKey === dimension.key
    )
    const fullTarget = override?.target ?? dimension.target
    const factor = ramp && RAMPED_METRICS.has(dimension.metric) ? ramp.factor : 1
    const prorated = fullTarget * factor
    const target =
      METRICS[dimension.metric].unit === 'money' ? Math.round(prorated) : round2(prorated)
    return {
      dimension,
      roleTarget: dimension.target,
      fullTarget,
      target,
      override,
      rampFactor: factor,
      differs: target !== dimension.target
    }
  })
}

const longDate = (d: CalendarDate): string => format(parseISO(d), 'MMM d, yyyy')

const round2 = (n: number): number => Math.round(n * 100) / 100

/** Why a standard differs from the role's, in one line ("" when it does not). */
export function standardNote(
  standard: HeldStandard,
  ramp: RampPosition | undefined,
  currency: string
): string {
  const parts: string[] = []
  if (standard.override) {
    parts.push(
      `Override: ${describeTarget(standard.dimension, standard.override.target, currency)} instead of ${describeTarget(standard.dimension, standard.roleTarget, currency)}. Reason: ${standard.override.reason}`
    )
  }
  if (ramp && standard.rampFactor < 1) parts.push(`Ramp: ${describeRamp(ramp)}.`)
  return parts.join(' ')
}

export type FairnessKind = 'override' | 'ramp' | 'rampLength' | 'staleOverride'

/** One line of the fairness check: a rep held to a different standard than the role, and why. */
export interface FairnessEntry {
  kind: FairnessKind
  repId: string
  repName: string
  dimensionKey?: string
  dimensionLabel?: string
  /** The whole difference in one sentence, with the numbers. */
  summary: string
  /** The written reason (overrides) or the rule (ramp). */
  reason: string
  since?: string
}

/**
 * Every rep held to a different standard than their role: each override with its reason, each
 * rep inside a ramp (with the prorated dimensions), ramps longer or shorter than the role's
 * default while they matter, and overrides left behind by a removed dimension or rep.
 */
export function fairnessReview(
  set: ExpectationSet,
  role: Pick<Role, 'id' | 'defaultRampMonths'>,
  reps: readonly Pick<Rep, 'id' | 'name' | 'roleId' | 'startDate' | 'rampMonths' | 'active'>[],
  today: CalendarDate,
  currency: string
): FairnessEntry[] {
  const entries: FairnessEntry[] = []
  const inRole = reps.filter((r) => r.roleId === role.id)
  const byId = new Map(reps.map((r) => [r.id, r]))
  for (const o of set.overrides) {
    const rep = byId.get(o.repId)
    const dimension = set.dimensions.find((d) => d.key === o.dimensionKey)
    if (!rep || !dimension || rep.roleId !== role.id || !rep.active) {
      entries.push({
        kind: 'staleOverride',
        repId: o.repId,
        repName: rep?.name ?? 'A rep no longer in the workspace',
        dimensionKey: o.dimensionKey,
        dimensionLabel: dimension?.label ?? o.dimensionKey,
        summary: `${rep?.name ?? 'Unknown rep'}: an override of “${dimension?.label ?? o.dimensionKey}” no longer applies (${!dimension ? 'the dimension was removed' : !rep ? 'the rep was removed' : rep.roleId !== role.id ? 'the rep is in another role' : 'the rep is inactive'}).`,
        reason: o.reason,
        since: o.setAt
      })
      continue
    }
    const diff = o.target - dimension.target
    const share =
      dimension.target !== 0 ? ` (${formatPercent(o.target / dimension.target)} of the role’s)` : ''
    entries.push({
      kind: 'override',
      repId: rep.id,
      repName: rep.name,
      dimensionKey: dimension.key,
      dimensionLabel: dimension.label,
      summary: `${rep.name}: ${dimension.label} ${describeTarget(dimension, o.target, currency)} instead of ${describeTarget(dimension, dimension.target, currency)}${diff === 0 ? ' (same number, recorded as an override)' : share}.`,
      reason: o.reason,
      since: o.setAt
    })
  }
  for (const rep of inRole.filter((r) => r.active)) {
    const ramp = rampPosition(rep, today)
    if (ramp) {
      const prorated = set.dimensions.filter((d) => RAMPED_METRICS.has(d.metric))
      entries.push({
        kind: 'ramp',
        repId: rep.id,
        repName: rep.name,
        summary: `${rep.name}: ${describeRamp(ramp)}${prorated.length ? ` (${prorated.map((d) => d.label).join(', ')})` : ''}; full target from ${longDate(ramp.fullTargetFrom)}.`,
        reason: `New reps are held to month ÷ (ramp months + 1) of the results targets during their ramp; activity, quality and hygiene standards apply in full.`,
        since: rep.startDate
      })
    }
    const longest = Math.max(rep.rampMonths, role.defaultRampMonths)
    const stillMatters = daysBetween(rep.startDate, today) < longest * 30
    if (rep.rampMonths !== role.defaultRampMonths && stillMatters) {
      entries.push({
        kind: 'rampLength',
        repId: rep.id,
        repName: rep.name,
        summary: `${rep.name}: a ${rep.rampMonths}-month ramp where the role’s is ${role.defaultRampMonths} months.`,
        reason: 'Set on the rep’s record.',
        since: rep.startDate
      })
    }
  }
  return entries
}
