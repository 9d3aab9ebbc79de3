import type { ActivityType, ExpectationSet, MetricKey } from '../domain'
import { activitiesIn, closedWonIn, type MetricsIndex } from './dataIndex'
import { addDaysTo, daysBetween, inRange, type DateRange } from './dates'
import { manualMetric } from './manual'
import { DEAL_HYGIENE_KINDS, openDealsOn, openPipelineOn, type DealHygieneKind } from './openDeals'
import { MANUAL_TO_ENTER, measurableHygiene, TO_IMPORT, type DataSources } from './sources'
import { stageSummary } from './stages'
import { activeRange, dimensionTarget, rampFactorOver, revenueDimension } from './targets'
import { count, money, percent, share } from './text'
import type { MetricInput, MetricValue, RepMetrics } from './types'
import { countOf, WORDS } from '../words/plural'
import { formatDay } from '../words/dates'

export interface RepMetricsOptions {
  /** The rep's role expectations: attainment and coverage need the revenue target. */
  expectations?: ExpectationSet
}

const HYGIENE_LABEL: Record<DealHygieneKind, string> = {
  stale: 'No activity for too long',
  missingNextStep: 'No next step',
  closeDateInPast: 'Close date in the past',
  closeDatePushed: 'Close date pushed more than once'
}

const money$ = (label: string, value: number): MetricInput => ({ label, value, unit: 'money' })
const count$ = (label: string, value: number): MetricInput => ({ label, value, unit: 'count' })

/**
 * Every metric for one rep over one range. Counts and sums use the part of the range the rep
 * was employed, up to today; open deals (coverage, hygiene) are looked at on the days given in
 * each formula. Formulas are spelled out in each value's `formula` line.
 */
