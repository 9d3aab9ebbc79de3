/**
 * The metrics engine: pure functions over opportunities, their dated snapshots, activities and
 * manual measures, for any rep and date range. Index the workspace once (indexMetricsData),
 * then ask for any rep and range. Every value carries its inputs and a formula line.
 */
export * from './dates'
export * from './periods'
export * from './dataPeriods'
export * from './sources'
export * from './types'
export { quarterlyRevenueTarget, repHeadline, type RepHeadline } from './headline'
export { rampFactor } from './ramp'
export {
  activitiesIn,
  closedWonIn,
  indexMetricsData,
  lastActivityOn,
  withObservedStageScores,
  type MetricsIndex,
  type RepRecords
} from './dataIndex'
export { repMetrics, teamMetrics, type RepMetricsOptions } from './compute'
export {
  openDealsOn,
  openPipelineOn,
  DEAL_HYGIENE_KINDS,
  type DealHygieneKind,
  type OpenDeal
} from './openDeals'
export { proposalStageOrder } from './stages'
export {
  activeRange,
  dimensionTarget,
  findOverride,
  rampFactorOver,
  revenueDimension,
  RAMPED_METRICS,
  SUMMED_METRICS,
  type DimensionTarget
} from './targets'
export {
  scorecard,
  scorecardTrend,
  standingOn,
  type Scorecard,
  type Standing,
  type StandingStatus
} from './standing'
export {
  count as formatCount,
  median,
  money as formatMoneyMinor,
  percent as formatPercentValue,
  share
} from './text'
