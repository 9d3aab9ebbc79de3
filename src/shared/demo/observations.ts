import type {
  CalendarDate,
  ChecklistCriterion,
  ChecklistTemplate,
  Observation,
  RolePlayScenario
} from '../domain'
import { CHECKLIST_TEMPLATE_KEYS, DEFAULT_STAGE_KEYS, ROLE_PLAY_SCENARIO_TITLES } from '../defaults'
import { addDays, daysBetween, weekdayOnOrBefore } from './calendar'
import { isOpenOn, stageOn } from './dealPlans'
import type { DemoDeal } from './pipeline'
import type { Rng } from './random'
import type { Archetype, DemoContext, DemoRep } from './types'

type TemplateKey = (typeof CHECKLIST_TEMPLATE_KEYS)[keyof typeof CHECKLIST_TEMPLATE_KEYS]

interface ObservationSpec {
  archetype: Archetype
  /** Which rep of that archetype (steady has several). */
  nth?: number
  templateKey: TemplateKey
  daysAgo: number
  /** 0..1: how well the rep did on the criteria not fixed below. */
  quality: number
  fixed?: Record<string, string>
  nextStepAgreed?: boolean
  strength: string
  focus: string
  selfAssessment: string
  outcome?: string
  attempt?: number
}

const PRICE = CHECKLIST_TEMPLATE_KEYS.rolePlayPropose

/** What a manager saw at the stage where the stalling rep's deals die. */
function stallSpecs(stage: string): ObservationSpec[] {
  const base = { archetype: 'stallsAtStage' as const, quality: 0.5 }
  if (stage === 'qualify') {
    const common = {
      ...base,
      templateKey: CHECKLIST_TEMPLATE_KEYS.callReviewQualify,
      fixed: { authority: 'no', 'hard-question': '1' },
      strength: 'Warm, curious questions; the customer clearly trusts you.',
      focus:
        'Ask who signs and how they decide, then ask to meet them. Deals without the economic buyer stall here.',
      selfAssessment: 'I felt it was too early to ask about the CFO.'
    }
    return [
      { ...common, daysAgo: 45, nextStepAgreed: false },
      { ...common, daysAgo: 12, nextStepAgreed: true, quality: 0.55 }
    ]
  }
  const common = {
    ...base,
    templateKey: CHECKLIST_TEMPLATE_KEYS.rideAlongPropose,
    fixed: { ask: 'no', 'decision-criteria': 'no' },
    strength: 'Clear, well-structured proposal tied to the discovery notes.',
    focus:
      'Confirm the decision criteria and the paper process before the proposal, and ask for the decision at the end.',
    selfAssessment: 'They seemed positive, so I did not want to push.'
  }
  return [
    { ...common, daysAgo: 45, nextStepAgreed: false },
    { ...common, daysAgo: 12, nextStepAgreed: false, quality: 0.55 }
  ]
}

function specs(stallStage: string, rampDays: number): ObservationSpec[] {
  const rampVisit = {
    archetype: 'newRepOnRamp' as const,
    templateKey: CHECKLIST_TEMPLATE_KEYS.rideAlongDiscover,
    quality: 0.5,
    fixed: { 'next-step': 'no', impact: '1' },
    nextStepAgreed: false,
    strength: 'Builds rapport fast; the customer relaxed and talked openly.',
    focus: 'Ask for a dated next step before you leave. "Send me something" is not one.',
    selfAssessment: 'Great meeting, they really liked us.'
  }
  return [
    {
      archetype: 'topProducerPoorHygiene',
      templateKey: CHECKLIST_TEMPLATE_KEYS.rideAlongDiscover,
      daysAgo: 40,
      quality: 0.92,
      nextStepAgreed: true,
      strength:
        'Outstanding discovery: the customer put a number on the problem without being pushed.',
      focus:
        'Log the meeting, the next step and the new close date in the CRM the same day; the forecast depends on it.',
      selfAssessment: 'Went well. I will update Salesforce at the end of the week.'
    },
    {
      archetype: 'spotlessCrmCannotClose',
      templateKey: CHECKLIST_TEMPLATE_KEYS.rideAlongPropose,
      daysAgo: 35,
      quality: 0.6,
      fixed: { ask: 'no', 'price-confidence': 'no' },
      nextStepAgreed: false,
      strength: 'Preparation: the proposal mirrored the discovery notes point by point.',
      focus:
        'Ask for the decision. When the price came up you offered 10% before the customer asked.',
      selfAssessment: 'I think it went well; they will get back to us.'
    },
    {
      archetype: 'spotlessCrmCannotClose',
      templateKey: PRICE,
      daysAgo: 20,
      quality: 0.4,
      fixed: { trade: 'no', ask: 'no' },
      strength: 'Stayed calm and friendly under pressure.',
      focus: 'Ask what the price is being compared with before answering.',
      selfAssessment: 'I gave in too fast.',
      attempt: 1
    },
    {
      archetype: 'spotlessCrmCannotClose',
      templateKey: PRICE,
      daysAgo: 8,
      quality: 0.7,
      fixed: { trade: 'yes', ask: 'yes' },
      strength: 'Traded a longer term for the discount and asked for the signature date.',
      focus: "Use the customer's own numbers from discovery when you restate the value.",
      selfAssessment: 'Better. Asking still feels uncomfortable.',
      attempt: 2
    },
    { ...rampVisit, daysAgo: Math.max(3, rampDays - 18) },
    {
      ...rampVisit,
      daysAgo: Math.max(2, rampDays - 42),
      fixed: { 'next-step': 'no', impact: '2' }
    },
    ...stallSpecs(stallStage),
    {
      archetype: 'lowActivity',
      templateKey: CHECKLIST_TEMPLATE_KEYS.callReviewQualify,
      daysAgo: 50,
      quality: 0.75,
      nextStepAgreed: true,
      strength: 'Good control of the call and a clear next step.',
      focus:
        'The calls you make are good; there are too few of them. Two prospecting blocks a day.',
      selfAssessment: 'Solid call. I have been busy with admin this month.'
    },
    ...(
      [
        [0, CHECKLIST_TEMPLATE_KEYS.rideAlongPropose, 60],
        [1, CHECKLIST_TEMPLATE_KEYS.callReviewQualify, 30],
        [2, CHECKLIST_TEMPLATE_KEYS.rideAlongDiscover, 25]
      ] as const
    ).map(([nth, templateKey, daysAgo]) => ({
      archetype: 'steady' as const,
      nth,
      templateKey,
      daysAgo,
      quality: 0.85,
      nextStepAgreed: true,
      strength: 'Clear structure and a confident ask at the end.',
      focus:
        'Bring a second stakeholder into the next meeting so the deal does not hang on one person.',
      selfAssessment: 'Good meeting; I could have listened more in the first ten minutes.'
    }))
  ]
}

