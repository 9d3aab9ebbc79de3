/**
 * Diagnosis: for each rep and period, findings with the rule, the numbers, a severity and a
 * suggested coaching action; the team-level market check; and the dashboard's team views.
 */
export * from './types'
export { DEFAULT_DIAGNOSIS_THRESHOLDS, diagnosisThresholds } from './thresholds'
export {
  diagnoseRep,
  diagnoseRepContext,
  diagnoseTeam,
  sortFindings,
  type DiagnosisInput,
  type TeamDiagnosisResult
} from './diagnose'
export {
  compareWithTeam,
  nextStepRate,
  advancesPer10Meetings,
  type RepContext,
  type TeamComparison
} from './context'
export {
  closedWonIn,
  earlierRange,
  marketCheck,
  HISTORY_DAYS,
  MIN_HISTORY_DAYS,
  MIN_ELAPSED_SHARE,
  type MarketCheck,
  type RepShift
} from './market'
export {
  PROCESS_SCORE_FORMULA,
  processParts,
  resultsProcessQuadrant,
  type Quadrant,
  type QuadrantChart,
  type QuadrantPoint
} from './views/quadrant'
export { pairingSuggestions, type PairingSuggestion } from './views/pairing'
export {
  RECOGNITION_GUIDE,
  RECOGNITION_RATIO_FORMULA,
  recognitionBalance,
  type RecognitionBalance,
  type RecognitionInput
} from './views/recognition'
export { CONTRIBUTION_FORMULA, repContribution, type RepContribution } from './views/contribution'
export { teamTrend, type TrendPoint } from './views/trend'
