import type { ChecklistTemplate, Observation } from '../domain'
import { scoreWithOwnTemplate } from './scoring'

/** Inclusive calendar-date range (`yyyy-MM-dd`). */
export interface DateRange {
  start: string
  end: string
}

export interface StageScore {
  repId: string
  stageKey: string
  /** Mean of the observations' scores, 0..1. */
  average: number
  count: number
}

const inRange = (date: string, range: DateRange | undefined) =>
  !range || (date >= range.start && date <= range.end)

interface Scored {
  observation: Observation
  score: number
  passed: boolean
}

/**
 * Final observations in the range that have a score, each scored with its own template
 * version. Drafts never count: the manager has not finished them.
 */
export function scoredObservations(
  observations: readonly Observation[],
  templates: readonly ChecklistTemplate[],
  range?: DateRange
): Scored[] {
  return observations.flatMap((observation) => {
    if (observation.status !== 'final' || !inRange(observation.date, range)) return []
    const result = scoreWithOwnTemplate(observation, templates)
    if (result?.score === undefined) return []
    return [{ observation, score: result.score, passed: result.passed }]
  })
}

function average(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    const k = key(item)
    const group = groups.get(k)
    if (group) group.push(item)
    else groups.set(k, [item])
  }
  return groups
}

/**
 * Average observed score per rep per stage: what the diagnosis engine reads as evidence of a
 * skill gap at a stage. Sorted by rep, then stage key.
 */
export function observedStageScores(
  observations: readonly Observation[],
  templates: readonly ChecklistTemplate[],
  range?: DateRange
): StageScore[] {
  const groups = groupBy(
    scoredObservations(observations, templates, range),
    (s) => `${s.observation.repId}\u0000${s.observation.stageKey}`
  )
  return [...groups.values()]
    .map((group) => ({
      repId: group[0]!.observation.repId,
      stageKey: group[0]!.observation.stageKey,
      average: average(group.map((g) => g.score)),
      count: group.length
    }))
    .sort((a, b) => a.repId.localeCompare(b.repId) || a.stageKey.localeCompare(b.stageKey))
}

export interface StageScoreInMonth extends StageScore {
  /** `yyyy-MM` */
  month: string
  /** Observations in that month where a must criterion was not met. */
  failed: number
}

/** Scores per rep per stage per calendar month, oldest first: the trend chart's points. */
export function stageScoresByMonth(
  observations: readonly Observation[],
  templates: readonly ChecklistTemplate[],
  range?: DateRange
): StageScoreInMonth[] {
  const groups = groupBy(
    scoredObservations(observations, templates, range),
    (s) =>
      `${s.observation.repId}\u0000${s.observation.stageKey}\u0000${s.observation.date.slice(0, 7)}`
  )
  return [...groups.values()]
    .map((group) => ({
      repId: group[0]!.observation.repId,
      stageKey: group[0]!.observation.stageKey,
      month: group[0]!.observation.date.slice(0, 7),
      average: average(group.map((g) => g.score)),
      count: group.length,
      failed: group.filter((g) => !g.passed).length
    }))
    .sort((a, b) => a.month.localeCompare(b.month) || a.stageKey.localeCompare(b.stageKey))
}

export interface WeakestStage extends StageScore {
  /** How many stages of this rep had scored observations (the lowest of how many). */
  stagesObserved: number
  /** The rep's average over all scored observations, for comparison. */
  overall: number
}

/**
 * Per rep, the stage with the lowest average observed score. Ties go to the stage seen more
 * often (more evidence), then to the stage earlier in the process when an order is given.
 */
