import type { ChecklistCriterion, ChecklistTemplate, Observation } from '../domain'

/**
 * How an observation is scored against its checklist.
 *
 * - yes/no: yes = 1, no = 0. A 1–4 scale is normalised to 0..1 ((value − 1) / 3), so a
 *   2 is 0.33 and a yes/no and a scale can share one weighted average.
 * - "Not applicable", unanswered criteria, text criteria and weight-0 criteria are left out
 *   of the average (they neither help nor hurt).
 * - A "must" criterion fails the observation whatever the score when it is not met: a "no",
 *   a 1 or 2 on a scale, or no answer at all. "Not applicable" never fails it.
 * - The template is the exact version the observation was scored with (version freezing):
 *   see `templateOf`.
 */

export const NOT_APPLICABLE = 'na'

export interface MustResult {
  criterion: ChecklistCriterion
  /** The answer given, or undefined when none was. */
  value: string | undefined
}

export interface ObservationScore {
  /** Weighted average 0..1 of the applicable scored criteria; undefined when none was scored. */
  score: number | undefined
  /** The same, as a whole percentage. */
  percent: number | undefined
  /** Must criteria that were not met (answered no / 1–2, or not answered). */
  failedMusts: MustResult[]
  /** False when a must criterion is not met, regardless of the score. */
  passed: boolean
  /** How many criteria counted towards the score. */
  scored: number
  notApplicable: number
  /** Scorable criteria (yes/no, scale) with no answer yet. */
  unanswered: number
}

/** One answer as 0..1, or undefined when it does not count (NA, blank, text, bad value). */
export function criterionValue(
  criterion: Pick<ChecklistCriterion, 'type'>,
  value: string | undefined
): number | undefined {
  if (value === undefined || value === NOT_APPLICABLE) return undefined
  if (criterion.type === 'yesNo') return value === 'yes' ? 1 : value === 'no' ? 0 : undefined
  if (criterion.type === 'scale4' && /^[1-4]$/.test(value)) return (Number(value) - 1) / 3
  return undefined
}

/** Whether a must criterion is met by this answer: yes, or 3–4 on a scale; NA counts as met. */
export function mustMet(criterion: Pick<ChecklistCriterion, 'type'>, value: string | undefined) {
  if (value === NOT_APPLICABLE) return true
  if (criterion.type === 'text') return (value ?? '').trim() !== ''
  const v = criterionValue(criterion, value)
  return v !== undefined && v >= 2 / 3
}

export function answerOf(observation: Pick<Observation, 'scores'>, key: string) {
  return observation.scores.find((s) => s.criterionKey === key)?.value
}

export function scoreObservation(
  observation: Pick<Observation, 'scores'>,
  template: Pick<ChecklistTemplate, 'criteria'>
): ObservationScore {
  let weighted = 0
  let weights = 0
  let scored = 0
  let notApplicable = 0
  let unanswered = 0
  const failedMusts: MustResult[] = []
  for (const criterion of template.criteria) {
    const value = answerOf(observation, criterion.key)
    if (criterion.must && !mustMet(criterion, value)) failedMusts.push({ criterion, value })
    if (criterion.type === 'text') continue
    if (value === NOT_APPLICABLE) {
      notApplicable++
      continue
    }
    const v = criterionValue(criterion, value)
    if (v === undefined) {
      unanswered++
      continue
    }
    if (criterion.weight === 0) continue
    weighted += v * criterion.weight
    weights += criterion.weight
    scored++
  }
  const score = weights === 0 ? undefined : weighted / weights
  return {
    score,
    percent: score === undefined ? undefined : Math.round(score * 100),
    failedMusts,
    passed: failedMusts.length === 0,
    scored,
    notApplicable,
    unanswered
  }
}

/**
 * The template version an observation was scored with: by its id, else by key and version
 * (a restored backup keeps both). Never the latest version: old scores stay comparable.
 */
export function templateOf(
  observation: Pick<Observation, 'templateId' | 'templateVersion'>,
  templates: readonly ChecklistTemplate[],
  templateKey?: string
): ChecklistTemplate | undefined {
  return (
    templates.find((t) => t.id === observation.templateId) ??
    (templateKey === undefined
      ? undefined
      : templates.find(
          (t) => t.templateKey === templateKey && t.version === observation.templateVersion
        ))
  )
}

/** Score an observation with its own (frozen) template version; undefined when it is missing. */
export function scoreWithOwnTemplate(
  observation: Pick<Observation, 'scores' | 'templateId' | 'templateVersion'>,
  templates: readonly ChecklistTemplate[]
): ObservationScore | undefined {
  const template = templateOf(observation, templates)
  return template ? scoreObservation(observation, template) : undefined
}

/** An answer as the rep reads it: "Yes", "3 of 4", "Not applicable", "Not scored". */
export function answerText(criterion: ChecklistCriterion, value: string | undefined): string {
  if (value === undefined || value.trim() === '') return 'Not scored'
  if (value === NOT_APPLICABLE) return 'Not applicable'
  if (criterion.type === 'yesNo') return value === 'yes' ? 'Yes' : value === 'no' ? 'No' : value
  if (criterion.type === 'scale4') return `${value} of 4`
  return value
}
