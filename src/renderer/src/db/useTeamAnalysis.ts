import { useEffect, useState } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import type {
  Activity,
  ChecklistTemplate,
  DevelopmentAssessment,
  ExpectationSet,
  ImportMapping,
  ManualMeasure,
  Observation,
  OneOnOne,
  Opportunity,
  OpportunitySnapshot,
  Plan,
  Recognition,
  Rep,
  Role,
  SalesProcess,
  WorkspaceSettings
} from '@shared/domain'
import {
  dataSourcesOf,
  indexMetricsData,
  lastPeriods,
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
import { db, readSettings } from '.'
import { setForRole } from '@shared/expectations/setForRole'

/** The workspace records the dashboard, rep page and team report compute from. */
export interface AnalysisRecords {
  settings?: WorkspaceSettings
  process?: SalesProcess
  roles: Role[]
  sets: ExpectationSet[]
  /** Active reps, by name. */
  reps: Rep[]
  opportunities: Opportunity[]
  snapshots: OpportunitySnapshot[]
  activities: Activity[]
  manualMeasures: ManualMeasure[]
  recognitions: Recognition[]
  observations: Observation[]
  /** Every checklist version: each observation is scored with the one it was made with. */
  checklistTemplates: ChecklistTemplate[]
  plans: Plan[]
  oneOnOnes: OneOnOne[]
  assessments: DevelopmentAssessment[]
  /** Saved column mappings: which columns the imports carried (no data is not a miss). */
  mappings: ImportMapping[]
}

/**
 * Reads every table the analysis needs, whole: diagnosis compares each rep with the team and
 * with their own history, so it needs all of it. A live query, so edits show at once.
 */
export function useAnalysisRecords(enabled = true): AnalysisRecords | undefined {
  return useLiveQuery(async () => {
    if (!enabled) return undefined
    const settings = await readSettings(db)
    const [process, roles, sets, reps, opportunities, snapshots, activities, manualMeasures] =
      await Promise.all([
        settings?.salesProcessId ? db.salesProcesses.get(settings.salesProcessId) : undefined,
        db.roles.toArray(),
        db.expectationSets.toArray(),
        db.reps.toArray(),
        db.opportunities.toArray(),
        db.opportunitySnapshots.toArray(),
        db.activities.toArray(),
        db.manualMeasures.toArray()
      ])
    const [recognitions, observations, checklistTemplates, plans, oneOnOnes, assessments] =
      await Promise.all([
        db.recognitions.toArray(),
        db.observations.toArray(),
        db.checklistTemplates.toArray(),
        db.plans.toArray(),
        db.oneOnOnes.toArray(),
        db.developmentAssessments.toArray()
      ])
    const mappings = await db.importMappings.toArray()
    return {
      settings,
      process,
      roles,
      sets,
      reps: reps.filter((r) => r.active).sort((a, b) => a.name.localeCompare(b.name)),
      opportunities,
      snapshots,
      activities,
      manualMeasures,
      recognitions,
      observations,
      checklistTemplates,
      plans,
      oneOnOnes,
      assessments,
      mappings
    }
  }, [enabled])
}

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

/** Runs the engine over the records for one period (pure, so it is memoised). */
export function analyseTeam(
  records: AnalysisRecords,
  range: PeriodRange,
  today: string,
  options: { teamViews: boolean }
): TeamAnalysis {
  const currency = records.settings?.currency ?? 'USD'
  const index = indexMetricsData({
    reps: records.reps,
    opportunities: records.opportunities,
    snapshots: records.snapshots,
    activities: records.activities,
    manualMeasures: records.manualMeasures,
    // Final observations up to the period's end feed the skill (stage) findings.
    observedStageScores: observedStageScores(records.observations, records.checklistTemplates, {
      start: '0001-01-01',
      end: range.end
    }),
    salesProcess: records.process,
    currency,
    staleOpportunityDays: records.settings?.thresholds.staleOpportunityDays ?? 30,
    today,
    sources: dataSourcesOf(records)
  })
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
  if (!options.teamViews) return analysis
  const quadrant = resultsProcessQuadrant(diagnosis.scorecards)
  analysis.views = {
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
  const key = `${range.period}|${range.start}|${range.end}|${today}|${options.teamViews}`
  const [state, setState] = useState<{ key: string; analysis: TeamAnalysis }>()
  useEffect(() => {
    if (!records) return
    const timer = setTimeout(
      () => setState({ key, analysis: analyseTeam(records, range, today, options) }),
      0
    )
    return () => clearTimeout(timer)
    // The range and options are fresh objects per render: the key identifies them.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [records, key])
  return state?.key === key ? state.analysis : undefined
}