export function repMetrics(
  index: MetricsIndex,
  repId: string,
  range: DateRange,
  options: RepMetricsOptions = {}
): RepMetrics {
  const records = index.byRep.get(repId)
  if (!records) throw new Error(`No rep with id ${repId} in the metrics index`)
  const { today } = index
  const rep = records.rep
  const asOf = range.end < today ? range.end : today
  const measured = activeRange(rep, range, today)
  const revenueDim = revenueDimension(options.expectations)
  const currency = revenueDim?.currency ?? index.input.currency
  const m = (v: number): string => money(v, currency)

  // Closed deals in the measured range.
  let wonMinor = 0
  let won = 0
  let lost = 0
  let cycleDays = 0
  let cycleDeals = 0
  let createdMinor = 0
  let created = 0
  for (const t of records.timelines) {
    const o = t.opportunity
    if (measured && inRange(o.createdDate, measured)) {
      created += 1
      createdMinor += o.amount?.minor ?? 0
    }
    if (!measured || o.status === 'open' || !inRange(o.closeDate, measured)) continue
    if (o.status === 'lost') {
      lost += 1
      continue
    }
    won += 1
    wonMinor += o.amount?.minor ?? 0
    if (o.createdDate !== undefined && o.closeDate !== undefined) {
      cycleDays += daysBetween(o.createdDate, o.closeDate)
      cycleDeals += 1
    }
  }

  const revenueTarget = revenueDim
    ? dimensionTarget(revenueDim, options.expectations, rep, range, today)
    : undefined
  const fullTarget = revenueDim
    ? dimensionTarget(revenueDim, options.expectations, rep, range, today, { toDate: false })
    : undefined
  // Coverage: today for a running period, else the day before it began.
  const running = range.start <= today && today < range.end
  const entering = running ? today : addDaysTo(measured?.start ?? range.start, -1)
  const openAtStart = openPipelineOn(index, records, entering, range.end)
  const openAtStartMinor = openAtStart.amountMinor
  const wonBefore = running ? closedWonIn(records, { start: range.start, end: today }) : 0
  const stillToWin = fullTarget ? fullTarget.target - wonBefore : undefined
  const openNow = openDealsOn(index, records, asOf, index.input.staleOpportunityDays)
  const stages = stageSummary(
    index.stages,
    records,
    measured ?? { start: range.start, end: range.start },
    openNow
  )
  const activities = measured ? activitiesIn(records, measured) : []
  const byType: Record<ActivityType, number> = { call: 0, email: 0, meeting: 0, task: 0 }
  let agreed = 0
  for (const a of activities) {
    byType[a.type] += 1
    if (a.type === 'meeting' && a.nextStepAgreed === true) agreed += 1
  }
  const byKind = Object.fromEntries(DEAL_HYGIENE_KINDS.map((k) => [k, 0])) as Record<
    DealHygieneKind,
    number
  >
  let withIssue = 0
  for (const d of openNow) {
    if (d.issues.length > 0) withIssue += 1
    for (const k of d.issues) byKind[k] += 1
  }
  const exited = stages.stages.reduce((a, s) => a + s.exited, 0)
  const advanced = stages.stages.reduce((a, s) => a + s.advanced, 0)
  const observed = records.observed
  const obsCount = observed.reduce((a, s) => a + s.count, 0)
  const obsSum = observed.reduce((a, s) => a + s.average * s.count, 0)

  const attainment =
    revenueTarget && revenueTarget.target > 0 ? (wonMinor / revenueTarget.target) * 100 : undefined
  const coverage =
    stillToWin !== undefined && stillToWin > 0 ? openAtStartMinor / stillToWin : undefined
  const winRate = share(won, won + lost)
  const hygiene = share(openNow.length - withIssue, openNow.length)
  const meetingShare = share(agreed, byType.meeting)

  const values: Record<MetricKey, MetricValue> = {
    closedWonRevenue: {
      metric: 'closedWonRevenue',
      value: wonMinor,
      unit: 'money',
      currency,
      inputs: [count$('Deals won', won), money$('Won revenue', wonMinor)],
      formula: `Sum of ${countOf(won, WORDS.deal)} won in the period = ${m(wonMinor)}`
    },
    attainment: {
      metric: 'attainment',
      value: attainment,
      unit: 'percent',
      numerator: wonMinor,
      denominator: revenueTarget?.target,
      currency,
      inputs: [
        money$('Won revenue', wonMinor),
        money$('Revenue target (after ramp and override)', revenueTarget?.target ?? 0)
      ],
      formula: revenueTarget
        ? `${m(wonMinor)} won ÷ ${m(revenueTarget.target)} target (${revenueTarget.formula}) = ${percent(attainment)}`
        : 'No closed-won revenue target in the expectations'
    },
    pipelineCreated: {
      metric: 'pipelineCreated',
      value: createdMinor,
      unit: 'money',
      currency,
      inputs: [count$('Deals created', created), money$('Their amounts', createdMinor)],
      formula: `Sum of the amounts of ${countOf(created, WORDS.deal)} created in the period = ${m(createdMinor)}`
    },
    pipelineCoverage: {
      metric: 'pipelineCoverage',
      value: coverage,
      unit: 'ratio',
      numerator: openAtStartMinor,
      denominator: stillToWin,
      currency,
      inputs: [
        count$(
          `Deals open on ${formatDay(entering)} closing by ${formatDay(range.end)}`,
          openAtStart.deals
        ),
        money$(`Their amounts`, openAtStartMinor),
        money$('Revenue target for the whole period', fullTarget?.target ?? 0),
        money$(`Won by ${formatDay(entering)}`, wonBefore)
      ],
      formula: !fullTarget
        ? 'No closed-won revenue target in the expectations'
        : stillToWin === undefined || stillToWin <= 0
          ? `Target already met by ${formatDay(entering)}: nothing left to cover`
          : `${m(openAtStartMinor)} open on ${formatDay(entering)} closing by ${formatDay(range.end)} ÷ ${m(stillToWin)} still to win (${m(fullTarget.target)} target${wonBefore > 0 ? ` − ${m(wonBefore)} won` : ''}) = ${coverage === undefined ? '—' : `${count(Math.round(coverage * 10) / 10)}×`}`
    },
    winRate: {
      metric: 'winRate',
      value: winRate,
      unit: 'percent',
      numerator: won,
      denominator: won + lost,
      inputs: [count$('Won', won), count$('Lost', lost)],
      formula: `${won} won ÷ ${won + lost} closed (won + lost) = ${percent(winRate)}`
    },
    averageDealSize: {
      metric: 'averageDealSize',
      value: won > 0 ? Math.round(wonMinor / won) : undefined,
      unit: 'money',
      currency,
      numerator: wonMinor,
      denominator: won,
      inputs: [money$('Won revenue', wonMinor), count$('Deals won', won)],
      formula:
        won > 0
          ? `${m(wonMinor)} ÷ ${countOf(won, WORDS.deal)} won = ${m(Math.round(wonMinor / won))}`
          : 'No deal won in the period'
    },
    salesCycleDays: {
      metric: 'salesCycleDays',
      value: cycleDeals > 0 ? cycleDays / cycleDeals : undefined,
      unit: 'days',
      numerator: cycleDays,
      denominator: cycleDeals,
      inputs: [
        count$('Days from created to won, summed', cycleDays),
        count$('Deals won', cycleDeals)
      ],
      formula:
        cycleDeals > 0
          ? `${countOf(cycleDays, WORDS.day)} from created to won ÷ ${countOf(cycleDeals, WORDS.deal)} = ${count(Math.round((cycleDays / cycleDeals) * 10) / 10)} days`
          : 'No deal with a created date won in the period'
    },
    stageConversion: {
      metric: 'stageConversion',
      value: share(advanced, exited),
      unit: 'percent',
      numerator: advanced,
      denominator: exited,
      inputs: stages.stages.map((s) =>
        count$(`${s.stageName}: ${s.advanced} of ${s.exited} moved on`, s.advanced)
      ),
      formula: `${advanced} stage exits forward ÷ ${exited} stage exits (forward or lost) = ${percent(share(advanced, exited))}`
    },
    activities: {
      metric: 'activities',
      value: activities.length,
      unit: 'count',
      inputs: (Object.keys(byType) as ActivityType[]).map((k) => count$(`${k}s`, byType[k])),
      formula: `${byType.call} calls + ${byType.email} emails + ${byType.meeting} meetings + ${byType.task} tasks = ${activities.length}`
    },
    meetings: {
      metric: 'meetings',
      value: byType.meeting,
      unit: 'count',
      inputs: [count$('Meetings logged', byType.meeting)],
      formula: `${countOf(byType.meeting, WORDS.meeting)} logged in the period`
    },
    meetingsWithNextStep: {
      metric: 'meetingsWithNextStep',
      value: agreed,
      unit: 'count',
      numerator: agreed,
      denominator: byType.meeting,
      inputs: [
        count$('Meetings with an agreed next step', agreed),
        count$('Meetings', byType.meeting)
      ],
      formula: `${agreed} of ${byType.meeting} meetings ended with an agreed next step (${percent(meetingShare)})`
    },
    crmHygiene: {
      metric: 'crmHygiene',
      value: hygiene,
      unit: 'percent',
      numerator: openNow.length - withIssue,
      denominator: openNow.length,
      inputs: DEAL_HYGIENE_KINDS.map((k) => count$(HYGIENE_LABEL[k], byKind[k])),
      formula: `${openNow.length - withIssue} of ${countOf(openNow.length, WORDS.deal)} open on ${formatDay(asOf)} have no hygiene issue = ${percent(hygiene)}${uncheckedHygiene(index.input.sources)}`
    },
    observationScore: {
      metric: 'observationScore',
      value: obsCount > 0 ? (obsSum / obsCount) * 100 : undefined,
      unit: 'percent',
      numerator: obsCount > 0 ? obsSum * 100 : undefined,
      denominator: obsCount > 0 ? obsCount : undefined,
      inputs: observed.map((s) => ({
        label: `${s.stageKey}: ${s.count} observed`,
        value: s.average * 100,
        unit: 'percent' as const
      })),
      formula:
        obsCount > 0
          ? `Average checklist score of ${countOf(obsCount, WORDS.observation)}, weighted by count = ${percent((obsSum / obsCount) * 100)}`
          : 'No scored observation'
    },
    expenses: manualMetric('expenses', records.measures, measured, currency),
    csat: manualMetric('csat', records.measures, measured, currency),
    margin: manualMetric('margin', records.measures, measured, currency),
    teamwork: manualMetric('teamwork', records.measures, measured, currency)
  }

  markNoData(values, index.input.sources)

  return {
    repId,
    range,
    asOf,
    currency,
    values,
    activitiesByType: byType,
    stages: stages.stages,
    observedStages: observed,
    rampFactor: measured ? rampFactorOver(rep, measured) : 1,
    activeDays: measured ? daysBetween(measured.start, measured.end) + 1 : 0,
    advancingOpportunities: stages.advancingOpportunities,
    proposalsWithoutQualification: stages.proposalsWithoutQualification,
    hygiene: { open: openNow.length, withIssue, byKind }
  }
}

