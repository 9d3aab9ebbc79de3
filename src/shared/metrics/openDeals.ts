import type { CalendarDate, Opportunity, OpportunitySnapshot } from '../domain'
import { lastActivityOn, type MetricsIndex, type RepRecords } from './dataIndex'
import { daysBetween } from './dates'
import { hygieneIssues, type HygieneIssue, type HygieneIssueKind } from './hygiene'
import { measurableHygiene } from './sources'
import { stateOn } from './timeline'

/** The four CRM hygiene problems an open deal can have (hygiene.ts, DESIGN.md §2.5). */
export type DealHygieneKind = HygieneIssueKind

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
  /** hygiene.ts's issues for the deal, each with its rule and the numbers behind it. */
  issueDetails: HygieneIssue[]
}

/**
 * The rep's deals open at the end of `day`, each checked with hygiene.ts's rules. A past day is
 * checked on the deal as it stood then: its snapshot state, the snapshots up to that day (close
 * date pushes) and the activity logged up to that day. The last activity is the later of the
 * CRM's last-activity date and the last activity logged against the deal.
 */
export function openDealsOn(
  index: MetricsIndex,
  records: RepRecords,
  day: CalendarDate,
  staleDays: number
): OpenDeal[] {
  const asOf: Opportunity[] = []
  const history: OpportunitySnapshot[] = []
  const pushesOf = new Map<string, number>()
  for (const t of records.timelines) {
    const state = stateOn(t, day, index.today)
    if (!state || state.status !== 'open') continue
    const o = t.opportunity
    const logged = lastActivityOn(index, o.id, day)
    const recorded =
      o.lastActivityDate !== undefined && o.lastActivityDate <= day ? o.lastActivityDate : undefined
    const lastActivityDate =
      logged !== undefined && recorded !== undefined
        ? logged > recorded
          ? logged
          : recorded
        : (logged ?? recorded)
    asOf.push({ ...o, ...state, lastActivityDate })
    let pushes = 0
    for (const p of t.closeDatePushes) if (p <= day) pushes += 1
    pushesOf.set(o.id, pushes)
    for (const s of t.history) if (s.asOf <= day && s.status === 'open') history.push(s)
  }
  const issues = hygieneIssues({ opportunities: asOf, snapshots: history, today: day, staleDays })
  const byDeal = new Map<string, HygieneIssue[]>()
  for (const i of issues) {
    const list = byDeal.get(i.opportunityId)
    if (list) list.push(i)
    else byDeal.set(i.opportunityId, [i])
  }
  return asOf.map((o) => {
    const details = (byDeal.get(o.id) ?? []).filter((i) =>
      measurableHygiene(index.input.sources, i.kind)
    )
    const since = o.lastActivityDate ?? o.createdDate
    return {
      opportunityId: o.id,
      name: o.name,
      amountMinor: o.amount?.minor ?? 0,
      stageKey: o.stageKey,
      closeDate: o.closeDate,
      lastActivity: o.lastActivityDate,
      daysSinceActivity: since === undefined ? undefined : daysBetween(since, day),
      closeDatePushes: pushesOf.get(o.id) ?? 0,
      issues: details.map((i) => i.kind),
      issueDetails: details
    }
  })
}

/**
 * Σ amount and count of the rep's deals open at the end of `day` (no hygiene check: cheaper),
 * only those forecast to close by `closingBy` when given (an overdue close date counts).
 */
export function openPipelineOn(
  index: MetricsIndex,
  records: RepRecords,
  day: CalendarDate,
  closingBy?: CalendarDate
): { deals: number; amountMinor: number } {
  let deals = 0
  let amountMinor = 0
  for (const t of records.timelines) {
    const state = stateOn(t, day, index.today)
    if (!state || state.status !== 'open') continue
    if (closingBy !== undefined && (state.closeDate === undefined || state.closeDate > closingBy)) {
      continue
    }
    deals += 1
    amountMinor += state.amount?.minor ?? 0
  }
  return { deals, amountMinor }
}