function scoreValue(
  rng: Rng,
  criterion: ChecklistCriterion,
  quality: number,
  note: string
): string {
  if (criterion.type === 'yesNo') return rng.chance(quality) ? 'yes' : 'no'
  if (criterion.type === 'scale4') {
    return String(Math.min(4, Math.max(1, Math.round(1 + quality * 3 + rng.normal(0, 0.4)))))
  }
  return note
}

export interface ObservationInputs {
  reps: readonly DemoRep[]
  deals: ReadonlyMap<string, DemoDeal[]>
  templates: readonly ChecklistTemplate[]
  scenarios: readonly RolePlayScenario[]
}

/** A dozen final ride-alongs, call reviews and role-plays, scored against the templates. */
export function generateObservations(ctx: DemoContext, inputs: ObservationInputs): Observation[] {
  const rng = ctx.rng.fork('observations')
  const ramp = inputs.reps.find((r) => r.profile.archetype === 'newRepOnRamp')
  const rampDays = ramp ? daysBetween(ramp.rep.startDate, ctx.today) : 60
  const scenario = inputs.scenarios.find(
    (s) => s.title === ROLE_PLAY_SCENARIO_TITLES.priceObjection
  )
  let callNumber = 48_200

  return specs(ctx.stallStage, rampDays).flatMap((spec) => {
    const demoRep = inputs.reps.filter((r) => r.profile.archetype === spec.archetype)[spec.nth ?? 0]
    const template = inputs.templates.find((t) => t.templateKey === spec.templateKey)
    if (!demoRep || !template) return []
    const date: CalendarDate = weekdayOnOrBefore(addDays(ctx.today, -spec.daysAgo))
    const stage = DEFAULT_STAGE_KEYS.findIndex((key) => key === template.stageKey)
    const open = (inputs.deals.get(demoRep.rep.id) ?? []).filter((d) => isOpenOn(d.plan, date))
    const deal = open.find((d) => stageOn(d.plan, date) === stage) ?? open[0]
    const note = deal
      ? `Customer: "${deal.plan.account} needs this live before the next budget cycle."`
      : 'Practice run.'
    const observation: Observation = {
      id: ctx.newId(),
      createdAt: ctx.now,
      updatedAt: ctx.now,
      kind: template.kind,
      repId: demoRep.rep.id,
      stageKey: template.stageKey,
      date,
      status: 'final',
      opportunityLabel: '',
      templateId: template.id,
      templateVersion: template.version,
      scores: template.criteria.map((c) => ({
        criterionKey: c.key,
        value: spec.fixed?.[c.key] ?? scoreValue(rng, c, spec.quality, note)
      })),
      outcome:
        spec.outcome ??
        (spec.nextStepAgreed ? 'Next step agreed with a date.' : 'No dated next step.'),
      selfAssessment: spec.selfAssessment,
      strength: spec.strength,
      focus: spec.focus,
      notes: []
    }
    if (spec.nextStepAgreed !== undefined) observation.nextStepAgreed = spec.nextStepAgreed
    if (template.kind === 'rolePlay') {
      if (scenario) observation.scenarioId = scenario.id
      observation.attempt = spec.attempt ?? 1
      observation.elapsedSeconds = rng.int(300, 600)
      observation.outcome =
        spec.attempt === 2
          ? 'Held the price and got a date.'
          : 'Conceded 15% with nothing in return.'
      return [observation]
    }
    if (deal) {
      observation.opportunityId = deal.opportunity.id
      observation.opportunityLabel = deal.opportunity.name
    }
    if (template.kind === 'rideAlong') {
      observation.plan = {
        whatToSay: 'Recap what we heard last time and check it is still true.',
        whatToAskFor: 'A meeting with everyone who will decide, with a date.',
        desiredNextStep: 'Dated meeting with the decision makers.',
        repObjective: 'Understand what happens if they do nothing.'
      }
    } else {
      observation.callReference = {
        reference: `Call recording #${++callNumber}`,
        date,
        durationSeconds: rng.int(18, 40) * 60
      }
      observation.notes = [
        { at: '03:40', text: 'Good open question about the current process.' },
        { at: '17:15', text: spec.focus }
      ]
    }
    return [observation]
  })
}
