import { useMemo } from 'react'
import type { ExpectationSet } from '@shared/domain'
import type { ObservedStageScore, PeriodRange } from '@shared/metrics'
import {
  recognitionBalance,
  type PairingSuggestion,
  type QuadrantChart,
  type RecognitionBalance,
  type TeamDiagnosisResult,
  type TrendPoint
} from '@shared/diagnosis'
import { observedStageScores } from '@shared/observations/rollups'
import { useAnalysisRecords, type AnalysisRecords } from './analysisRecords'
import { expectationsLookup } from './analysisWorker/expectations'
import { useAnswer, useDataStamps } from './analysisWorker/useAnswer'

export { useAnalysisRecords, type AnalysisRecords }

/** Everything computed for one period: scorecards, findings, charts' data. */
export interface TeamAnalysis {
  records: AnalysisRecords
  range: PeriodRange
  today: string
  currency: string
  expectationsFor(repId: string): ExpectationSet | undefined
  diagnosis: TeamDiagnosisResult
  /** What the rep trend asks the worker with: the analysis' data state and stage scores. */
  basis: { stamps: string; stageScores: ObservedStageScore[] }
  /** The dashboard's team-wide views; the rep page does without them. */
  views?: TeamViews
}

export interface TeamViews {
  quadrant: QuadrantChart
  pairings: PairingSuggestion[]
  recognition: RecognitionBalance[]
  trend: TrendPoint[]
}

/**
 * The analysis for a period. The diagnosis runs in the analysis worker (db/analysisWorker),
 * over the CRM history only it holds; the page sends the observed stage scores (final
 * observations up to the period's end: the skill findings) and adds what needs the manager's
 * own records (the recognition balance). While the data changes (an edit), the last analysis
 * stays on screen until the new one is ready; a new period shows "loading" instead.
 */
export function useTeamAnalysis(
  range: PeriodRange,
  today: string,
  options: { teamViews: boolean; enabled?: boolean }
): TeamAnalysis | undefined {
  const enabled = options.enabled ?? true
  const records = useAnalysisRecords(enabled)
  const stamps = useDataStamps(enabled)
  const { teamViews } = options
  const stageScores = useMemo(
    () =>
      records &&
      observedStageScores(records.observations, records.checklistTemplates, {
        start: '0001-01-01',
        end: range.end
      }),
    [records, range.end]
  )
  const answer = useAnswer(
    stageScores && { kind: 'team', range, today, teamViews, stageScores },
    stamps
  )
  return useMemo(() => {
    if (!records || !answer || !stageScores || stamps === undefined) return undefined
    const { diagnosis } = answer
    const analysis: TeamAnalysis = {
      records,
      range,
      today,
      currency: records.settings?.currency ?? 'USD',
      expectationsFor: expectationsLookup(records),
      diagnosis,
      basis: { stamps, stageScores }
    }
    if (!answer.views) return analysis
    const recognition = recognitionBalance({
      repIds: records.reps.map((r) => r.id),
      range,
      recognitions: records.recognitions,
      observations: records.observations,
      plans: records.plans,
      diagnoses: diagnosis.byRep
    })
    return { ...analysis, views: { ...answer.views, recognition } }
    // The range is a fresh object per render: the answer was asked for it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [records, answer, stageScores])
}
