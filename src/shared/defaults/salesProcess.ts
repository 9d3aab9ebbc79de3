import type { SalesProcess, SalesStage, Timestamp } from '../domain'

/** The stage keys of the default process, in order. Other code may rely on these keys. */
export const DEFAULT_STAGE_KEYS = [
  'prospect',
  'discover',
  'qualify',
  'propose',
  'negotiate',
  'close'
] as const
export type DefaultStageKey = (typeof DEFAULT_STAGE_KEYS)[number]

export const DEFAULT_WON_STAGE_NAMES = ['Closed Won', 'closedwon', 'Won'] as const
export const DEFAULT_LOST_STAGE_NAMES = ['Closed Lost', 'closedlost', 'Lost'] as const

type StageDefinition = Omit<SalesStage, 'order'> & { key: DefaultStageKey }

/**
 * The first CRM name of each stage is the one the demo workspace uses. Salesforce's default
 * "Qualification" is an early lead check that comes before "Needs Analysis", so it maps onto
 * discover; qualifying budget and authority happens at "Id. Decision Makers".
 */
const STAGES: readonly StageDefinition[] = [
  {
    key: 'prospect',
    name: 'Prospect',
    exitCriteria: [
      'The contact fits the ideal customer profile (industry, size, a problem we solve)',
      'A first meeting is booked with a named person, date and agenda'
    ],
    crmStageNames: ['Prospecting', 'appointmentscheduled', 'Appointment Scheduled']
  },
  {
    key: 'discover',
    name: 'Discover',
    exitCriteria: [
      'The customer has described a business problem in their own words',
      'The impact is quantified (cost, time or risk) and the customer agrees with the number',
      'We know who else is involved in the decision and how they decide',
      'A dated next step is agreed with the customer'
    ],
    crmStageNames: ['Needs Analysis', 'Qualification', 'Engaging']
  },
  {
    key: 'qualify',
    name: 'Qualify',
    exitCriteria: [
      'Budget is confirmed, or how the purchase will be funded is known',
      'The economic buyer is identified and has agreed to meet',
      'The customer has a timeline driven by a real event (renewal, launch, audit)'
    ],
    crmStageNames: [
      'Id. Decision Makers',
      'Value Proposition',
      'Perception Analysis',
      'qualifiedtobuy',
      'Qualified To Buy'
    ]
  },
  {
    key: 'propose',
    name: 'Propose',
    exitCriteria: [
      'The proposal ties each part of the solution to a need the customer stated',
      'The proposal was presented live to the decision maker, not just emailed',
      'The customer has confirmed the decision criteria and the paper process'
    ],
    crmStageNames: ['Proposal/Price Quote', 'presentationscheduled', 'Presentation Scheduled']
  },
  {
    key: 'negotiate',
    name: 'Negotiate',
    exitCriteria: [
      'Open commercial and legal points are listed and each has an owner',
      'Every concession we made got something back (term, volume, reference, date)',
      'The signer and the signing date are confirmed'
    ],
    crmStageNames: ['Negotiation/Review', 'decisionmakerboughtin', 'Decision Maker Bought-In']
  },
  {
    key: 'close',
    name: 'Close',
    exitCriteria: [
      'The contract or order form is with the signer',
      'A kick-off date with delivery is agreed'
    ],
    crmStageNames: ['Contract Sent', 'contractsent', 'Verbal Commit']
  }
]

/** A default B2B sales process. Pure: the id and timestamp are passed in. */
export function createDefaultSalesProcess(id: string, now: Timestamp): SalesProcess {
  return {
    id,
    createdAt: now,
    updatedAt: now,
    name: 'B2B sales process',
    stages: STAGES.map((stage, order) => ({
      key: stage.key,
      name: stage.name,
      order,
      exitCriteria: [...stage.exitCriteria],
      crmStageNames: [...stage.crmStageNames]
    })),
    wonStageNames: [...DEFAULT_WON_STAGE_NAMES],
    lostStageNames: [...DEFAULT_LOST_STAGE_NAMES]
  }
}
