import type {
  Activity,
  ActivityType,
  CalendarDate,
  ManualMeasure,
  MetricKey,
  Opportunity,
  OpportunitySnapshot,
  Rep,
  SalesProcess
} from '../domain'
import type { DateRange } from './dates'
import type { DataSources } from './sources'

/**
 * How a number reads. Shares (win rate, hygiene, conversion, attainment, observation score)
 * are percent 0-100, like the default expectation targets; money is integer minor units.
 */
export type MetricUnit = 'money' | 'percent' | 'count' | 'days' | 'ratio' | 'score'

/** One input behind a number, shown next to it so a manager can redo the sum by hand. */
export interface MetricInput {
  label: string
  value: number
  unit: MetricUnit
}

/** One metric for one rep and one date range, with what it was computed from. */
export interface MetricValue {
  metric: MetricKey
  /** Undefined when it cannot be computed (nothing to divide by, no measure entered). */
  value: number | undefined
  unit: MetricUnit
  /** For ratios and shares: the two counts or sums the value divides. */
  numerator?: number
  denominator?: number
  /** Everything the value is made of, labelled in the manager's words. */
  inputs: MetricInput[]
  /** One line: the formula with this rep's numbers, e.g. "4 won ÷ 20 closed = 20%". */
  formula: string
  currency?: string
  /** Set when no imported file carries this metric's source: what to import to get it. */
  noData?: string
}

/** Conversion and velocity out of one sales-process stage, from the deals' dated history. */
export interface StageConversion {
  stageKey: string
  stageName: string
  order: number
  /** Deals that left the stage inside the range (moved on, won, or lost there). */
  exited: number
  /** Of those, the ones that moved on to a later stage or were won. */
  advanced: number
  /** advanced / exited × 100; undefined when nothing left the stage. */
  conversionPercent: number | undefined
  /** Median whole days spent in the stage by the deals that moved on from it in the range. */
  medianDaysInStage: number | undefined
  /** Deals sitting in the stage on the range's last day (as far as today). */
  openInStage: number
}

/** A stage score from observations (ride-alongs, call reviews, role-plays): 0..1 average. */
export interface ObservedStageScore {
  repId: string
  stageKey: string
  /** Weighted checklist score, 0..1. */
  average: number
  /** How many observations the average is made of. */
  count: number
}

/** Every metric for one rep over one range, plus the breakdowns behind some of them. */
export interface RepMetrics {
  repId: string
  range: DateRange
  /** The day "open" things (pipeline, hygiene) were looked at: min(range end, today). */
  asOf: CalendarDate
  currency: string
  values: Record<MetricKey, MetricValue>
  activitiesByType: Record<ActivityType, number>
  stages: StageConversion[]
  observedStages: ObservedStageScore[]
  /** Average daily ramp factor over the days the rep worked in the range (1 = full target). */
  rampFactor: number
  /** Days of the range the rep was employed and that are not in the future. */
  activeDays: number
  /** Opportunities that moved to a later stage (or were won) inside the range. */
  advancingOpportunities: number
  /** Opportunities that entered a proposal-like stage in the range without passing the one before. */
  proposalsWithoutQualification: number
  /** Open opportunities on `asOf` and how many of them have a hygiene issue. */
  hygiene: { open: number; withIssue: number; byKind: Record<string, number> }
}

/** What the metrics engine reads. Arrays are not changed. */
export interface MetricsInput {
  reps: readonly Rep[]
  opportunities: readonly Opportunity[]
  snapshots: readonly OpportunitySnapshot[]
  activities: readonly Activity[]
  manualMeasures: readonly ManualMeasure[]
  salesProcess?: SalesProcess
  observedStageScores?: readonly ObservedStageScore[]
  /** Workspace currency for money without a target currency. */
  currency: string
  /** Days without activity after which an open deal is stale (settings threshold). */
  staleOpportunityDays: number
  /** The clock: nothing after this day has happened yet. */
  today: CalendarDate
  /** Which sources the workspace's imports carry (absent: all of them). */
  sources?: DataSources
}
