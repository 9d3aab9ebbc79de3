import type { ChecklistTemplate, Observation } from '../domain'
import { OBSERVATION_STEPS, type ObservationStep } from './draft'
import { answerOf } from './scoring'
import { YES_NEEDS_CONTENT } from './yesNeeds'

/**
 * What each step of an observation needs before the manager moves on, as problems tied to a
 * field, so the screen can say it at the field (aria-invalid, aria-describedby) on that step
 * rather than in one paragraph at the end.
 */
export interface FieldProblem {
  /** The field's id on the step: 'repId', 'callReference', 'criterion-pre-call-plan'… */
  field: string
  message: string
}

export type CheckedObservation = Pick<
  Observation,
  | 'kind'
  | 'repId'
  | 'stageKey'
  | 'scores'
  | 'selfAssessment'
  | 'strength'
  | 'focus'
  | 'plan'
  | 'nextStepAgreed'
  | 'outcome'
  | 'scenarioId'
> & { callReference?: Observation['callReference'] }

export const criterionField = (key: string): string => `criterion-${key}`

/** The problems of one step; `template` is the checklist the observation is scored with. */
export function stepProblems(
  step: ObservationStep,
  o: CheckedObservation,
  template: Pick<ChecklistTemplate, 'criteria'> | undefined
): FieldProblem[] {
  const out: FieldProblem[] = []
  const need = (ok: boolean, field: string, message: string) => {
    if (!ok) out.push({ field, message })
  }
  switch (step) {
    case 'setup':
      need(!!o.repId, 'repId', 'Choose the rep.')
      need(!!o.stageKey, 'stageKey', 'Choose the stage.')
      if (o.stageKey && !template)
        out.push({
          field: 'stageKey',
          message: 'There is no checklist for this stage: add one in Settings → Checklists.'
        })
      if (o.kind === 'rolePlay') need(!!o.scenarioId, 'scenarioId', 'Choose a scenario.')
      if (o.kind === 'callReview')
        need(
          !!o.callReference?.reference.trim(),
          'callReference',
          'Name the call (a link or a file name).'
        )
      break
    case 'checklist':
      for (const c of template?.criteria ?? []) {
        const answer = answerOf(o, c.key)
        if (c.must && c.type !== 'text' && answer === undefined)
          out.push({ field: criterionField(c.key), message: 'Answer this must criterion.' })
        const needs = YES_NEEDS_CONTENT[c.key]
        if (answer === 'yes' && needs && !needs.has(o))
          out.push({ field: criterionField(c.key), message: needs.message })
      }
      break
    case 'outcome':
      if (o.plan?.desiredNextStep.trim())
        need(
          o.nextStepAgreed !== undefined,
          'nextStepAgreed',
          'Say whether the desired next step was agreed.'
        )
      if (o.nextStepAgreed === true)
        need(!!o.outcome.trim(), 'outcome', 'You answered Yes: write what was agreed.')
      break
    case 'selfAssessment':
      need(!!o.selfAssessment.trim(), 'selfAssessment', "Write down the rep's self-assessment.")
      break
    case 'feedback':
      need(!!o.strength.trim(), 'strength', 'Name one strength.')
      need(!!o.focus.trim(), 'focus', 'Name one focus.')
      break
  }
  return out
}

/** Every step's problems, in the order of the flow, each with the step it belongs to. */
export function allStepProblems(
  o: CheckedObservation,
  template: Pick<ChecklistTemplate, 'criteria'> | undefined
): (FieldProblem & { step: ObservationStep })[] {
  return OBSERVATION_STEPS[o.kind].flatMap((step) =>
    stepProblems(step, o, template).map((p) => ({ ...p, step }))
  )
}
