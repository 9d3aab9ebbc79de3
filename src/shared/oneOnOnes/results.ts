import type {
  Activity,
  CalendarDate,
  ExpectationSet,
  ManualMeasure,
  ManualMetric,
  Opportunity,
  OpportunitySnapshot,
  Rep
} from '../domain'
import { formatMoney, formatPercent } from '../format'
import { inRange, quarterLabel, quarterOf, type DateRange } from '../metrics/dates'
import { quarterlyRevenueTarget } from '../metrics/headline'
import { rampFactor } from '../metrics/ramp'
import { stateAt } from './pipeline'
import type { PrepWindow } from './types'

/**
 * Results and key measures since the last 1:1, each next to its value before, so the manager
 * sees the change. Flow measures (revenue won, activities…) compare the days since the last
 * 1:1 with the same number of days before it; stock measures (open pipeline, attainment) compare
 * now with the day of the last 1:1.
 *
 * What counts as changed: the two values differ as the manager reads them — whole currency
 * units, whole percentage points, counts, one decimal for manual measures. A value that cannot
 * be known (no history that far back) is never "changed".
 */
export type MeasureUnit = 'money' | 'count' | 'percent' | 'number'

export interface Measure {
  key: string
  label: string
  unit: MeasureUnit
  now: number
  before?: number
  /** What `now` and `before` are, e.g. "since Nov 3 vs the 14 days before". */
  basis: string
  changed: boolean
  direction: 'up' | 'down' | 'same' | 'unknown'
  /** For money: the currency of both values. */
  currency?: string
}

export interface ResultsInput {
  rep: Rep
  window: PrepWindow
  opportunities: readonly Opportunity[]
  snapshots: readonly OpportunitySnapshot[]
  /** The rep's activities from `window.since - window.days` up to today at least. */
  activities: readonly Activity[]
  manualMeasures: readonly ManualMeasure[]
  expectations?: ExpectationSet
  currency: string
}

/** The value as the manager reads it: the unit of comparison for "changed". */
export function displayedValue(unit: MeasureUnit, value: number): number {
  switch (unit) {
    case 'money':
      return Math.round(value / 100)
    case 'percent':
      return Math.round(value * 100)
    case 'count':
      return Math.round(value)
    case 'number':
      return Math.round(value * 10) / 10
  }
}

export function compare(
  unit: MeasureUnit,
  now: number,
  before: number | undefined
): Pick<Measure, 'changed' | 'direction'> {
  if (before === undefined || !Number.isFinite(before) || !Number.isFinite(now))
    return { changed: false, direction: 'unknown' }
  const a = displayedValue(unit, now)
  const b = displayedValue(unit, before)
  if (a === b) return { changed: false, direction: 'same' }
  return { changed: true, direction: a > b ? 'up' : 'down' }
}

export function formatMeasureValue(m: Pick<Measure, 'unit' | 'currency'>, value: number): string {
  switch (m.unit) {
    case 'money':
      return formatMoney(value, m.currency ?? 'USD')
    case 'percent':
      return formatPercent(value)
    case 'count':
      return String(Math.round(value))
    case 'number':
      return String(Math.round(value * 10) / 10)
  }
}

function measure(
  key: string,
  label: string,
  unit: MeasureUnit,
  now: number,
  before: number | undefined,
  basis: string,
  currency?: string
): Measure {
  return { key, label, unit, now, before, basis, currency, ...compare(unit, now, before) }
}

