import { useMemo } from 'react'
import {
  lastPeriods,
  repMetrics,
  scorecard,
  type PeriodRange,
  type Scorecard
} from '@shared/metrics'
import type { TeamAnalysis } from '../../ui/useTeamAnalysis'

/** How many periods the rep's trend covers (the chosen one and those before it). */
export const REP_TREND_PERIODS = 6

/** The rep's scorecard for the chosen period and the ones before it, oldest first. */
export function useRepTrend(analysis: TeamAnalysis | undefined, repId: string): Scorecard[] {
  return useMemo(() => {
    if (!analysis) return []
    const records = analysis.index.byRep.get(repId)
    if (!records) return []
    const set = analysis.expectationsFor(repId)
    return lastPeriods(analysis.range.period, analysis.range.start, REP_TREND_PERIODS).map(
      (range: PeriodRange) =>
        scorecard(
          records.rep,
          set,
          repMetrics(analysis.index, repId, range, { expectations: set }),
          analysis.index.today
        )
    )
  }, [analysis, repId])
}
