import type {
  ChecklistCriterion,
  ChecklistTemplate,
  IdGenerator,
  ObservationKind,
  Timestamp
} from '../domain'
import { composedCriteria, POST_CALL_FOLLOW_THROUGH, PRE_CALL_PLANNING } from './checklistStages'
import { DEFAULT_STAGE_KEYS, type DefaultStageKey } from './salesProcess'

/** Template keys of the default checklists; a key stays the same across versions. */
export const CHECKLIST_TEMPLATE_KEYS = {
  rideAlongDiscover: 'ride-along-discover',
  rideAlongPropose: 'ride-along-propose',
  callReviewQualify: 'call-review-qualify',
  rolePlayPropose: 'role-play-propose'
} as const

type TemplateDefinition = Pick<ChecklistTemplate, 'templateKey' | 'kind' | 'stageKey' | 'name'> & {
  criteria: readonly ChecklistCriterion[]
}

const c = (
  key: string,
  label: string,
  type: ChecklistCriterion['type'],
  weight: number,
  guidance: string,
  must = false
): ChecklistCriterion => ({ key, label, type, weight, guidance, must })

// Planning before and follow-through after are scored in every field checklist.
const PRE_CALL_PLAN = PRE_CALL_PLANNING[0]!
const FOLLOW_THROUGH = POST_CALL_FOLLOW_THROUGH[1]!

const TEMPLATES: readonly TemplateDefinition[] = [
  {
    templateKey: CHECKLIST_TEMPLATE_KEYS.rideAlongDiscover,
    kind: 'rideAlong',
    stageKey: 'discover',
    name: 'Ride-along: discovery meeting',
    criteria: [
      c(
        'pre-call-plan',
        'Had a pre-call plan with an objective and a desired next step',
        'yesNo',
        3,
        'Ask to see it before the meeting, not after.',
        true
      ),
      c('agenda', 'Opened with an agenda and a time check the customer agreed to', 'yesNo', 1, ''),
      c(
        'open-questions',
        'Asked open questions about the business problem before presenting anything',
        'scale4',
        3,
        '4 = no product talk until the problem was clear; 1 = pitched in the first five minutes.'
      ),
      c(
        'impact',
        'Quantified the impact of the problem (cost, time, risk)',
        'scale4',
        2,
        'The customer said the number, or agreed to it.'
      ),
      c(
        'listening',
        'Let the customer do most of the talking',
        'scale4',
        2,
        '4 = customer spoke about two thirds of the time.'
      ),
      c(
        'decision-process',
        'Learned who else is involved in the decision and how they decide',
        'yesNo',
        2,
        ''
      ),
      c(
        'next-step',
        'Asked for a specific next step with a date and an owner',
        'yesNo',
        3,
        '"Let\'s stay in touch" is not a next step.',
        true
      ),
      FOLLOW_THROUGH,
      c(
        'customer-priorities',
        'What the customer said about their priorities',
        'text',
        0,
        'In their words.'
      )
    ]
  },
  {
    templateKey: CHECKLIST_TEMPLATE_KEYS.rideAlongPropose,
    kind: 'rideAlong',
    stageKey: 'propose',
    name: 'Ride-along: proposal meeting',
    criteria: [
      PRE_CALL_PLAN,
      c(
        'recap-pain',
        "Recapped the problem and its impact in the customer's words before the proposal",
        'scale4',
        3,
        ''
      ),
      c(
        'tailored',
        'Tied each part of the proposal to a need the customer stated',
        'scale4',
        3,
        'No generic feature tour.'
      ),
      c(
        'price-confidence',
        'Presented the price plainly, without discounting unprompted',
        'yesNo',
        2,
        ''
      ),
      c('objections', 'Answered objections by asking a question first', 'scale4', 2, ''),
      c(
        'decision-criteria',
        'Confirmed decision criteria, timeline and the paper process',
        'yesNo',
        2,
        ''
      ),
      c(
        'ask',
        'Asked for the decision or a dated next step',
        'yesNo',
        3,
        'The ask is a question, followed by silence.',
        true
      ),
      FOLLOW_THROUGH,
      c('observations', 'What happened when the price came up', 'text', 0, '')
    ]
  },
  {
    templateKey: CHECKLIST_TEMPLATE_KEYS.callReviewQualify,
    kind: 'callReview',
    stageKey: 'qualify',
    name: 'Call review: qualification call',
    criteria: [
      PRE_CALL_PLAN,
      c('budget', 'Confirmed the budget or how the purchase will be funded', 'yesNo', 2, ''),
      c('authority', 'Identified the economic buyer and a way to meet them', 'yesNo', 3, '', true),
      c('need', 'Confirmed a need strong enough to act on this quarter', 'scale4', 2, ''),
      c('timeline', 'Established the timeline and the event driving it', 'yesNo', 2, ''),
      c(
        'hard-question',
        'Asked the hard question, ready to disqualify',
        'scale4',
        1,
        '4 = asked "what happens if you do nothing?" and waited.'
      ),
      c('next-step', 'Agreed a dated next step on the call', 'yesNo', 3, '', true),
      FOLLOW_THROUGH,
      c(
        'moments',
        'Moments to replay (time and what happened)',
        'text',
        0,
        'Use the call timestamps.'
      )
    ]
  },
  {
    templateKey: CHECKLIST_TEMPLATE_KEYS.rolePlayPropose,
    kind: 'rolePlay',
    stageKey: 'propose',
    name: 'Role-play: objections at the proposal',
    criteria: [
      c('acknowledge', 'Acknowledged the objection without getting defensive', 'scale4', 2, ''),
      c('clarify', 'Asked a question to find the real objection', 'scale4', 3, ''),
      c('value', 'Reconnected the price to the value the customer quantified', 'scale4', 3, ''),
      c('trade', 'Traded rather than gave: any concession got something back', 'yesNo', 2, ''),
      c('ask', 'Asked for the decision or a next step', 'yesNo', 2, '', true),
      c('coach-notes', 'Coach notes', 'text', 0, '')
    ]
  }
]

