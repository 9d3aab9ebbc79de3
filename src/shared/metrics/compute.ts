import type { ActivityType, ExpectationSet, MetricKey } from '../domain'
import { activitiesIn, closedWonIn, type MetricsIndex } from './dataIndex'
import { addDaysTo, daysBetween, type DateRange } from './dates'
import { manualMetric } from './manual'
import { DEAL_HYGIENE_KINDS, openDealsOn, openPipelineOn } from './openDeals'
import { stageSummary } from './stages'
import { activeRange, dimensionTarget, rampFactorOver, revenueDimension } from './targets'
import { count, money, percent, share } from './text'
import { activityTally, dealTally, hygieneTally } from './tallies'
import { HYGIENE_LABEL, markNoData, uncheckedHygiene } from './unmeasured'
import type { MetricInput, MetricValue, RepMetrics } from './types'
import { countOf, WORDS } from '../words/plural'
import { formatDay } from '../words/dates'

export interface RepMetricsOptions {
  /** The rep's role expectations: attainment and coverage need the revenue target. */
  expectations?: ExpectationSet
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
  const { wonMinor, won, lost, cycleDays, cycleDeals, createdMinor, created } = dealTally(
    records,
    measured
  )

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
  const { byType, agreed } = activityTally(activities)
  const { byKind, withIssue } = hygieneTally(openNow)
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
