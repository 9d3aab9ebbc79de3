import { lastPeriods, previousRange, type PeriodRange, type Scorecard } from '@shared/metrics'
import type { TeamAnalysis } from '../../db/useTeamAnalysis'
import { useAnswer } from '../../db/analysisWorker/useAnswer'

const NONE: Scorecard[] = []

/** How many periods the rep's trend covers (the chosen one and those before it). */
export const REP_TREND_PERIODS = 6

/** The chosen range and the ones before it, oldest first (a typed range steps by its length). */
function trendRanges(range: PeriodRange): PeriodRange[] {
  if (!range.custom) {
    return lastPeriods(range.period, range.start, REP_TREND_PERIODS, range.calendar)
  }
  const ranges = [range]
  while (ranges.length < REP_TREND_PERIODS) ranges.unshift(previousRange(ranges[0] ?? range))
  return ranges
}

/**
 * The rep's scorecard for the chosen period and the ones before it, oldest first: the analysis
 * worker works them out from the CRM history it holds.
 */
export function useRepTrend(analysis: TeamAnalysis | undefined, repId: string): Scorecard[] {
  const question = analysis && {
    kind: 'repTrend' as const,
    repId,
    ranges: trendRanges(analysis.range),
    today: analysis.today,
    stageScores: analysis.basis.stageScores
  }
  return useAnswer(question, analysis?.basis.stamps) ?? NONE
}