const KIND_SLUG: Record<ObservationKind, string> = {
  rideAlong: 'ride-along',
  callReview: 'call-review',
  rolePlay: 'role-play'
}
const KIND_NAME: Record<ObservationKind, string> = {
  rideAlong: 'Ride-along',
  callReview: 'Call review',
  rolePlay: 'Role-play'
}
const STAGE_CONVERSATION: Record<DefaultStageKey, string> = {
  prospect: 'first contact',
  discover: 'discovery meeting',
  qualify: 'qualification meeting',
  propose: 'proposal meeting',
  negotiate: 'negotiation',
  close: 'closing meeting'
}

/** The key of the built-in template for a kind and stage (the same key across versions). */
export const checklistTemplateKey = (kind: ObservationKind, stageKey: string): string =>
  `${KIND_SLUG[kind]}-${stageKey}`

/** Every kind at every default stage has a checklist: hand-written ones first, then composed. */
function allDefinitions(): TemplateDefinition[] {
  const written = new Set(TEMPLATES.map((t) => t.templateKey))
  const composed: TemplateDefinition[] = []
  for (const kind of ['rideAlong', 'callReview', 'rolePlay'] as const) {
    for (const stage of DEFAULT_STAGE_KEYS) {
      const templateKey = checklistTemplateKey(kind, stage)
      if (written.has(templateKey)) continue
      composed.push({
        templateKey,
        kind,
        stageKey: stage,
        name: `${KIND_NAME[kind]}: ${STAGE_CONVERSATION[stage]}`,
        criteria: composedCriteria(kind, stage)
      })
    }
  }
  return [...TEMPLATES, ...composed]
}

/**
 * The default checklist templates, version 1 each: one per kind (ride-along, call review,
 * role-play) and default stage. Pure: ids and time are passed in.
 */
export function createDefaultChecklistTemplates(
  newId: IdGenerator,
  now: Timestamp
): ChecklistTemplate[] {
  return allDefinitions().map((t) => ({
    id: newId(),
    createdAt: now,
    updatedAt: now,
    templateKey: t.templateKey,
    version: 1,
    kind: t.kind,
    stageKey: t.stageKey,
    name: t.name,
    criteria: t.criteria.map((criterion) => ({ ...criterion })),
    retired: false
  }))
}
