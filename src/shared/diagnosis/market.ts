import type { Period } from '../domain'
import {
  activitiesIn,
  closedWonIn,
  addDaysTo,
  daysBetween,
  formatCount,
  formatMoneyMinor,
  formatPercentValue,
  periodAt,
  rampFactor,
  rangeDays,
  type CalendarOptions,
  type DateRange,
  type MetricsIndex
} from '../metrics'
import type { DiagnosisThresholds, Finding } from './types'

export { closedWonIn }

/** A rep's "own history" reaches back this many days at most (4 quarters, 12 months, 52 weeks). */
export const HISTORY_DAYS = 366
/** ...and must cover at least this many days (12 weeks): one quarter, three months or twelve weeks. */
export const MIN_HISTORY_DAYS = 84
/** A running period is judged only once this share of it has passed. */
export const MIN_ELAPSED_SHARE = 0.5

export interface RepShift {
  repId: string
  /** Closed-won revenue in the range, to date. */
  currentMinor: number
  /** Mean closed-won of the earlier periods, × the elapsed share of the range. */
  usualMinor: number
  historyPeriods: number
  down: boolean
}

export interface MarketCheck {
  range: DateRange
  /** Share of the range's days up to today (1 for a finished period). */
  elapsedShare: number
  /** Reps with an own history to compare against. */
  reps: RepShift[]
  down: number
  /** The team's activities in the range against their usual (same scaling), percent. */
  activityVsUsualPercent: number | undefined
  shift: boolean
  /** Why the check was not made, when it was not. */
  skipped?: string
  finding?: Finding
}

/** The period `k` steps before `range`: the same calendar period, or the same number of days. */
export function earlierRange(
  range: DateRange & { period?: Period; custom?: boolean; calendar?: CalendarOptions },
  k: number
): DateRange {
  if (range.period && !range.custom) return periodAt(range.period, range.start, -k, range.calendar)
  const days = rangeDays(range)
  return { start: addDaysTo(range.start, -days * k), end: addDaysTo(range.end, -days * k) }
}

/** The first day of activity data in the workspace: history before it is not data, it is absence. */
function dataStart(index: MetricsIndex): string | undefined {
  let first: string | undefined
  for (const r of index.byRep.values()) {
    const d = r.activityDates[0]
    if (d !== undefined && (first === undefined || d < first)) first = d
  }
  return first
}

/**
 * Market shift: most of the team (`marketShiftShare` of the reps with a history) has
 * closed-won revenue `marketShiftDropPercent`% or more below their own usual, and so has the
 * team as a whole. A rep's usual is the mean of the earlier periods of the same length in the
 * year before that lie inside the data and after their ramp, when those cover at least a
 * quarter (84 days: one quarter, three months or twelve weeks; shorter histories are noise). A
 * running period is compared pro rata once half of it has passed.
 */
export function marketCheck(
  index: MetricsIndex,
  range: DateRange & { period?: Period; custom?: boolean; calendar?: CalendarOptions },
  thresholds: DiagnosisThresholds
): MarketCheck {
  const today = index.today
  const upTo: DateRange = { start: range.start, end: range.end < today ? range.end : today }
  const elapsedShare =
    upTo.end < upTo.start ? 0 : (daysBetween(upTo.start, upTo.end) + 1) / rangeDays(range)
  const base = {
    range,
    elapsedShare,
    reps: [],
    down: 0,
    activityVsUsualPercent: undefined,
    shift: false
  }
  if (elapsedShare < MIN_ELAPSED_SHARE) {
    return { ...base, skipped: 'Less than half of the period has passed.' }
  }
  const start = dataStart(index)
  const earlier: DateRange[] = []
  for (let k = 1; ; k++) {
    const r = earlierRange(range, k)
    if (daysBetween(r.start, range.start) > HISTORY_DAYS) break
    if (start === undefined || r.start < start) break
    earlier.push(r)
  }
  const reps: RepShift[] = []
  let activityNow = 0
  let activityUsual = 0
  const drop = 1 - thresholds.marketShiftDropPercent / 100
  for (const records of index.byRep.values()) {
    const history = earlier.filter(
      (r) => r.start >= records.rep.startDate && rampFactor(records.rep, r.start) === 1
    )
    const covered = history.reduce((a, r) => a + rangeDays(r), 0)
    if (covered < MIN_HISTORY_DAYS) continue
    const usual =
      (history.reduce((a, r) => a + closedWonIn(records, r), 0) / history.length) * elapsedShare
    activityNow += activitiesIn(records, upTo).length
    activityUsual +=
      (history.reduce((a, r) => a + activitiesIn(records, r).length, 0) / history.length) *
      elapsedShare
    if (usual <= 0) continue
    const current = closedWonIn(records, upTo)
    reps.push({
      repId: records.rep.id,
      currentMinor: current,
      usualMinor: Math.round(usual),
      historyPeriods: history.length,
      down: current < usual * drop
    })
  }
  const down = reps.filter((r) => r.down).length
  const activityVsUsualPercent = activityUsual > 0 ? (activityNow / activityUsual) * 100 : undefined
  if (reps.length < 3) {
    return {
      ...base,
      reps,
      down,
      activityVsUsualPercent,
      skipped: 'Fewer than three reps have an earlier period to compare with.'
    }
  }
  const currency = index.input.currency
  const teamNow = reps.reduce((a, r) => a + r.currentMinor, 0)
  const teamUsual = reps.reduce((a, r) => a + r.usualMinor, 0)
  const shift = down / reps.length >= thresholds.marketShiftShare && teamNow < teamUsual * drop
  const finding: Finding | undefined = shift
    ? {
        id: 'marketShift:team',
        kind: 'marketShift',
        repId: 'team',
        severity: 'act',
        title: `${down} of ${reps.length} reps down together`,
        rule: `${Math.round(thresholds.marketShiftShare * 100)}% or more of the reps with closed-won revenue ${thresholds.marketShiftDropPercent}% or more below their own usual (mean of the earlier periods of the same length in the year before, at least a quarter of them), with the team's total down as much, is a market shift: a team plan, not individual corrections.`,
        metric: 'closedWonRevenue',
        numbers: [
          { label: 'Reps down against their own usual', value: `${down} of ${reps.length}` },
          {
            label: 'Team closed-won revenue',
            value: `${formatMoneyMinor(teamNow, currency)} against a usual ${formatMoneyMinor(teamUsual, currency)}`
          },
          { label: 'Earlier periods compared', value: formatCount(earlier.length) },
          {
            label: 'Team activity against its usual',
            value: formatPercentValue(
              activityVsUsualPercent === undefined ? undefined : Math.round(activityVsUsualPercent)
            )
          }
        ],
        actions: [
          {
            kind: 'teamPlan',
            text: 'Re-plan with the team: what changed for customers (budgets, a competitor, timing), which segments still buy, and what the team does differently this period. Hold individual corrections on results until the picture is clear.'
          }
        ]
      }
    : undefined
  return { ...base, reps, down, activityVsUsualPercent, shift, finding }
}
