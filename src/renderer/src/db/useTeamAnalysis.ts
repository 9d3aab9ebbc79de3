import { useEffect, useState } from 'react'
import type { ExpectationSet } from '@shared/domain'
import {
  dataSourcesOf,
  indexMetricsData,
  lastPeriods,
  withObservedStageScores,
  type MetricsIndex,
  type PeriodRange
} from '@shared/metrics'
import {
  diagnoseTeam,
  pairingSuggestions,
  recognitionBalance,
  resultsProcessQuadrant,
  teamTrend,
  type PairingSuggestion,
  type QuadrantChart,
  type RecognitionBalance,
  type TeamDiagnosisResult,
  type TrendPoint
} from '@shared/diagnosis'
import { observedStageScores } from '@shared/observations/rollups'
import { useAnalysisRecords, type AnalysisRecords } from './analysisRecords'
import { setForRole } from '@shared/expectations/setForRole'

export { useAnalysisRecords, type AnalysisRecords }

/** Everything computed for one period: scorecards, findings, charts' data. */
export interface TeamAnalysis {
  records: AnalysisRecords
  index: MetricsIndex
  range: PeriodRange
  currency: string
  expectationsFor(repId: string): ExpectationSet | undefined
  diagnosis: TeamDiagnosisResult
  /** The dashboard's team-wide views; the rep page does without them. */
  views?: TeamViews
}

export interface TeamViews {
  quadrant: QuadrantChart
  pairings: PairingSuggestion[]
  recognition: RecognitionBalance[]
  trend: TrendPoint[]
}

/** How many periods the team trend shows, per kind of period. */
const TREND_LENGTH = { week: 12, month: 12, quarter: 6 } as const

/** The CRM index of each records read (one per day): every period and screen reuses it. */
const crmIndexes = new WeakMap<AnalysisRecords, { today: string; index: MetricsIndex }>()

function crmIndex(records: AnalysisRecords, today: string): MetricsIndex {
  const cached = crmIndexes.get(records)
  if (cached?.today === today) return cached.index
  const index = indexMetricsData({
    reps: records.reps,
    opportunities: records.opportunities,
    snapshots: records.snapshots,
    activities: records.activities,
    manualMeasures: records.manualMeasures,
    salesProcess: records.process,
    currency: records.settings?.currency ?? 'USD',
    staleOpportunityDays: records.settings?.thresholds.staleOpportunityDays ?? 30,
    today,
    sources: dataSourcesOf(records)
  })
  crmIndexes.set(records, { today, index })
  return index
}

/** Runs the engine over the records for one period (pure, so it is memoised). */
export function analyseTeam(
  records: AnalysisRecords,
  range: PeriodRange,
  today: string,
  options: { teamViews: boolean }
): TeamAnalysis {
  const currency = records.settings?.currency ?? 'USD'
  const index = withObservedStageScores(
    crmIndex(records, today),
    // Final observations up to the period's end feed the skill (stage) findings.
    observedStageScores(records.observations, records.checklistTemplates, {
      start: '0001-01-01',
      end: range.end
    })
  )
  const roleById = new Map(records.roles.map((r) => [r.id, r]))
  const repById = new Map(records.reps.map((r) => [r.id, r]))
  const expectationsFor = (repId: string) =>
    setForRole(roleById.get(repById.get(repId)?.roleId ?? ''), records.sets)
  const diagnosis = diagnoseTeam({
    index,
    range,
    expectationsFor,
    thresholds: records.settings?.thresholds
  })
  const analysis: TeamAnalysis = { records, index, range, currency, expectationsFor, diagnosis }
  return options.teamViews ? withTeamViews(analysis) : analysis
}

/** The dashboard's team-wide views added to a period's analysis. */
function withTeamViews(analysis: TeamAnalysis): TeamAnalysis {
  const { records, index, range, expectationsFor, diagnosis } = analysis
  const quadrant = resultsProcessQuadrant(diagnosis.scorecards)
  const views: TeamViews = {
    quadrant,
    pairings: pairingSuggestions(quadrant, diagnosis.scorecards),
    recognition: recognitionBalance({
      repIds: records.reps.map((r) => r.id),
      range,
      recognitions: records.recognitions,
      observations: records.observations,
      plans: records.plans,
      diagnoses: diagnosis.byRep
    }),
    trend: teamTrend(
      index,
      lastPeriods(range.period, range.start, TREND_LENGTH[range.period], range.calendar),
      expectationsFor,
      diagnosis.thresholds
    )
  }
  return { ...analysis, views }
}

/**
 * The analyses of each records read, by period: going back to a period, or from Home to the
 * Dashboard on the same period, computes nothing again. The records are replaced on any change,
 * which drops their analyses with them.
 */
const analyses = new WeakMap<AnalysisRecords, Map<string, TeamAnalysis>>()
const KEPT_PER_READ = 12

function periodKey(range: PeriodRange, today: string, teamViews: boolean): string {
  return `${range.period}|${range.start}|${range.end}|${today}|${teamViews}`
}

function cachedAnalysis(
  records: AnalysisRecords,
  range: PeriodRange,
  today: string,
  teamViews: boolean
): TeamAnalysis | undefined {
  return analyses.get(records)?.get(periodKey(range, today, teamViews))
}

function analyseAndKeep(
  records: AnalysisRecords,
  range: PeriodRange,
  today: string,
  teamViews: boolean
): TeamAnalysis {
  const kept = analyses.get(records) ?? new Map<string, TeamAnalysis>()
  analyses.set(records, kept)
  const plain =
    kept.get(periodKey(range, today, false)) ??
    analyseTeam(records, range, today, { teamViews: false })
  kept.set(periodKey(range, today, false), plain)
  const analysis = teamViews ? withTeamViews(plain) : plain
  kept.set(periodKey(range, today, teamViews), analysis)
  while (kept.size > KEPT_PER_READ) kept.delete(kept.keys().next().value as string)
  return analysis
}

/**
 * The analysis for a period, computed after the page has painted (it takes a moment on a big
 * team), so the rest of the screen shows first. While the records change (an edit), the last
 * analysis stays on screen until the new one is ready; a new period shows "loading" instead.
 */
export function useTeamAnalysis(
  range: PeriodRange,
  today: string,
  options: { teamViews: boolean; enabled?: boolean }
): TeamAnalysis | undefined {
  const records = useAnalysisRecords(options.enabled ?? true)
  const { teamViews } = options
  const key = periodKey(range, today, teamViews)
  const ready = records && cachedAnalysis(records, range, today, teamViews)
  const [state, setState] = useState<{ key: string; analysis: TeamAnalysis }>()
  useEffect(() => {
    if (!records || ready) return
    const timer = setTimeout(
      () => setState({ key, analysis: analyseAndKeep(records, range, today, teamViews) }),
      0
    )
    return () => clearTimeout(timer)
    // The range is a fresh object per render: the key identifies it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [records, key, ready])
  if (ready) return ready
  return state?.key === key ? state.analysis : undefined
}
