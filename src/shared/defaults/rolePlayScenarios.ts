import type { IdGenerator, RolePlayScenario, Timestamp } from '../domain'

/** Titles of the default scenarios, so the demo and tests can find them. */
export const ROLE_PLAY_SCENARIO_TITLES = {
  priceObjection: 'Your price is 30% higher than the incumbent',
  noDecision: 'Everything is agreed, then silence',
  gatekeeper: 'The executive assistant who screens every call',
  vaguePain: '"We\'re fine, just looking"'
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
  }
]

/** The default role-play scenario library, one per stage where reps most often stall. Pure. */
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
