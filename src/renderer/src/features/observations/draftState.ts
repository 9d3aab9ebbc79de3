import type { ChecklistTemplate, Observation, ObservationKind } from '@shared/domain'
import {
  checklistFor,
  nextAttempt,
  OBSERVATION_STEPS,
  type ObservationStep
} from '@shared/observations'
import type { ObservationInput } from '../../db/observationRepository'

export type Draft = ObservationInput & { id: string }

export const EMPTY_PLAN = { whatToSay: '', whatToAskFor: '', desiredNextStep: '', repObjective: '' }

export function stepsOf(kind: ObservationKind): readonly ObservationStep[] {
  return OBSERVATION_STEPS[kind]
}

export function parseKind(value: string | null): ObservationKind {
  return value === 'callReview' || value === 'rolePlay' ? value : 'rideAlong'
}

/** A new observation from the link that opened the flow (rep page, scenario library…). */
export function newDraft(input: {
  id: string
  kind: ObservationKind
  repId: string
  stageKey: string
  scenarioId?: string
  date: string
}): Draft {
  return {
    id: input.id,
    kind: input.kind,
    repId: input.repId,
    stageKey: input.stageKey,
    date: input.date,
    status: 'draft',
    opportunityLabel: '',
    templateId: '',
    templateVersion: 1,
    plan: input.kind === 'rolePlay' ? undefined : { ...EMPTY_PLAN },
    scores: [],
    outcome: '',
    selfAssessment: '',
    strength: '',
    focus: '',
    notes: [],
    scenarioId: input.scenarioId,
    draftStep: 'setup'
  }
}

/**
 * Keeps the draft's checklist in step with its kind and stage: the latest version when the
 * flow starts or the stage changes. Scores made with another checklist are dropped, since
 * they answer different questions. A draft already on a checklist keeps its version.
 */
export function withChecklist(
  draft: Draft,
  templates: readonly ChecklistTemplate[],
  observations: readonly Observation[]
): Draft {
  const current = templates.find((t) => t.id === draft.templateId)
  let next = draft
  if (!current || current.kind !== draft.kind || current.stageKey !== draft.stageKey) {
    const template = draft.stageKey
      ? checklistFor(templates, draft.kind, draft.stageKey)
      : undefined
    next = {
      ...draft,
      templateId: template?.id ?? '',
      templateVersion: template?.version ?? 1,
      scores: []
    }
  }
  if (next.kind === 'rolePlay' && next.scenarioId && next.repId) {
    const others = observations.filter((o) => o.id !== next.id)
    const attempt = nextAttempt(others, next.repId, next.scenarioId)
    if (next.attempt !== attempt) next = { ...next, attempt }
  }
  return next
}

/** A draft can be stored once it says who, which stage and which checklist. */
export const storable = (d: Draft): boolean => !!d.repId && !!d.stageKey && !!d.templateId
