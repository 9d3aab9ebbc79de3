import type { DevelopmentLevel } from '../domain'
import { formatPercentValue, share, type RepMetrics } from '../metrics'
import {
  developmentLevel,
  styleFor,
  type Commitment,
  type Competence,
  type LeadershipStyle
} from './levels'

/** A level suggested from data. The manager confirms or changes it; the app never decides. */
export interface DevelopmentSuggestion {
  repId: string
  /** The skill, named after the sales-process stage ("Propose"). */
  skill: string
  stageKey: string
  competence: Competence
  commitment: Commitment
  level: DevelopmentLevel
  style: LeadershipStyle
  /** Why, with the numbers: one line per signal used. */
  reasons: string[]
}

export interface SuggestionInput {
  /** The rep's metrics for the period in question. */
  current: RepMetrics
  /** The same rep's metrics for earlier periods (activity trend). */
  earlier: readonly RepMetrics[]
  /** The rest of the team's metrics for the same period (conversion comparison). */
  team: readonly RepMetrics[]
  /** Activities expected per week, when the role has an activity expectation. */
  activitiesPerWeekTarget?: number
  /** Fewest stage exits before a conversion is trusted (thresholds.minimumSample). */
  minimumSample: number
}

const COMPETENCE: readonly Competence[] = ['low', 'some', 'moderate', 'high']

/**
 * Competence at a stage from conversion against the rest of the team (rep ÷ team: ≥ 1 high,
 * ≥ 0.85 moderate, ≥ 0.6 some, else low) and from the observed checklist score (≥ 85% high,
 * ≥ 70% moderate, ≥ 50% some, else low); with both, the lower of the two.
 */
function competenceAt(
  input: SuggestionInput,
  stageKey: string
): { level?: Competence; reasons: string[] } {
  const reasons: string[] = []
  const levels: number[] = []
  const mine = input.current.stages.find((s) => s.stageKey === stageKey)
  let exited = 0
  let advanced = 0
  for (const m of input.team) {
    if (m.repId === input.current.repId) continue
    const s = m.stages.find((x) => x.stageKey === stageKey)
    exited += s?.exited ?? 0
    advanced += s?.advanced ?? 0
  }
  const team = share(advanced, exited)
  if (
    mine?.conversionPercent !== undefined &&
    team &&
    mine.exited >= input.minimumSample &&
    exited >= input.minimumSample
  ) {
    const ratio = mine.conversionPercent / team
    levels.push(ratio >= 1 ? 3 : ratio >= 0.85 ? 2 : ratio >= 0.6 ? 1 : 0)
    reasons.push(
      `Conversion at ${mine.stageName}: ${formatPercentValue(Math.round(mine.conversionPercent))} (${mine.advanced} of ${mine.exited}) against ${formatPercentValue(Math.round(team))} for the rest of the team.`
    )
  }
  const observed = input.current.observedStages.find((o) => o.stageKey === stageKey)
  if (observed && observed.count > 0) {
    const a = observed.average
    levels.push(a >= 0.85 ? 3 : a >= 0.7 ? 2 : a >= 0.5 ? 1 : 0)
    reasons.push(
      `Observed checklist score at this stage: ${formatPercentValue(Math.round(a * 100))} over ${observed.count} observations.`
    )
  }
  if (levels.length === 0) return { reasons }
  return { level: COMPETENCE[Math.min(...levels)], reasons }
}

/**
 * Commitment from activity: per active week this period against the rep's own earlier
 * periods and the expectation. At or above the expectation and not down more than 10% on
 * their usual → high; down more than 25% on their usual or under 75% of the expectation →
 * low; otherwise variable.
 */
export function commitmentFromActivity(input: SuggestionInput): {
  level: Commitment
  reason: string
} {
  const perWeek = (m: RepMetrics): number | undefined =>
    m.activeDays > 0 ? ((m.values.activities.value ?? 0) * 7) / m.activeDays : undefined
  const now = perWeek(input.current) ?? 0
  const before = input.earlier.map(perWeek).filter((v): v is number => v !== undefined)
  const usual = before.length ? before.reduce((a, b) => a + b, 0) / before.length : undefined
  const target = input.activitiesPerWeekTarget
  const trend = usual && usual > 0 ? now / usual : undefined
  const vsTarget = target && target > 0 ? now / target : undefined
  const low = (trend !== undefined && trend < 0.75) || (vsTarget !== undefined && vsTarget < 0.75)
  const high = (vsTarget === undefined || vsTarget >= 1) && (trend === undefined || trend >= 0.9)
  const level: Commitment = low ? 'low' : high ? 'high' : 'variable'
  const r = (n: number): string => String(Math.round(n * 10) / 10)
  return {
    level,
    reason: `Activity: ${r(now)} a week${usual !== undefined ? `, usual ${r(usual)}` : ''}${target ? `, expectation ${r(target)}` : ''}.`
  }
}

/** One suggestion per sales-process stage with enough data to judge competence. */
export function suggestDevelopmentLevels(input: SuggestionInput): DevelopmentSuggestion[] {
  const commitment = commitmentFromActivity(input)
  const out: DevelopmentSuggestion[] = []
  for (const stage of input.current.stages) {
    const competence = competenceAt(input, stage.stageKey)
    if (!competence.level) continue
    const level = developmentLevel(competence.level, commitment.level)
    out.push({
      repId: input.current.repId,
      skill: stage.stageName,
      stageKey: stage.stageKey,
      competence: competence.level,
      commitment: commitment.level,
      level,
      style: styleFor(level),
      reasons: [...competence.reasons, commitment.reason]
    })
  }
  return out
}
