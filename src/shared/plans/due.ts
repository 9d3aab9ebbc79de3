import type { CalendarDate, CheckIn, Plan } from '../domain'
import { daysBetween } from '../metrics/dates'

export interface DueCheckIn {
  checkIn: CheckIn
  plan: Pick<Plan, 'id' | 'kind' | 'title' | 'repId'>
  /** Negative when overdue, 0 today, positive when coming up. */
  inDays: number
}

/**
 * Check-ins of active plans that are overdue or due within `horizonDays` of today, soonest
 * first: what the home view and 1:1 prep show (the issue-6 screens read this).
 */
export function dueCheckIns(
  plans: readonly Plan[],
  checkIns: readonly CheckIn[],
  today: CalendarDate,
  horizonDays = 7
): DueCheckIn[] {
  const active = new Map(plans.filter((p) => p.status === 'active').map((p) => [p.id, p]))
  return checkIns
    .filter((c) => c.status === 'scheduled' && active.has(c.planId))
    .map((c) => ({
      checkIn: c,
      plan: active.get(c.planId)!,
      inDays: daysBetween(today, c.scheduledFor)
    }))
    .filter((d) => d.inDays <= horizonDays)
    .sort((a, b) => a.inDays - b.inDays || a.plan.title.localeCompare(b.plan.title))
}
