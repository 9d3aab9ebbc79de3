import type { Rng } from './random'

/** Word lists for the demo's CRM records. Indexes of per-stage lists follow the stage order. */

const ACCOUNT_PREFIXES = [
  'Northwind',
  'Bluebird',
  'Harbor',
  'Summit',
  'Granite',
  'Cedar',
  'Lakeside',
  'Ironwood',
  'Pioneer',
  'Redwood',
  'Atlas',
  'Beacon',
  'Keystone',
  'Riverbend',
  'Silverline',
  'Meridian',
  'Oakridge',
  'Crescent',
  'Highland',
  'Bayview',
  'Evergreen',
  'Copperleaf',
  'Tristate',
  'Liberty'
]
const ACCOUNT_SUFFIXES = [
  'Logistics',
  'Health',
  'Foods',
  'Manufacturing',
  'Credit Union',
  'Analytics',
  'Energy',
  'Retail Group',
  'Labs',
  'Freight',
  'Insurance',
  'Hospitality',
  'Dental Partners',
  'Builders',
  'Software',
  'Property Management'
]
const PRODUCTS = [
  'Platform subscription',
  'Analytics add-on',
  'Expansion: 50 seats',
  'Renewal and upsell',
  'Pilot',
  'Enterprise licence',
  'Services package',
  'New department rollout',
  'Field team bundle'
]

export const accountName = (rng: Rng): string =>
  `${rng.pick(ACCOUNT_PREFIXES)} ${rng.pick(ACCOUNT_SUFFIXES)}`
export const dealName = (rng: Rng, account: string): string => `${account} – ${rng.pick(PRODUCTS)}`

const NEXT_STEPS: readonly (readonly string[])[] = [
  [
    'Discovery call booked with the head of operations',
    'Send case study, then book discovery',
    'Intro meeting with the IT lead'
  ],
  [
    'Second meeting with the finance lead',
    'Site visit to map the current process',
    'Share discovery summary and confirm the pain'
  ],
  [
    'Meet the economic buyer (CFO)',
    'Confirm budget and timeline with the sponsor',
    'Technical validation with IT'
  ],
  [
    'Proposal review meeting with the sponsor',
    'Send revised pricing to procurement',
    'Walk the sponsor through the business case'
  ],
  [
    'Redlines back from legal',
    'Procurement call on payment terms',
    'Final pricing approval from the CFO'
  ],
  [
    'Signature expected this week',
    'Order form with procurement',
    'Kick-off date agreed pending signature'
  ]
]
export const nextStepText = (rng: Rng, stage: number): string =>
  rng.pick(NEXT_STEPS[stage] ?? NEXT_STEPS[0] ?? [''])

/** [call, email, meeting, task] phrases per stage. */
const STAGE_PHRASES: readonly (readonly [string, string, string, string])[] = [
  ['intro call', 'meeting confirmation', 'first meeting', 'research the org chart'],
  ['discovery follow-up', 'discovery recap', 'discovery session', 'write the discovery summary'],
  [
    'budget and timeline check',
    'intro to the economic buyer',
    'meeting with the economic buyer',
    'build the mutual action plan'
  ],
  [
    'proposal walkthrough prep',
    'proposal sent',
    'proposal presentation',
    'prepare proposal and pricing'
  ],
  ['terms discussion', 'redlines', 'negotiation with procurement', 'legal review follow-up'],
  ['signature check-in', 'order form', 'signing call', 'prepare the kick-off handover']
]
const TYPE_INDEX = { call: 0, email: 1, meeting: 2, task: 3 } as const
type SubjectType = keyof typeof TYPE_INDEX

const PROSPECTING: Record<SubjectType, readonly string[]> = {
  call: ['Prospecting call', 'Cold call: referral from a customer', 'Call back: inbound lead'],
  email: ['Intro email', 'Sequence step 2: case study', 'Follow-up after the webinar'],
  meeting: ['Intro meeting', 'Coffee with a former customer champion', 'Networking breakfast'],
  task: ['Research target accounts', 'Update the territory plan', 'Prepare call list for tomorrow']
}

export function activitySubject(
  rng: Rng,
  type: SubjectType,
  deal?: { account: string; stage: number }
): string {
  if (!deal) return rng.pick(PROSPECTING[type])
  const phrase = STAGE_PHRASES[deal.stage]?.[TYPE_INDEX[type]] ?? 'follow-up'
  switch (type) {
    case 'call':
      return `Call with ${deal.account}: ${phrase}`
    case 'email':
      return `Email to ${deal.account}: ${phrase}`
    case 'meeting':
      return `Meeting with ${deal.account}: ${phrase}`
    case 'task':
      return `Task: ${phrase} (${deal.account})`
  }
}
