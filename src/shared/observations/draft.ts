import type { ChecklistTemplate, Observation, ObservationKind } from '../domain'
import { answerOf } from './scoring'
import { YES_NEEDS_CONTENT } from './yesNeeds'

/** The steps of each flow, in order: the manager moves through them with Enter. */
export const OBSERVATION_STEPS = {
  rideAlong: ['setup', 'plan', 'checklist', 'outcome', 'selfAssessment', 'feedback'],
  callReview: ['setup', 'plan', 'notes', 'checklist', 'outcome', 'selfAssessment', 'feedback'],
  rolePlay: ['setup', 'practice', 'checklist', 'selfAssessment', 'feedback']
} as const satisfies Record<ObservationKind, readonly string[]>

export type ObservationStep = (typeof OBSERVATION_STEPS)[ObservationKind][number]

export const STEP_TITLES: Record<ObservationStep, string> = {
  setup: 'Who and what',
  plan: 'Pre-call plan',
  notes: 'Timestamped notes',
  practice: 'Scenario and timer',
  checklist: 'Checklist',
  outcome: 'Outcome against the plan',
  selfAssessment: "Rep's self-assessment",
  feedback: 'One strength, one focus'
}

export const KIND_LABELS: Record<ObservationKind, string> = {
  rideAlong: 'Ride-along',
  callReview: 'Call review',
  rolePlay: 'Role-play'
}

/** "mm:ss" or "h:mm:ss" → seconds; undefined when it is not a time on a recording. */
export function parseClock(text: string): number | undefined {
  const m = /^\s*(?:(\d+):)?(\d{1,3}):([0-5]\d)\s*$/.exec(text)
  if (!m) return undefined
  return Number(m[1] ?? 0) * 3600 + Number(m[2]) * 60 + Number(m[3])
}

/** Seconds → "mm:ss" (or "h:mm:ss" from an hour). */
export function formatClock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds))
  const h = Math.floor(s / 3600)
  const mm = String(Math.floor((s % 3600) / 60)).padStart(2, '0')
  const ss = String(s % 60).padStart(2, '0')
  return h > 0 ? `${h}:${mm}:${ss}` : `${mm}:${ss}`
}

/** Notes sorted by their time on the recording; notes without a readable time go last. */
export function sortNotes<T extends { at: string }>(notes: readonly T[]): T[] {
  const key = (n: T) => parseClock(n.at) ?? Number.MAX_SAFE_INTEGER
  return [...notes].sort((a, b) => key(a) - key(b))
}

/**
 * What still stops an observation from being saved as final. Drafts may be incomplete; a
 * saved observation must be one the rep can read and act on.
 */
export function finalProblems(
  observation: Pick<
    Observation,
    'kind' | 'scores' | 'selfAssessment' | 'strength' | 'focus' | 'plan' | 'nextStepAgreed'
  > & { callReference?: Observation['callReference']; outcome?: string },
  template: Pick<ChecklistTemplate, 'criteria'>
): string[] {
  const problems: string[] = []
  const unanswered = template.criteria.filter(
    (c) => c.must && c.type !== 'text' && answerOf(observation, c.key) === undefined
  )
  for (const c of unanswered) problems.push(`Answer the must criterion "${c.label}".`)
  for (const c of template.criteria) {
    const needs = YES_NEEDS_CONTENT[c.key]
    if (needs && answerOf(observation, c.key) === 'yes' && !needs.has(observation))
      problems.push(needs.message)
  }
  if (
    observation.kind !== 'rolePlay' &&
    (observation.plan?.desiredNextStep.trim() ?? '') !== '' &&
    observation.nextStepAgreed === undefined
  )
    problems.push('Say whether the desired next step was agreed.')
  if (observation.nextStepAgreed === true && !observation.outcome?.trim())
    problems.push('The desired next step was agreed: write what was agreed.')
  if (observation.kind === 'callReview' && !observation.callReference?.reference.trim())
    problems.push('Name the call (a link or a file name).')
  if (!observation.selfAssessment.trim()) problems.push("Write down the rep's self-assessment.")
  if (!observation.strength.trim()) problems.push('Name one strength.')
  if (!observation.focus.trim()) problems.push('Name one focus.')
  return problems
}
