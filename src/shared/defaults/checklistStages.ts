import type { ChecklistCriterion, ObservationKind } from '../domain'
import type { DefaultStageKey } from './salesProcess'

/**
 * Building blocks of the built-in checklists that are not hand-written in
 * checklistTemplates.ts: what good looks like at each stage, plus the planning before and the
 * follow-through after a customer conversation, which every stage shares.
 */

export const criterion = (
  key: string,
  label: string,
  type: ChecklistCriterion['type'],
  weight: number,
  guidance: string,
  must = false
): ChecklistCriterion => ({ key, label, type, weight, guidance, must })

const c = criterion

/** Before the meeting or call: the plan the manager asks to see first. */
export const PRE_CALL_PLANNING: readonly ChecklistCriterion[] = [
  c(
    'pre-call-plan',
    'Had a pre-call plan with an objective and a desired next step',
    'yesNo',
    3,
    'Ask to see it before the meeting, not after.',
    true
  ),
  c(
    'research',
    'Researched the account and the people before the meeting',
    'scale4',
    1,
    '4 = knew their recent news, org chart and CRM history; 1 = walked in cold.'
  )
]

/** After the meeting or call: what keeps the deal moving and the forecast honest. */
export const POST_CALL_FOLLOW_THROUGH: readonly ChecklistCriterion[] = [
  c(
    'next-step',
    'Asked for a specific next step with a date and an owner',
    'yesNo',
    3,
    '"Let\'s stay in touch" is not a next step.',
    true
  ),
  c(
    'follow-through',
    'Sent the recap and updated the CRM (stage, next step, close date) within a day',
    'yesNo',
    2,
    'Check the CRM the next morning.'
  )
]

/** What good looks like in the conversation itself, per default stage. */
export const STAGE_CORE: Record<DefaultStageKey, readonly ChecklistCriterion[]> = {
  prospect: [
    c(
      'reason-for-call',
      'Gave a one-sentence reason for the call that matters to this buyer',
      'scale4',
      3,
      '4 = tied to something specific about their business; 1 = a product pitch.'
    ),
    c('permission', 'Asked permission and checked the time before going on', 'yesNo', 1, ''),
    c(
      'qualifying-question',
      'Asked at least one question about the problem before offering a meeting',
      'scale4',
      2,
      ''
    ),
    c(
      'handled-brush-off',
      'Handled the first brush-off with a question instead of giving up',
      'scale4',
      2,
      '"Send me an email" is a brush-off, not a no.'
    )
  ],
  discover: [
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
    )
  ],
  qualify: [
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
    )
  ],
  propose: [
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
    c('objections', 'Answered objections by asking a question first', 'scale4', 2, '')
  ],
  negotiate: [
    c(
      'open-points',
      'Listed every open commercial and legal point, each with an owner',
      'yesNo',
      2,
      ''
    ),
    c(
      'trade',
      'Traded rather than gave: every concession got something back',
      'scale4',
      3,
      '4 = term, volume, a reference or a date for every concession; 1 = discounted to be liked.'
    ),
    c(
      'walk-away',
      'Knew the walk-away point and held it',
      'scale4',
      2,
      'Ask the rep before the meeting what they will not give.'
    ),
    c('signer', 'Confirmed the signer and the signing date', 'yesNo', 3, '', true)
  ],
  close: [
    c(
      'contract-with-signer',
      'Confirmed the contract is with the signer and nothing blocks it',
      'yesNo',
      3,
      '',
      true
    ),
    c(
      'no-late-discount',
      'Held the agreed terms: no last-minute discount to get it signed',
      'yesNo',
      2,
      ''
    ),
    c('kick-off', 'Agreed a kick-off date with delivery', 'yesNo', 2, ''),
    c(
      'expansion',
      'Asked about the next need or a referral',
      'scale4',
      1,
      '4 = a named next project or person.'
    )
  ]
}

const NOTES: Record<ObservationKind, ChecklistCriterion> = {
  rideAlong: c(
    'notes',
    'What the customer said about their priorities',
    'text',
    0,
    'In their words.'
  ),
  callReview: c(
    'moments',
    'Moments to replay (time and what happened)',
    'text',
    0,
    'Use the call timestamps.'
  ),
  rolePlay: c('coach-notes', 'Coach notes', 'text', 0, '')
}

/**
 * A checklist for a kind and stage: in the field (ride-along, call review) the conversation is
 * framed by its planning and its follow-through; a role-play is practice, so only the
 * conversation and the ask are scored.
 */
export function composedCriteria(
  kind: ObservationKind,
  stage: DefaultStageKey
): ChecklistCriterion[] {
  const core = STAGE_CORE[stage]
  const criteria =
    kind === 'rolePlay'
      ? [...core, c('ask', 'Asked for the decision or a dated next step', 'yesNo', 2, '', true)]
      : [...PRE_CALL_PLANNING, ...core, ...POST_CALL_FOLLOW_THROUGH]
  return [...criteria, NOTES[kind]].map((x) => ({ ...x }))
}
