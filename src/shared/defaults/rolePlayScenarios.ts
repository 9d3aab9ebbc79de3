import type { IdGenerator, RolePlayScenario, Timestamp } from '../domain'

/** Titles of the default scenarios, so the demo and tests can find them. */
export const ROLE_PLAY_SCENARIO_TITLES = {
  priceObjection: 'Your price is 30% higher than the incumbent',
  noDecision: 'Everything is agreed, then silence',
  gatekeeper: 'The executive assistant who screens every call',
  vaguePain: '"We\'re fine, just looking"',
  noEconomicBuyer: 'The champion who wants to decide alone',
  lastMinuteDiscount: 'One more discount before I sign'
} as const

type ScenarioDefinition = Omit<RolePlayScenario, 'id' | 'createdAt' | 'updatedAt'>

const SCENARIOS: readonly ScenarioDefinition[] = [
  {
    stageKey: 'propose',
    title: ROLE_PLAY_SCENARIO_TITLES.priceObjection,
    situation:
      'You have presented a proposal to the operations director of a 400-person distributor. She liked the demo, but the incumbent quoted 30% less and she says so in the first minute.',
    buyerPersona:
      'Operations director, practical, under pressure from finance to cut costs, has used the incumbent for five years.',
    objections: [
      'Your price is 30% higher than what we pay today',
      'Can you match their price if we sign this month?',
      'Finance will never approve this'
    ],
    objectives: [
      'Find out what the price is being compared with',
      'Reconnect the price to the cost of the problem she quantified in discovery',
      'Trade, do not give: any concession gets term, volume or a date back',
      'Leave with a dated next step with finance in the room'
    ],
    difficulty: 'medium'
  },
  {
    stageKey: 'negotiate',
    title: ROLE_PLAY_SCENARIO_TITLES.noDecision,
    situation:
      'Terms were agreed two weeks ago and the contract is with the sponsor. Since then, two emails have gone unanswered. You finally reach the sponsor by phone.',
    buyerPersona:
      'VP of sales operations, supportive but overloaded; a re-organisation was announced last week.',
    objections: [
      'Things are a bit hectic here, can we pick this up next quarter?',
      'I need to re-check this with my new boss',
      'Send me something I can forward'
    ],
    objectives: [
      'Find out what changed and who now decides',
      "Restate the cost of waiting in the customer's own numbers",
      'Agree a meeting with the new decision maker, with a date'
    ],
    difficulty: 'hard'
  },
  {
    stageKey: 'prospect',
    title: ROLE_PLAY_SCENARIO_TITLES.gatekeeper,
    situation:
      'You are calling the CFO of a regional healthcare group. Her executive assistant answers and asks what this is about.',
    buyerPersona:
      "Executive assistant, polite, protective of the CFO's time, screens every vendor.",
    objections: [
      "She doesn't take vendor calls, send an email",
      'We already have a provider for that',
      'What is this regarding, exactly?'
    ],
    objectives: [
      'Treat the assistant as an ally: ask for help, not permission',
      'Give a one-sentence reason that matters to the CFO',
      'Leave with a meeting slot or the name of the right person'
    ],
    difficulty: 'easy'
  },
  {
    stageKey: 'discover',
    title: ROLE_PLAY_SCENARIO_TITLES.vaguePain,
    situation:
      'First meeting with the head of customer service of a software company. He agreed to meet after a webinar but says things are "fine" and he is "just looking".',
    buyerPersona: 'Head of customer service, friendly, non-committal, new in the role.',
    objections: [
      "We're fine, really, just keeping an eye on the market",
      'No budget this year anyway',
      'Can you just send me a brochure?'
    ],
    objectives: [
      'Ask about what he is measured on and how it is going',
      'Find one problem with a cost he is willing to put a number on',
      'Agree a second meeting with a date and the people who feel the problem'
    ],
    difficulty: 'medium'
  },
  {
    stageKey: 'qualify',
    title: ROLE_PLAY_SCENARIO_TITLES.noEconomicBuyer,
    situation:
      'Second meeting with an IT manager at a logistics company. He loves the product and wants a proposal by Friday, but has not mentioned who approves the spend.',
    buyerPersona:
      'IT manager, enthusiastic champion, wants to be seen as the one who found the solution; reports to a COO he describes as "hands-off".',
    objections: [
      "I make the call on tools like this, you don't need to talk to anyone else",
      'The COO is too busy for vendor meetings',
      "Budget won't be a problem if the proposal is good"
    ],
    objectives: [
      'Find out how the last purchase of this size was approved',
      'Confirm whether budget exists or how it would be found',
      'Agree a meeting with the COO, with the champion presenting alongside you'
    ],
    difficulty: 'medium'
  },
  {
    stageKey: 'close',
    title: ROLE_PLAY_SCENARIO_TITLES.lastMinuteDiscount,
    situation:
      'The contract is agreed and with procurement for signature. On the last day of the quarter the procurement lead calls: she will sign today if you take another 8% off.',
    buyerPersona:
      'Procurement lead, experienced negotiator, measured on savings, knows it is your quarter end.',
    objections: [
      'Everyone gives us something extra at signature',
      'I can sign today, or it goes into next quarter',
      'Your competitor would have done this'
    ],
    objectives: [
      'Hold the agreed terms without losing the relationship',
      'If anything moves, trade it for something of equal value (term, payment date, reference)',
      'Confirm the signature date and the kick-off with delivery'
    ],
    difficulty: 'hard'
  }
]

/** The starter role-play scenario library: one scenario for each default stage. Pure. */
export function createDefaultRolePlayScenarios(
  newId: IdGenerator,
  now: Timestamp
): RolePlayScenario[] {
  return SCENARIOS.map((s) => ({
    id: newId(),
    createdAt: now,
    updatedAt: now,
    ...s,
    objections: [...s.objections],
    objectives: [...s.objectives]
  }))
}
