import type {
  Activity,
  CalendarDate,
  ManualMeasure,
  OpportunitySnapshot,
  Rep,
  SalesStage
} from '../domain'
import type { DateRange } from './dates'
import { buildTimeline, type OpportunityTimeline } from './timeline'
import type { MetricsInput, ObservedStageScore } from './types'

/** One rep's records, sorted once so each period is a couple of binary searches. */
export interface RepRecords {
  rep: Rep
  timelines: OpportunityTimeline[]
  /** Sorted by date. */
  activities: Activity[]
  activityDates: CalendarDate[]
  measures: ManualMeasure[]
  observed: ObservedStageScore[]
  /** Close dates of won deals, sorted, with running sums of their amounts (wonPrefix[i] = Σ of the first i). */
  wonDates: CalendarDate[]
  wonPrefix: number[]
}

/**
 * The workspace's CRM data grouped by rep, made once per screen or report and reused for every
 * rep and period computed from it.
 */
export interface MetricsIndex {
  input: MetricsInput
  today: CalendarDate
  stages: SalesStage[]
  stageOrder: Map<string, number>
  byRep: Map<string, RepRecords>
  /** Activity dates per opportunity, sorted: when was each deal last touched before a day. */
  activityDatesByOpportunity: Map<string, CalendarDate[]>
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

export function indexMetricsData(input: MetricsInput): MetricsIndex {
  const stages = [...(input.salesProcess?.stages ?? [])].sort((a, b) => a.order - b.order)
  const stageOrder = new Map(stages.map((s, i) => [s.key, i]))
  const snapshotsByOpportunity = new Map<string, OpportunitySnapshot[]>()
  for (const s of input.snapshots) push(snapshotsByOpportunity, s.opportunityId, s)

  const byRep = new Map<string, RepRecords>()
  for (const rep of input.reps) {
    byRep.set(rep.id, {
      rep,
      timelines: [],
      activities: [],
      activityDates: [],
      measures: [],
      observed: [],
      wonDates: [],
      wonPrefix: [0]
    })
  }
  for (const o of input.opportunities) {
    const records = o.repId === undefined ? undefined : byRep.get(o.repId)
    if (!records) continue
    records.timelines.push(
      buildTimeline(o, snapshotsByOpportunity.get(o.id) ?? [], stageOrder, input.today)
    )
  }
  const activityDatesByOpportunity = new Map<string, CalendarDate[]>()
  for (const a of input.activities) {
    if (a.opportunityId !== undefined) push(activityDatesByOpportunity, a.opportunityId, a.date)
    const records = a.repId === undefined ? undefined : byRep.get(a.repId)
    if (records) records.activities.push(a)
  }
  for (const dates of activityDatesByOpportunity.values()) dates.sort()
  for (const records of byRep.values()) {
    // CRM exports and the demo are usually in date order already: check before sorting.
    const acts = records.activities
    let sorted = true
    for (let i = 1; i < acts.length && sorted; i++)
      sorted = (acts[i - 1]?.date ?? '') <= (acts[i]?.date ?? '')
    if (!sorted) acts.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    records.activityDates = records.activities.map((a) => a.date)
    const won = records.timelines
      .map((t) => t.opportunity)
      .filter((o) => o.status === 'won' && o.closeDate !== undefined)
      .sort((a, b) => ((a.closeDate ?? '') < (b.closeDate ?? '') ? -1 : 1))
    records.wonDates = won.map((o) => o.closeDate ?? '')
    let sum = 0
    records.wonPrefix = [0, ...won.map((o) => (sum += o.amount?.minor ?? 0))]
  }
  for (const m of input.manualMeasures) byRep.get(m.repId)?.measures.push(m)
  for (const s of input.observedStageScores ?? []) byRep.get(s.repId)?.observed.push(s)
  return { input, today: input.today, stages, stageOrder, byRep, activityDatesByOpportunity }
}

/**
 * The same index with other observed stage scores (they change with the period's end): the
 * CRM part, the costly one, is shared, so a screen builds it once for every period it shows.
 */
export function withObservedStageScores(
  index: MetricsIndex,
  scores: readonly ObservedStageScore[]
): MetricsIndex {
  const byRep = new Map<string, RepRecords>()
  for (const [id, records] of index.byRep) byRep.set(id, { ...records, observed: [] })
  for (const s of scores) byRep.get(s.repId)?.observed.push(s)
  return { ...index, input: { ...index.input, observedStageScores: scores }, byRep }
}

/** First index whose value is ≥ `day` (values sorted ascending). */
export function lowerBound(values: readonly string[], day: string): number {
  let lo = 0
  let hi = values.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((values[mid] ?? '') < day) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** First index whose value is > `day`. */
export function upperBound(values: readonly string[], day: string): number {
  let lo = 0
  let hi = values.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((values[mid] ?? '') <= day) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** The rep's activities dated inside the range. */
export function activitiesIn(records: RepRecords, r: DateRange): Activity[] {
  return records.activities.slice(
    lowerBound(records.activityDates, r.start),
    upperBound(records.activityDates, r.end)
  )
}

/** The last day on or before `day` with an activity logged against the opportunity. */
export function lastActivityOn(
  index: MetricsIndex,
  opportunityId: string,
  day: CalendarDate
): CalendarDate | undefined {
  const dates = index.activityDatesByOpportunity.get(opportunityId)
  if (!dates) return undefined
  const i = upperBound(dates, day)
  return i > 0 ? dates[i - 1] : undefined
}

/** Closed-won revenue of the rep with a close date inside the range (two binary searches). */
export function closedWonIn(records: RepRecords, r: DateRange): number {
  const from = lowerBound(records.wonDates, r.start)
  const to = upperBound(records.wonDates, r.end)
  return to > from ? (records.wonPrefix[to] ?? 0) - (records.wonPrefix[from] ?? 0) : 0
}
