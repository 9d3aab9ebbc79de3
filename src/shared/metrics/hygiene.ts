import type { CalendarDate, Opportunity, OpportunitySnapshot } from '../domain'
import { daysBetween } from './dates'

/**
 * CRM hygiene: the standard applies to everyone, top producers included. Each issue names the
 * open opportunity, the rule it breaks and the numbers behind it, so a manager can check it in
 * the CRM by hand.
 */
export type HygieneIssueKind = 'stale' | 'missingNextStep' | 'closeDateInPast' | 'closeDatePushed'

export interface HygieneIssue {
  kind: HygieneIssueKind
  opportunityId: string
  opportunityName: string
  repId?: string
  /** The rule in words, e.g. "No activity for more than 30 days". */
  rule: string
  /** The numbers behind it, e.g. "Last activity 2026-10-02: 60 days ago". */
  detail: string
  /** Days since the last activity (stale), days overdue (close date in the past) or pushes. */
  value: number
}

export interface HygieneInput {
  opportunities: readonly Opportunity[]
  /** History of the same opportunities; used to count close-date pushes. */
  snapshots: readonly OpportunitySnapshot[]
  today: CalendarDate
  /** An open opportunity with no activity for more than this many days is stale. */
  staleDays: number
}

export const HYGIENE_RULES: Record<HygieneIssueKind, (days: number) => string> = {
  stale: (days) => `Open opportunity with no activity for more than ${days} days`,
  missingNextStep: () => 'Open opportunity without a next step',
  closeDateInPast: () => 'Open opportunity whose close date has passed',
  closeDatePushed: () => 'Close date moved later more than once'
}

/**
 * How many times the close date moved later, reading the snapshots in date order. A close date
 * that moves earlier (pulled in) or first appears is not a push.
 */
export function closeDatePushes(snapshots: readonly OpportunitySnapshot[]): number {
  const ordered = [...snapshots].sort((a, b) =>
    a.asOf === b.asOf ? a.takenAt.localeCompare(b.takenAt) : a.asOf.localeCompare(b.asOf)
  )
  let pushes = 0
  let previous: CalendarDate | undefined
  for (const s of ordered) {
    if (s.closeDate === undefined) continue
    if (previous !== undefined && s.closeDate > previous) pushes += 1
    previous = s.closeDate
  }
  return pushes
}

/** Groups snapshots by opportunity once, so a whole team is checked in one pass. */
export function snapshotsByOpportunity(
  snapshots: readonly OpportunitySnapshot[]
): Map<string, OpportunitySnapshot[]> {
  const byOpportunity = new Map<string, OpportunitySnapshot[]>()
  for (const s of snapshots) {
    const list = byOpportunity.get(s.opportunityId)
    if (list) list.push(s)
    else byOpportunity.set(s.opportunityId, [s])
  }
  return byOpportunity
}

/** The date an opportunity was last touched: its last activity, else its creation date. */
function lastTouched(o: Opportunity): CalendarDate | undefined {
  return o.lastActivityDate ?? o.createdDate
}

/** Every hygiene issue on the open opportunities given, in opportunity order. */
export function hygieneIssues(input: HygieneInput): HygieneIssue[] {
  const { today, staleDays } = input
  const history = snapshotsByOpportunity(input.snapshots)
  const issues: HygieneIssue[] = []
  for (const o of input.opportunities) {
    if (o.status !== 'open') continue
    const base = { opportunityId: o.id, opportunityName: o.name, repId: o.repId }
    const touched = lastTouched(o)
    if (touched !== undefined) {
      const idle = daysBetween(touched, today)
      if (idle > staleDays)
        issues.push({
          ...base,
          kind: 'stale',
          rule: HYGIENE_RULES.stale(staleDays),
          detail: `Last activity ${touched}: ${idle} days ago`,
          value: idle
        })
    }
    if (o.nextStep.trim() === '')
      issues.push({
        ...base,
        kind: 'missingNextStep',
        rule: HYGIENE_RULES.missingNextStep(staleDays),
        detail: 'Next step is blank',
        value: 1
      })
    if (o.closeDate !== undefined && o.closeDate < today) {
      const overdue = daysBetween(o.closeDate, today)
      issues.push({
        ...base,
        kind: 'closeDateInPast',
        rule: HYGIENE_RULES.closeDateInPast(staleDays),
        detail: `Close date ${o.closeDate}: ${overdue} days ago, still open`,
        value: overdue
      })
    }
    const pushes = closeDatePushes(history.get(o.id) ?? [])
    if (pushes > 1)
      issues.push({
        ...base,
        kind: 'closeDatePushed',
        rule: HYGIENE_RULES.closeDatePushed(staleDays),
        detail: `Close date pushed ${pushes} times${o.closeDate ? `, now ${o.closeDate}` : ''}`,
        value: pushes
      })
  }
  return issues
}

export interface HygieneSummary {
  openOpportunities: number
  /** Open opportunities with at least one issue. */
  withIssues: number
  /** withIssues / openOpportunities; 0 when nothing is open. */
  share: number
  byKind: Record<HygieneIssueKind, number>
}

/** "7 of 20 open opportunities (35%) have a hygiene issue", with counts per kind. */
export function summariseHygiene(
  opportunities: readonly Opportunity[],
  issues: readonly HygieneIssue[]
): HygieneSummary {
  const openOpportunities = opportunities.filter((o) => o.status === 'open').length
  const flagged = new Set(issues.map((i) => i.opportunityId))
  const byKind: Record<HygieneIssueKind, number> = {
    stale: 0,
    missingNextStep: 0,
    closeDateInPast: 0,
    closeDatePushed: 0
  }
  for (const i of issues) byKind[i.kind] += 1
  return {
    openOpportunities,
    withIssues: flagged.size,
    share: openOpportunities === 0 ? 0 : flagged.size / openOpportunities,
    byKind
  }
}
