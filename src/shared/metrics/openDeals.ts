import type { CalendarDate } from '../domain'
import { lastActivityOn, type MetricsIndex, type RepRecords } from './dataIndex'
import { daysBetween } from './dates'
import { stateOn } from './timeline'

/** The four CRM hygiene problems an open deal can have (DESIGN.md §2.5). */
export type DealHygieneKind = 'stale' | 'missingNextStep' | 'closeDateInPast' | 'closeDatePushed'

export const DEAL_HYGIENE_KINDS: readonly DealHygieneKind[] = [
  'stale',
  'missingNextStep',
  'closeDateInPast',
  'closeDatePushed'
]

/** An open deal on a given day with what is wrong with its record. */
export interface OpenDeal {
  opportunityId: string
  name: string
  amountMinor: number
  stageKey?: string
  closeDate?: CalendarDate
  lastActivity?: CalendarDate
  /** Days since the last activity (or since creation when nothing was ever logged). */
  daysSinceActivity?: number
  closeDatePushes: number
  issues: DealHygieneKind[]
}

/**
 * The rep's deals open at the end of `day`, each checked against the hygiene rules: stale (no
 * activity for more than `staleDays`), no next step, forecast close date before `day`, close
 * date moved later more than once. Past days use the dated history (snapshots, activity log).
 */
export function openDealsOn(
  index: MetricsIndex,
  records: RepRecords,
  day: CalendarDate,
  staleDays: number
): OpenDeal[] {
  const deals: OpenDeal[] = []
  for (const t of records.timelines) {
    const state = stateOn(t, day, index.today)
    if (!state || state.status !== 'open') continue
    const o = t.opportunity
    const logged = lastActivityOn(index, o.id, day)
    const recorded =
      o.lastActivityDate !== undefined && o.lastActivityDate <= day ? o.lastActivityDate : undefined
    const lastActivity =
      logged !== undefined && recorded !== undefined
        ? logged > recorded
          ? logged
          : recorded
        : (logged ?? recorded)
    const since = lastActivity ?? o.createdDate
    const daysSinceActivity = since === undefined ? undefined : daysBetween(since, day)
    let pushes = 0
    for (const p of t.closeDatePushes) if (p <= day) pushes += 1
    const issues: DealHygieneKind[] = []
    if (daysSinceActivity === undefined || daysSinceActivity > staleDays) issues.push('stale')
    if (state.nextStep.trim() === '') issues.push('missingNextStep')
    if (state.closeDate !== undefined && state.closeDate < day) issues.push('closeDateInPast')
    if (pushes >= 2) issues.push('closeDatePushed')
    deals.push({
      opportunityId: o.id,
      name: o.name,
      amountMinor: state.amount?.minor ?? 0,
      stageKey: state.stageKey,
      closeDate: state.closeDate,
      lastActivity,
      daysSinceActivity,
      closeDatePushes: pushes,
      issues
    })
  }
  return deals
}