/** The hygiene checks the imports cannot support, named in the formula so 100% is not misread. */
function uncheckedHygiene(sources: DataSources | undefined): string {
  const unchecked = DEAL_HYGIENE_KINDS.filter((k) => !measurableHygiene(sources, k)).map((k) =>
    HYGIENE_LABEL[k].toLowerCase()
  )
  return unchecked.length === 0 ? '' : ` (not checked, no data: ${unchecked.join('; ')})`
}

/** Metrics whose source no import carries become "no data", saying what to import. */
function markNoData(
  values: Record<MetricKey, MetricValue>,
  sources: DataSources | undefined
): void {
  if (!sources) return
  const missing: [MetricKey, keyof DataSources][] = [
    ['activities', 'activities'],
    ['meetings', 'activities'],
    ['meetingsWithNextStep', sources.activities ? 'meetingOutcomes' : 'activities']
  ]
  // Measures no CRM holds: none entered for the range means there is nothing to judge.
  for (const metric of ['expenses', 'csat', 'margin', 'teamwork'] as const) {
    if (values[metric].value === undefined) {
      values[metric] = { ...values[metric], noData: MANUAL_TO_ENTER }
    }
  }
  for (const [metric, source] of missing) {
    if (sources[source]) continue
    values[metric] = {
      ...values[metric],
      value: undefined,
      numerator: undefined,
      denominator: undefined,
      noData: TO_IMPORT[source],
      formula: `No data: ${TO_IMPORT[source]}.`
    }
  }
}

/** Every rep's metrics for one range (reps not in the index are skipped). */
export function teamMetrics(
  index: MetricsIndex,
  range: DateRange,
  expectationsFor: (repId: string) => ExpectationSet | undefined = () => undefined
): RepMetrics[] {
  return [...index.byRep.keys()].map((id) =>
    repMetrics(index, id, range, { expectations: expectationsFor(id) })
  )
}
