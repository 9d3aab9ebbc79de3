import type { Activity, CalendarDate, GoalStatus, Opportunity, PlanGoal } from '../domain'
import { formatMoney } from '../format'
import { lastNDays } from '../metrics/dates'
import { formatDayRange } from '../words/dates'
import { countOf, WORDS } from '../words/plural'

export interface MeasureInput {
  /** The rep's activities and opportunities (already filtered to the rep). */
  activities: readonly Pick<Activity, 'date' | 'type' | 'nextStepAgreed'>[]
  opportunities: readonly Pick<Opportunity, 'createdDate' | 'amount'>[]
  planStart: CalendarDate
  /** The check-in's day: the measured period ends here (inclusive). */
  on: CalendarDate
  currency: string
  /** The workspace's locale: how the note writes days (en-US when absent). */
  locale?: string
}

export interface Measurement {
  value: number
  /** The numbers and the period behind the value, shown next to it and printed in the log. */
  note: string
  suggested?: { status: GoalStatus; rule: string }
}

/**
 * The value of a goal at a check-in, where the app can compute it from its own records:
 * weekly activity counts over the seven days ending on the check-in (so a daily check-in is
 * compared with the weekly standard fairly), and pipeline created since the plan started.
 * Anything else (CRM hygiene, CSAT…) is entered by the manager.
 */
export function measureGoal(goal: PlanGoal, input: MeasureInput): Measurement | undefined {
  const week = lastNDays(input.on, 7)
  const inWeek = input.activities.filter((a) => a.date >= week.start && a.date <= week.end)
  let value: number
  let note: string
  const days = formatDayRange(week.start, week.end, input.locale)
  switch (goal.metric) {
    case 'activities':
      value = inWeek.length
      note = `${value} activities logged ${days} (7 days)`
      break
    case 'meetings':
      value = inWeek.filter((a) => a.type === 'meeting').length
      note = `${value} meetings logged ${days} (7 days)`
      break
    case 'meetingsWithNextStep':
      value = inWeek.filter((a) => a.type === 'meeting' && a.nextStepAgreed === true).length
      note = `${value} meetings with an agreed next step ${days} (7 days)`
      break
    case 'pipelineCreated': {
      const created = input.opportunities.filter(
        (o) => o.createdDate && o.createdDate >= input.planStart && o.createdDate <= input.on
      )
      value = created.reduce((sum, o) => sum + (o.amount?.minor ?? 0), 0)
      note = `${formatMoney(value, input.currency)} in ${countOf(created.length, WORDS.opportunity, input.locale)} created ${formatDayRange(input.planStart, input.on, input.locale)}`
      break
    }
    default:
      return undefined
  }
  return { value, note, suggested: suggestStatus(goal, value) }
}

/**
 * A suggestion only (the manager decides): at or above target → on track, within 80% of it →
 * at risk, below → off track. Pipeline is cumulative, so it is "met" once it reaches target.
 */
export function suggestStatus(
  goal: PlanGoal,
  value: number
): { status: GoalStatus; rule: string } | undefined {
  if (goal.target === undefined || goal.target <= 0) return undefined
  const ratio = value / goal.target
  const pct = Math.round(ratio * 100)
  if (ratio >= 1)
    return {
      status: goal.metric === 'pipelineCreated' ? 'met' : 'onTrack',
      rule: `${pct}% of the target (at or above 100%)`
    }
  if (ratio >= 0.8) return { status: 'atRisk', rule: `${pct}% of the target (80–99% is at risk)` }
  return { status: 'offTrack', rule: `${pct}% of the target (below 80% is off track)` }
}

export const GOAL_STATUS_LABELS: Record<GoalStatus, string> = {
  onTrack: 'On track',
  atRisk: 'At risk',
  offTrack: 'Off track',
  met: 'Met'
}

/**
 * Where the rep stood before the plan: the weekly average over the four weeks before the
 * start date, for the activity metrics the app counts itself.
 */
export function baselineBefore(
  goal: Pick<PlanGoal, 'metric'>,
  activities: MeasureInput['activities'],
  startDate: CalendarDate
): Measurement | undefined {
  const end = lastNDays(startDate, 2).start
  const window = lastNDays(end, 28)
  const inWindow = activities.filter((a) => a.date >= window.start && a.date <= window.end)
  const count = (pick: (a: MeasureInput['activities'][number]) => boolean) =>
    inWindow.filter(pick).length
  let total: number
  if (goal.metric === 'activities') total = count(() => true)
  else if (goal.metric === 'meetings') total = count((a) => a.type === 'meeting')
  else if (goal.metric === 'meetingsWithNextStep')
    total = count((a) => a.type === 'meeting' && a.nextStepAgreed === true)
  else return undefined
  const value = Math.round((total / 4) * 10) / 10
  return {
    value,
    note: `${total} in the 4 weeks ${window.start} to ${window.end}: ${value} a week`
  }
}
