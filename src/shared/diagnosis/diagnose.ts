import type { ExpectationSet, Period, WorkspaceSettings } from '../domain'
import {
  teamMetrics,
  type CalendarOptions,
  type DateRange,
  type MetricsIndex,
  type Scorecard
} from '../metrics'
import { compareWithTeam, scorecards, type RepContext, type TeamComparison } from './context'
import { marketCheck, type MarketCheck } from './market'
import { activityGap } from './rules/activity'
import { crmHygiene } from './rules/hygiene'
import { activityWithoutProgress } from './rules/progress'
import { resultsGap } from './rules/results'
import { stageGaps } from './rules/stage'
import { diagnosisThresholds } from './thresholds'
import type { DiagnosisThresholds, Finding, RepDiagnosis, Severity } from './types'

export interface DiagnosisInput {
  index: MetricsIndex
  /** A period from periodRange/periodAt (its `period` lets the market check step back). */
  range: DateRange & { period?: Period; custom?: boolean; calendar?: CalendarOptions }
  /** The expectation set each rep is held to (their role's). */
  expectationsFor: (repId: string) => ExpectationSet | undefined
  /** WorkspaceSettings.thresholds; missing values take the documented defaults. */
  thresholds?: Partial<WorkspaceSettings['thresholds']>
}

/** Everything the dashboard and rep page need for one period, computed once. */
export interface TeamDiagnosisResult {
  range: DateRange
  thresholds: DiagnosisThresholds
  scorecards: Scorecard[]
  byRep: RepDiagnosis[]
  /** Team-level findings (a market shift). */
  team: Finding[]
  market: MarketCheck
  comparisons: Map<string, TeamComparison>
}

const ORDER: Record<Severity, number> = { act: 0, watch: 1, info: 2 }

/** Most urgent first, then in the order the rules run (results, will, skill, hygiene, quality). */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => ORDER[a.severity] - ORDER[b.severity])
}

/** The findings for one rep, given the context the team diagnosis built. */
export function diagnoseRepContext(ctx: RepContext): Finding[] {
  const findings: Finding[] = []
  const push = (f: Finding | undefined): void => {
    if (f) findings.push(f)
  }
  push(resultsGap(ctx))
  push(activityGap(ctx))
  findings.push(...stageGaps(ctx))
  push(crmHygiene(ctx))
  push(activityWithoutProgress(ctx))
  return sortFindings(findings)
}

/**
 * Every rep's metrics, standing and findings for one period, plus the team-level market check.
 * Reps are compared with the rest of the team, so the whole team is always computed.
 */
export function diagnoseTeam(input: DiagnosisInput): TeamDiagnosisResult {
  const { index, range } = input
  const thresholds = diagnosisThresholds(input.thresholds)
  const metrics = teamMetrics(index, range, input.expectationsFor)
  const cards = scorecards(index, metrics, input.expectationsFor)
  const market = marketCheck(index, range, thresholds)
  const comparisons = new Map<string, TeamComparison>()
  const byRep = cards.map((card) => {
    const records = index.byRep.get(card.repId)
    if (!records) throw new Error(`No rep with id ${card.repId}`)
    const team = compareWithTeam(metrics, card.repId)
    comparisons.set(card.repId, team)
    const ctx: RepContext = {
      rep: records.rep,
      card,
      metrics: card.metrics,
      team,
      thresholds,
      ramping: card.metrics.rampFactor < 1,
      marketShift: market.finding,
      index
    }
    return { repId: card.repId, range, findings: diagnoseRepContext(ctx) }
  })
  return {
    range,
    thresholds,
    scorecards: cards,
    byRep,
    team: market.finding ? [market.finding] : [],
    market,
    comparisons
  }
}

/** One rep's findings (the team is still computed: findings compare with it). */
export function diagnoseRep(input: DiagnosisInput, repId: string): RepDiagnosis | undefined {
  return diagnoseTeam(input).byRep.find((d) => d.repId === repId)
}
