import { useMemo } from 'react'
import {
  lastPeriods,
  previousRange,
  repMetrics,
  scorecard,
  type PeriodRange,
  type Scorecard
} from '@shared/metrics'
import type { TeamAnalysis } from '../../db/useTeamAnalysis'

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

/** The rep's scorecard for the chosen period and the ones before it, oldest first. */
export function useRepTrend(analysis: TeamAnalysis | undefined, repId: string): Scorecard[] {
  return useMemo(() => {
    if (!analysis) return []
    const records = analysis.index.byRep.get(repId)
    if (!records) return []
    const set = analysis.expectationsFor(repId)
    return trendRanges(analysis.range).map((range: PeriodRange) =>
      scorecard(
        records.rep,
        set,
        repMetrics(analysis.index, repId, range, { expectations: set }),
        analysis.index.today
      )
    )
  }, [analysis, repId])
}
