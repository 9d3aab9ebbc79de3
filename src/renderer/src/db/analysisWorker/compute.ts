import type {
  Activity,
  ExpectationSet,
  ImportMapping,
  ManualMeasure,
  Opportunity,
  OpportunitySnapshot,
  Rep,
  Role,
  SalesProcess,
  WorkspaceSettings
} from '@shared/domain'
import {
  dataDays,
  dataSourcesOf,
  indexMetricsData,
  lastPeriods,
  repMetrics,
  scorecard,
  withObservedStageScores,
  type MetricsIndex,
  type Scorecard
} from '@shared/metrics'
import {
  diagnoseTeam,
  pairingSuggestions,
  resultsProcessQuadrant,
  teamTrend
} from '@shared/diagnosis'
import { expectationsLookup } from './expectations'
import type { AnalysisQuestion, DataCalendar, TeamAnswer } from './protocol'

/**
 * The analysis the worker runs (pure: records in, answers out). The CRM history and what
 * frames it; none of these tables holds private text.
 */
export interface CrmRecords {
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
  /** Saved column mappings: which columns the imports carried (no data is not a miss). */
  mappings: ImportMapping[]
}

/** How many periods the team trend shows, per kind of period. */
const TREND_LENGTH = { week: 12, month: 12, quarter: 6 } as const

/** The CRM index of each records read (one per day): every period and question reuses it. */
const crmIndexes = new WeakMap<CrmRecords, { today: string; index: MetricsIndex }>()

export function crmIndex(records: CrmRecords, today: string): MetricsIndex {
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

/** The days holding data, and the workspace's calendar. */
export function calendarAnswer(records: CrmRecords, today: string): DataCalendar {
  return {
    days: dataDays(records, today),
    calendar: {
      fiscalYearStartMonth: records.settings?.fiscalYearStartMonth ?? 1,
      weekStartsOn: records.settings?.weekStartsOn
    }
  }
}

/** A period's diagnosis; with `plain`, the same period's diagnosis already worked out. */
export function teamAnswer(
  records: CrmRecords,
  question: Extract<AnalysisQuestion, { kind: 'team' }>,
  plain?: TeamAnswer
): TeamAnswer {
  const { range, today, teamViews, stageScores } = question
  // Final observations up to the period's end feed the skill (stage) findings.
  const index = withObservedStageScores(crmIndex(records, today), stageScores)
  const expectationsFor = expectationsLookup(records)
  const diagnosis =
    plain?.diagnosis ??
    diagnoseTeam({ index, range, expectationsFor, thresholds: records.settings?.thresholds })
  if (!teamViews) return { diagnosis }
  const quadrant = resultsProcessQuadrant(diagnosis.scorecards)
  return {
    diagnosis,
    views: {
      quadrant,
      pairings: pairingSuggestions(quadrant, diagnosis.scorecards),
      trend: teamTrend(
        index,
        lastPeriods(range.period, range.start, TREND_LENGTH[range.period], range.calendar),
        expectationsFor,
        diagnosis.thresholds
      )
    }
  }
}

/** One rep's scorecard for each of the ranges, in their order. */
export function repTrendAnswer(
  records: CrmRecords,
  question: Extract<AnalysisQuestion, { kind: 'repTrend' }>
): Scorecard[] {
  const index = withObservedStageScores(crmIndex(records, question.today), question.stageScores)
  const repRecords = index.byRep.get(question.repId)
  if (!repRecords) return []
  const set = expectationsLookup(records)(question.repId)
  return question.ranges.map((range) =>
    scorecard(
      repRecords.rep,
      set,
      repMetrics(index, question.repId, range, { expectations: set }),
      index.today
    )
  )
}
