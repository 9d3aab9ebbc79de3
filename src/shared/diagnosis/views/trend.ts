import type { ExpectationSet } from '../../domain'
import {
  activitiesIn,
  dimensionTarget,
  revenueDimension,
  type MetricsIndex,
  type PeriodRange
} from '../../metrics'
import { closedWonIn, marketCheck, type MarketCheck } from '../market'
import type { DiagnosisThresholds } from '../types'

export interface TrendPoint {
  range: PeriodRange
  closedWonMinor: number
  /** Σ of every rep's revenue target for the period (ramped, overridden, to date). */
  targetMinor: number
  /** closedWon ÷ target × 100. */
  attainment: number | undefined
  activities: number
  /** The market check for the period: `market.shift` marks the market signal. */
  market: MarketCheck
}

/** The team's results and activity per period, each marked when the market shifted. */
export function teamTrend(
  index: MetricsIndex,
  periods: readonly PeriodRange[],
  expectationsFor: (repId: string) => ExpectationSet | undefined,
  thresholds: DiagnosisThresholds
): TrendPoint[] {
  return periods.map((range) => {
    let won = 0
    let target = 0
    let activities = 0
    const upTo = { start: range.start, end: range.end < index.today ? range.end : index.today }
    for (const records of index.byRep.values()) {
      won += closedWonIn(records, upTo)
      if (upTo.start <= upTo.end) activities += activitiesIn(records, upTo).length
      const set = expectationsFor(records.rep.id)
      const dim = revenueDimension(set)
      if (dim) target += dimensionTarget(dim, set, records.rep, range, index.today).target
    }
    return {
      range,
      closedWonMinor: won,
      targetMinor: Math.round(target),
      attainment: target > 0 ? (won / target) * 100 : undefined,
      activities,
      market: marketCheck(index, range, thresholds)
    }
  })
}
