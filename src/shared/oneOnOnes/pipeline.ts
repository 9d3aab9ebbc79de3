import type { CalendarDate, Opportunity, OpportunitySnapshot } from '../domain'
import { formatMoney } from '../format'
import { daysBetween } from '../metrics/dates'

/**
 * Pipeline movement since the last 1:1, per deal. What counts as movement:
 * - new: created after `since` (by its created date, or its first snapshot when it has none);
 * - advanced / slipped: still open, and its stage is later / earlier in the sales process than
 *   it was at `since`;
 * - pushed: still open, and its close date is later than it was at `since` (pulled in is not);
 * - won / lost: closed after `since` (open at `since`, or new since);
 * - stale: open with no activity for more than `staleDays` days (the hygiene rule).
 * The state "at `since`" is the latest snapshot dated on or before `since`. A deal with no such
 * snapshot (history starts later) has no known earlier state and shows only new/won/lost/stale.
 */
export type MovementKind = 'new' | 'advanced' | 'slipped' | 'pushed' | 'won' | 'lost' | 'stale'

export const MOVEMENT_KINDS: readonly MovementKind[] = [
  'new',
  'advanced',
  'slipped',
  'pushed',
  'won',
  'lost',
  'stale'
]

export interface DealMovement {
  opportunityId: string
  name: string
  account: string
  kinds: MovementKind[]
  /** One sentence per kind (and a changed amount), with the dates and values behind it. */
  details: string[]
  amountMinor?: number
  currency?: string
}

export interface PipelineMovementInput {
  opportunities: readonly Opportunity[]
  /** Snapshots of those opportunities (any order). */
  snapshots: readonly OpportunitySnapshot[]
  since: CalendarDate
  today: CalendarDate
  /** Position of a sales-process stage key; undefined for keys the process does not have. */
  stageOrder(stageKey: string | undefined): number | undefined
  stageName(stageKey: string | undefined, crmStage: string): string
  staleDays: number
}

export interface PipelineMovement {
  deals: DealMovement[]
  counts: Record<MovementKind, number>
}

type DealState = Pick<
  OpportunitySnapshot,
  'status' | 'stageKey' | 'crmStage' | 'closeDate' | 'amount'
>

/** The latest snapshot on or before `day` (same day: the one taken last). */
export function stateAt(
  snapshots: readonly OpportunitySnapshot[],
  day: CalendarDate
): OpportunitySnapshot | undefined {
  let best: OpportunitySnapshot | undefined
  for (const s of snapshots) {
    if (s.asOf > day) continue
    if (
      !best ||
      s.asOf > best.asOf ||
      (s.asOf === best.asOf && s.takenAt.localeCompare(best.takenAt) > 0)
    )
      best = s
  }
  return best
}

function createdAfter(
  o: Opportunity,
  history: readonly OpportunitySnapshot[],
  since: CalendarDate
): boolean {
  if (o.createdDate !== undefined) return o.createdDate > since
  const first = history.reduce<CalendarDate | undefined>(
    (min, s) => (min === undefined || s.asOf < min ? s.asOf : min),
    undefined
  )
  return first !== undefined && first > since
}

function emptyCounts(): Record<MovementKind, number> {
  return { new: 0, advanced: 0, slipped: 0, pushed: 0, won: 0, lost: 0, stale: 0 }
}

/** One deal's movement, or undefined when nothing about it moved. */
function movementOf(
  o: Opportunity,
  history: readonly OpportunitySnapshot[],
  input: PipelineMovementInput
): DealMovement | undefined {
  const { since, today } = input
  const before: DealState | undefined = stateAt(history, since)
  const kinds: MovementKind[] = []
  const details: string[] = []
  const isNew = createdAfter(o, history, since)
  const stage = (s: DealState | Opportunity) => input.stageName(s.stageKey, s.crmStage)
  if (isNew) {
    kinds.push('new')
    details.push(`New: created ${o.createdDate ?? 'after ' + since}, now at ${stage(o)}`)
  }
  // Without history on `since`, a close date after it is the only sign it closed since.
  const openThen =
    isNew ||
    (before === undefined
      ? o.closeDate !== undefined && o.closeDate > since
      : before.status === 'open')
  if (o.status !== 'open' && openThen) {
    kinds.push(o.status)
    details.push(
      `${o.status === 'won' ? 'Won' : 'Lost'}${o.closeDate ? ` on ${o.closeDate}` : ''}` +
        (o.status === 'lost' ? ` at ${stage(o)}` : '')
    )
  }
  if (o.status === 'open' && before?.status === 'open' && !isNew) {
    const then = input.stageOrder(before.stageKey)
    const now = input.stageOrder(o.stageKey)
    if (then !== undefined && now !== undefined && now !== then) {
      kinds.push(now > then ? 'advanced' : 'slipped')
      details.push(
        `${now > then ? 'Advanced' : 'Slipped back'} from ${stage(before)} to ${stage(o)}`
      )
    }
    if (before.closeDate && o.closeDate && o.closeDate > before.closeDate) {
      kinds.push('pushed')
      details.push(
        `Close date pushed from ${before.closeDate} to ${o.closeDate} (${daysBetween(before.closeDate, o.closeDate)} days later)`
      )
    }
  }
  if (o.status === 'open') {
    const touched = o.lastActivityDate ?? o.createdDate
    if (touched !== undefined && daysBetween(touched, today) > input.staleDays) {
      kinds.push('stale')
      details.push(
        `Stale: last activity ${touched}, ${daysBetween(touched, today)} days ago (rule: more than ${input.staleDays} days)`
      )
    }
  }
  if (kinds.length === 0) return undefined
  if (before?.amount && o.amount && before.amount.minor !== o.amount.minor && !isNew)
    details.push(
      `Amount changed from ${formatMoney(before.amount.minor, before.amount.currency)} to ${formatMoney(o.amount.minor, o.amount.currency)}`
    )
  return {
    opportunityId: o.id,
    name: o.name,
    account: o.account,
    kinds,
    details,
    amountMinor: o.amount?.minor,
    currency: o.amount?.currency
  }
}

export function pipelineMovement(input: PipelineMovementInput): PipelineMovement {
  const history = new Map<string, OpportunitySnapshot[]>()
  for (const s of input.snapshots) {
    const list = history.get(s.opportunityId)
    if (list) list.push(s)
    else history.set(s.opportunityId, [s])
  }
  const counts = emptyCounts()
  const deals: DealMovement[] = []
  for (const o of input.opportunities) {
    const m = movementOf(o, history.get(o.id) ?? [], input)
    if (!m) continue
    deals.push(m)
    for (const k of m.kinds) counts[k] += 1
  }
  // Biggest deals first: the ones worth the manager's ten minutes.
  deals.sort((a, b) => (b.amountMinor ?? 0) - (a.amountMinor ?? 0))
  return { deals, counts }
}
