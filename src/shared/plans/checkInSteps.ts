import type { CalendarDate, CheckIn, GoalCheck, Plan, PlanMilestone } from '../domain'
import { audit, refuse, type Decision } from './lifecycle'
import { GOAL_STATUS_LABELS } from './measure'
import { checkInDateProblem } from './rules'

/**
 * The rules of an active plan's check-ins and milestones, pure: each step is refused with the
 * sentence the manager reads, or says what to write and what the audit log records.
 */

export type NewMilestone = Pick<PlanMilestone, 'title' | 'dueDate' | 'goalKey'>

export interface CheckInResult {
  status: 'held' | 'missed'
  heldOn?: string
  /** Required when the check-in was held before its scheduled day. */
  earlyReason?: string
  goalChecks: GoalCheck[]
  notes: string
  nextSteps: string
}

const NOT_ACTIVE = 'Check-ins belong to an active plan.'

/** An extra check-in on an active plan (the generated ones come with activation). */
export function checkInAddition(plan: Pick<Plan, 'status'>, date: CalendarDate): Decision<object> {
  if (plan.status !== 'active') return refuse(NOT_ACTIVE)
  return {
    ok: true,
    audit: [audit('checkInAdded', `Check-in added for ${date}`, 'checkIns', undefined, date)]
  }
}

/**
 * A scheduled check-in is recorded once: held (with per-goal status, on a day that has come,
 * early only with a reason) or missed. Never edited afterwards.
 */
export function checkInRecording(
  plan: Pick<Plan, 'status' | 'goals'>,
  checkIn: Pick<CheckIn, 'status' | 'scheduledFor'>,
  result: CheckInResult,
  today: CalendarDate
): Decision<{
  next: CheckInResult & { heldOn: string | undefined; earlyReason: string | undefined }
}> {
  if (plan.status !== 'active') return refuse(NOT_ACTIVE)
  if (checkIn.status !== 'scheduled')
    return refuse('This check-in is already recorded; add a note to correct it.')
  if (result.status === 'held') {
    const problem = checkInDateProblem({
      scheduledFor: checkIn.scheduledFor,
      heldOn: result.heldOn ?? checkIn.scheduledFor,
      today,
      earlyReason: result.earlyReason
    })
    if (problem) return refuse(problem)
  }
  const heldOn = result.status === 'held' ? (result.heldOn ?? checkIn.scheduledFor) : undefined
  const earlyReason = result.earlyReason?.trim() || undefined
  const goals = result.goalChecks
    .map(
      (g) =>
        `${plan.goals.find((x) => x.key === g.goalKey)?.description ?? g.goalKey}: ${GOAL_STATUS_LABELS[g.status]}`
    )
    .join('; ')
  const summary =
    result.status === 'missed'
      ? `Check-in of ${checkIn.scheduledFor} recorded as missed`
      : `Check-in of ${checkIn.scheduledFor} held on ${heldOn}${earlyReason ? ` (early: ${earlyReason})` : ''}: ${goals || 'no goal status'}`
  return {
    ok: true,
    next: { ...result, heldOn, earlyReason },
    audit: [audit('checkInHeld', summary, 'checkIn')]
  }
}

/**
 * A milestone is marked met, missed or pending on an active plan. Marking it with the status
 * it has already is no change: nothing to write, nothing to log (an empty audit).
 */
export function milestoneMarking(
  plan: Pick<Plan, 'status'>,
  milestone: Pick<PlanMilestone, 'status' | 'title'>,
  status: PlanMilestone['status']
): Decision<object> {
  if (plan.status !== 'active') return refuse('Milestones are marked on an active plan.')
  if (milestone.status === status) return { ok: true, audit: [] }
  return {
    ok: true,
    audit: [
      audit(
        'milestoneChanged',
        `Milestone “${milestone.title}” marked ${status}`,
        'milestone',
        milestone.status,
        status
      )
    ]
  }
}
