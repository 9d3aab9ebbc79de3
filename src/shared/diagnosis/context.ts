import type { ExpectationSet, MetricKey, Rep } from '../domain'
import {
  median,
  scorecard,
  type MetricsIndex,
  type RepMetrics,
  type Scorecard,
  type Standing
} from '../metrics'
import type { DiagnosisThresholds, Finding } from './types'

/** Pooled numbers of everyone else on the team, to compare one rep against. */
export interface TeamComparison {
  /** Per stage order: exits and advances of the other reps, pooled. */
  stageExited: number[]
  stageAdvanced: number[]
  /** Per stage order: the other reps' median days in stage (median of their medians). */
  stageMedianDays: (number | undefined)[]
  /** Median over the other reps with meetings: meetings per active week. */
  meetingsPerWeek: number | undefined
  /** Median over the other reps with at least one meeting: % of meetings with an agreed next step. */
  nextStepRate: number | undefined
  /** Median over the other reps with meetings: advancing deals per 10 meetings. */
  advancesPer10Meetings: number | undefined
  /** Per stage key: the other reps' observed average (0..1), weighted by count, and the count. */
  observed: Map<string, { average: number; count: number }>
}

/** What every rule gets for one rep. */
export interface RepContext {
  rep: Rep
  card: Scorecard
  metrics: RepMetrics
  team: TeamComparison
  thresholds: DiagnosisThresholds
  /** The rep's ramp factor over the range is below 1. */
  ramping: boolean
  /** A team-level market shift was found for the range. */
  marketShift?: Finding
  index: MetricsIndex
}

export const standingFor = (card: Scorecard, metric: MetricKey): Standing | undefined =>
  card.standings.find((s) => s.dimension.metric === metric && s.status !== 'noData')

export const activeWeeks = (m: RepMetrics): number => m.activeDays / 7

/** Meetings with an agreed next step as % of meetings, or undefined without meetings. */
export function nextStepRate(m: RepMetrics): number | undefined {
  const v = m.values.meetingsWithNextStep
  return v.denominator ? ((v.numerator ?? 0) / v.denominator) * 100 : undefined
}

export function advancesPer10Meetings(m: RepMetrics): number | undefined {
  const meetings = m.activitiesByType.meeting
  return meetings > 0 ? (m.advancingOpportunities / meetings) * 10 : undefined
}

function defined(values: (number | undefined)[]): number[] {
  return values.filter((v): v is number => v !== undefined && Number.isFinite(v))
}

/** The rest of the team, without `repId`. */
export function compareWithTeam(all: readonly RepMetrics[], repId: string): TeamComparison {
  const others = all.filter((m) => m.repId !== repId)
  const stages = all[0]?.stages.length ?? 0
  const stageExited = Array.from({ length: stages }, () => 0)
  const stageAdvanced = Array.from({ length: stages }, () => 0)
  const days: number[][] = Array.from({ length: stages }, () => [])
  const observed = new Map<string, { sum: number; count: number }>()
  for (const m of others) {
    for (const s of m.stages) {
      stageExited[s.order] = (stageExited[s.order] ?? 0) + s.exited
      stageAdvanced[s.order] = (stageAdvanced[s.order] ?? 0) + s.advanced
      if (s.medianDaysInStage !== undefined) days[s.order]?.push(s.medianDaysInStage)
    }
    for (const o of m.observedStages) {
      const acc = observed.get(o.stageKey) ?? { sum: 0, count: 0 }
      acc.sum += o.average * o.count
      acc.count += o.count
      observed.set(o.stageKey, acc)
    }
  }
  const withMeetings = others.filter((m) => m.activitiesByType.meeting > 0 && m.activeDays > 0)
  return {
    stageExited,
    stageAdvanced,
    stageMedianDays: days.map((d) => median(d)),
    meetingsPerWeek: median(withMeetings.map((m) => m.activitiesByType.meeting / activeWeeks(m))),
    nextStepRate: median(defined(withMeetings.map(nextStepRate))),
    advancesPer10Meetings: median(defined(withMeetings.map(advancesPer10Meetings))),
    observed: new Map(
      [...observed].map(([k, v]) => [k, { average: v.count ? v.sum / v.count : 0, count: v.count }])
    )
  }
}

export function scorecards(
  index: MetricsIndex,
  metrics: readonly RepMetrics[],
  expectationsFor: (repId: string) => ExpectationSet | undefined
): Scorecard[] {
  return metrics.map((m) => {
    const rep = index.byRep.get(m.repId)?.rep
    if (!rep) throw new Error(`No rep with id ${m.repId}`)
    return scorecard(rep, expectationsFor(m.repId), m, index.today)
  })
}
