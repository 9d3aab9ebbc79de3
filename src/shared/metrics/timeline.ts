import type { CalendarDate, Opportunity, OpportunitySnapshot } from '../domain'

/** A deal leaving a stage: forward (a later stage, or won) or out (lost while in it). */
export interface StageExit {
  order: number
  on: CalendarDate
  advanced: boolean
  /** The day the deal was first seen in the stage; undefined for stages it skipped. */
  enteredOn?: CalendarDate
}

/** A deal's dated life, read once from its snapshots. */
export interface OpportunityTimeline {
  opportunity: Opportunity
  /** Snapshots oldest first (by the day the state was true, then when it was taken). */
  history: OpportunitySnapshot[]
  exits: StageExit[]
  /** Days the forecast close date was moved later while the deal was open. */
  closeDatePushes: CalendarDate[]
}

const byDay = (a: OpportunitySnapshot, b: OpportunitySnapshot): number =>
  a.asOf < b.asOf ? -1 : a.asOf > b.asOf ? 1 : a.takenAt < b.takenAt ? -1 : 1

/** Without any snapshot, the record itself is the only dated state we have. */
function recordAsSnapshot(o: Opportunity, today: CalendarDate): OpportunitySnapshot {
  return {
    id: `${o.id}:record`,
    opportunityId: o.id,
    takenAt: o.updatedAt,
    asOf: o.status === 'open' ? (o.createdDate ?? today) : (o.closeDate ?? today),
    crmStage: o.crmStage,
    stageKey: o.stageKey,
    status: o.status,
    amount: o.amount,
    closeDate: o.closeDate,
    nextStep: o.nextStep
  }
}

/**
 * Walks the snapshots: a later stage than the current one is an exit forward from every stage
 * in between; won is an exit forward from the stage the deal was in; lost is an exit out of
 * it. Moving back a stage is not an exit (the deal has not left the process).
 */
export function buildTimeline(
  opportunity: Opportunity,
  snapshots: readonly OpportunitySnapshot[],
  stageOrder: ReadonlyMap<string, number>,
  today: CalendarDate
): OpportunityTimeline {
  const history =
    snapshots.length > 0 ? [...snapshots].sort(byDay) : [recordAsSnapshot(opportunity, today)]
  const exits: StageExit[] = []
  const closeDatePushes: CalendarDate[] = []
  let current: number | undefined
  let enteredOn: CalendarDate | undefined
  let previousClose: CalendarDate | undefined

  const advanceTo = (target: number, on: CalendarDate): void => {
    for (let k = current ?? target; k < target; k++) {
      exits.push({ order: k, on, advanced: true, enteredOn: k === current ? enteredOn : undefined })
    }
  }

  for (const snap of history) {
    const order = snap.stageKey === undefined ? undefined : stageOrder.get(snap.stageKey)
    if (snap.status === 'open') {
      if (
        previousClose !== undefined &&
        snap.closeDate !== undefined &&
        snap.closeDate > previousClose
      ) {
        closeDatePushes.push(snap.asOf)
      }
      previousClose = snap.closeDate ?? previousClose
      if (order === undefined) continue
      if (current === undefined || order < current) {
        current = order
        enteredOn =
          order === 0 && history[0] === snap ? (opportunity.createdDate ?? snap.asOf) : snap.asOf
      } else if (order > current) {
        advanceTo(order, snap.asOf)
        current = order
        enteredOn = snap.asOf
      }
      continue
    }
    const from = current ?? order
    if (from !== undefined) {
      const to = order !== undefined && order > from ? order : from
      current = from
      advanceTo(to, snap.asOf)
      exits.push({
        order: to,
        on: snap.asOf,
        advanced: snap.status === 'won',
        enteredOn: to === from ? enteredOn : undefined
      })
    }
    current = undefined
    enteredOn = undefined
  }
  return { opportunity, history, exits, closeDatePushes }
}

/** The deal as it stood at the end of `day`, or undefined if it did not exist yet. */
export function stateOn(
  t: OpportunityTimeline,
  day: CalendarDate,
  today: CalendarDate
): Pick<Opportunity, 'status' | 'stageKey' | 'amount' | 'closeDate' | 'nextStep'> | undefined {
  const o = t.opportunity
  const created = o.createdDate ?? t.history[0]?.asOf
  if (created !== undefined && created > day) return undefined
  const last = t.history[t.history.length - 1]
  // From the latest snapshot on, the record is the freshest copy of the state.
  if (day >= today || last === undefined || day >= last.asOf) return o
  let found: OpportunitySnapshot | undefined
  for (const s of t.history) {
    if (s.asOf > day) break
    found = s
  }
  return found
}
