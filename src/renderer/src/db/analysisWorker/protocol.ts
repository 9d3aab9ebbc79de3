import { STAMPED_TABLES } from '../dataStamps'
import type {
  PairingSuggestion,
  QuadrantChart,
  TeamDiagnosisResult,
  TrendPoint
} from '@shared/diagnosis'
import type { CalendarOptions, ObservedStageScore, PeriodRange, Scorecard } from '@shared/metrics'

/** The tables the worker reads: the CRM history and what frames it. None holds private text. */
export const CRM_TABLES = STAMPED_TABLES

/**
 * What the page asks the analysis worker (issue 18, part 4). The worker holds the CRM history
 * (reps, deals, their snapshots, activities, manual measures) and the metrics index built from
 * it; the page holds what a manager wrote (observations, plans…) and sends only what the
 * analysis needs from it: the observed stage scores, numbers.
 */
export type AnalysisQuestion =
  | { kind: 'calendar'; today: string }
  | {
      kind: 'team'
      range: PeriodRange
      today: string
      /** The dashboard's team-wide charts too (the quadrant, pairings and the trend). */
      teamViews: boolean
      stageScores: ObservedStageScore[]
    }
  | {
      kind: 'repTrend'
      repId: string
      ranges: PeriodRange[]
      today: string
      stageScores: ObservedStageScore[]
    }

/** The days holding data and the workspace's calendar: what the period pickers need. */
export interface DataCalendar {
  days: string[]
  calendar: CalendarOptions
}

/** A period's diagnosis, and on the dashboard its team-wide charts. */
export interface TeamAnswer {
  diagnosis: TeamDiagnosisResult
  views?: { quadrant: QuadrantChart; pairings: PairingSuggestion[]; trend: TrendPoint[] }
}

export type AnswerTo<Q extends AnalysisQuestion> = Q extends { kind: 'calendar' }
  ? DataCalendar
  : Q extends { kind: 'team' }
    ? TeamAnswer
    : Scorecard[]

export interface AnalysisRequest {
  id: number
  question: AnalysisQuestion
}

export type AnalysisMessage =
  | { id: number; answer: DataCalendar | TeamAnswer | Scorecard[]; from: AnswerSource }
  | { id: number; error: string }

/** Where an answer came from: kept in the worker, stored in the database, or worked out. */
export type AnswerSource = 'memory' | 'stored' | 'computed'