const addDaysTo = (day: CalendarDate, n: number): CalendarDate => {
  const d = new Date(`${day}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + n)
  return d.toISOString().slice(0, 10)
}

function wonIn(opps: readonly Opportunity[], r: DateRange) {
  let minor = 0
  let count = 0
  for (const o of opps)
    if (o.status === 'won' && inRange(o.closeDate, r)) {
      minor += o.amount?.minor ?? 0
      count += 1
    }
  return { minor, count }
}

/** Open pipeline on `day` from the snapshots; undefined when no history reaches back to it. */
function openPipelineOn(
  opps: readonly Opportunity[],
  byOpportunity: Map<string, OpportunitySnapshot[]>,
  day: CalendarDate
): number | undefined {
  let known = false
  let minor = 0
  for (const o of opps) {
    const s = stateAt(byOpportunity.get(o.id) ?? [], day)
    if (!s) continue
    known = true
    if (s.status === 'open') minor += s.amount?.minor ?? 0
  }
  return known ? minor : undefined
}

function meetingStats(activities: readonly Activity[], r: DateRange) {
  let all = 0
  let meetings = 0
  let withNext = 0
  for (const a of activities) {
    if (!inRange(a.date, r)) continue
    all += 1
    if (a.type !== 'meeting') continue
    meetings += 1
    if (a.nextStepAgreed) withNext += 1
  }
  return { all, meetings, share: meetings === 0 ? undefined : withNext / meetings }
}

const MANUAL_LABELS: Record<ManualMetric, string> = {
  csat: 'Customer satisfaction',
  expenses: 'Expenses',
  margin: 'Margin',
  teamwork: 'Teamwork'
}

function manualMeasures(input: ResultsInput): Measure[] {
  const { since, today } = input.window
  const out: Measure[] = []
  for (const metric of Object.keys(MANUAL_LABELS) as ManualMetric[]) {
    const rows = input.manualMeasures
      .filter((m) => m.metric === metric && m.periodEnd <= today)
      .sort((a, b) => a.periodEnd.localeCompare(b.periodEnd))
    const latest = rows.at(-1)
    if (!latest || latest.periodEnd <= since) continue
    const previous = rows.filter((m) => m.periodEnd <= since).at(-1)
    out.push(
      measure(
        `manual-${metric}`,
        MANUAL_LABELS[metric],
        metric === 'expenses' ? 'money' : 'number',
        latest.value,
        previous?.value,
        `period ending ${latest.periodEnd} vs ${previous ? `period ending ${previous.periodEnd}` : 'no earlier value'}`,
        metric === 'expenses' ? input.currency : undefined
      )
    )
  }
  return out
}

export function resultsSince(input: ResultsInput): Measure[] {
  const { since, today, days } = input.window
  const current: DateRange = { start: addDaysTo(since, 1), end: today }
  const previous: DateRange = { start: addDaysTo(since, 1 - days), end: since }
  const opps = input.opportunities.filter((o) => o.repId === input.rep.id)
  const byOpportunity = new Map<string, OpportunitySnapshot[]>()
  for (const s of input.snapshots) {
    const list = byOpportunity.get(s.opportunityId)
    if (list) list.push(s)
    else byOpportunity.set(s.opportunityId, [s])
  }
  const flow = `${current.start} to ${today} vs the ${days} days before`
  const wonNow = wonIn(opps, current)
  const wonBefore = wonIn(opps, previous)
  const c = input.currency
  const out: Measure[] = [
    measure('closedWon', 'Closed-won revenue', 'money', wonNow.minor, wonBefore.minor, flow, c),
    measure('dealsWon', 'Deals won', 'count', wonNow.count, wonBefore.count, flow)
  ]

  const target = quarterlyRevenueTarget(input.rep, input.expectations)
  const quarter = quarterOf(today)
  if (target && target.minor > 0) {
    const attainmentOn = (day: CalendarDate) => {
      const q = quarterOf(day)
      const goal = target.minor * rampFactor(input.rep, day)
      return goal > 0 ? wonIn(opps, { start: q.start, end: day }).minor / goal : undefined
    }
    // Only the same quarter compares: a new quarter starts again from zero.
    const sameQuarter = since >= quarter.start
    const now = attainmentOn(today)
    if (now !== undefined)
      out.push(
        measure(
          'attainment',
          `Attainment, ${quarterLabel(today)}`,
          'percent',
          now,
          sameQuarter ? attainmentOn(since) : undefined,
          sameQuarter ? `today vs ${since}` : `quarter started ${quarter.start}, after the last 1:1`
        )
      )
  }

  const openNow = opps
    .filter((o) => o.status === 'open')
    .reduce((sum, o) => sum + (o.amount?.minor ?? 0), 0)
  const openThen = openPipelineOn(opps, byOpportunity, since)
  out.push(
    measure(
      'openPipeline',
      'Open pipeline',
      'money',
      openNow,
      openThen,
      openThen === undefined ? `today; no CRM history on ${since}` : `today vs ${since}`,
      c
    )
  )
  const createdIn = (r: DateRange) =>
    opps
      .filter((o) => inRange(o.createdDate, r))
      .reduce((sum, o) => sum + (o.amount?.minor ?? 0), 0)
  out.push(
    measure(
      'pipelineCreated',
      'Pipeline created',
      'money',
      createdIn(current),
      createdIn(previous),
      flow,
      c
    )
  )

  const a = meetingStats(input.activities, current)
  const b = meetingStats(input.activities, previous)
  out.push(measure('activities', 'Activities logged', 'count', a.all, b.all, flow))
  out.push(measure('meetings', 'Customer meetings', 'count', a.meetings, b.meetings, flow))
  if (a.share !== undefined)
    out.push(
      measure(
        'meetingsWithNextStep',
        'Meetings ending with an agreed next step',
        'percent',
        a.share,
        b.share,
        flow
      )
    )
  out.push(...manualMeasures(input))
  return out
}