export function weakestStages(
  observations: readonly Observation[],
  templates: readonly ChecklistTemplate[],
  options: { range?: DateRange; stageOrder?: readonly string[] } = {}
): WeakestStage[] {
  const scored = scoredObservations(observations, templates, options.range)
  const overall = new Map(
    [...groupBy(scored, (s) => s.observation.repId)].map(([rep, g]) => [
      rep,
      average(g.map((x) => x.score))
    ])
  )
  const order = (key: string) => {
    const i = options.stageOrder?.indexOf(key) ?? -1
    return i === -1 ? Number.MAX_SAFE_INTEGER : i
  }
  const byRep = groupBy(observedStageScores(observations, templates, options.range), (s) => s.repId)
  return [...byRep.values()].map((stages) => {
    const weakest = [...stages].sort(
      (a, b) => a.average - b.average || b.count - a.count || order(a.stageKey) - order(b.stageKey)
    )[0]!
    return {
      ...weakest,
      stagesObserved: stages.length,
      overall: overall.get(weakest.repId) ?? weakest.average
    }
  })
}

export interface PlanOutcome {
  repId: string
  /** Final observations with a desired next step in the plan and a recorded outcome. */
  planned: number
  /** Of those, how many reached the desired next step. */
  reached: number
  /** reached / planned, 0..1; undefined when nothing was planned. */
  rate: number | undefined
}

/**
 * Plan-vs-outcome: how often the desired next step written in the pre-call plan was agreed.
 * Observations without a desired next step or without an answer are left out, not counted as
 * misses. Returns one row per rep, and the team as repId ''.
 */
export function planVsOutcome(
  observations: readonly Observation[],
  range?: DateRange
): PlanOutcome[] {
  const counted = observations.filter(
    (o) =>
      o.status === 'final' &&
      inRange(o.date, range) &&
      (o.plan?.desiredNextStep.trim() ?? '') !== '' &&
      o.nextStepAgreed !== undefined
  )
  const row = (repId: string, group: readonly Observation[]): PlanOutcome => {
    const reached = group.filter((o) => o.nextStepAgreed).length
    return {
      repId,
      planned: group.length,
      reached,
      rate: group.length === 0 ? undefined : reached / group.length
    }
  }
  const perRep = [...groupBy(counted, (o) => o.repId)].map(([rep, g]) => row(rep, g))
  return [...perRep.sort((a, b) => a.repId.localeCompare(b.repId)), row('', counted)]
}

export interface RolePlayAttempt {
  observationId: string
  date: string
  attempt: number
  score: number
  passed: boolean
  elapsedSeconds: number | undefined
}

export interface RolePlayTrend {
  repId: string
  scenarioId: string
  attempts: RolePlayAttempt[]
  /** Last attempt's score minus the first one's (0..1 points); undefined with one attempt. */
  change: number | undefined
}

/** Role-play attempts per rep and scenario, in order, with the change from first to last. */
export function rolePlayTrends(
  observations: readonly Observation[],
  templates: readonly ChecklistTemplate[]
): RolePlayTrend[] {
  const rolePlays = scoredObservations(
    observations.filter((o) => o.kind === 'rolePlay' && o.scenarioId !== undefined),
    templates
  )
  const groups = groupBy(
    rolePlays,
    (s) => `${s.observation.repId}\u0000${s.observation.scenarioId}`
  )
  return [...groups.values()].map((group) => {
    const attempts = group
      .map(({ observation: o, score, passed }) => ({
        observationId: o.id,
        date: o.date,
        attempt: o.attempt ?? 1,
        score,
        passed,
        elapsedSeconds: o.elapsedSeconds
      }))
      .sort((a, b) => a.attempt - b.attempt || a.date.localeCompare(b.date))
    return {
      repId: group[0]!.observation.repId,
      scenarioId: group[0]!.observation.scenarioId!,
      attempts,
      change:
        attempts.length < 2 ? undefined : attempts[attempts.length - 1]!.score - attempts[0]!.score
    }
  })
}

/** The attempt number for a rep's next run of a scenario (drafts included, so none repeats). */
export function nextAttempt(
  observations: readonly Pick<Observation, 'repId' | 'scenarioId' | 'attempt' | 'kind'>[],
  repId: string,
  scenarioId: string
): number {
  const previous = observations
    .filter((o) => o.kind === 'rolePlay' && o.repId === repId && o.scenarioId === scenarioId)
    .map((o) => o.attempt ?? 1)
  return previous.length === 0 ? 1 : Math.max(...previous) + 1
}
