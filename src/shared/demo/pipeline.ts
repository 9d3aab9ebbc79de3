import type {
  CalendarDate,
  DealStatus,
  Opportunity,
  OpportunitySnapshot,
  SalesProcess
} from '../domain'
import { DEFAULT_LOST_STAGE_NAMES, DEFAULT_STAGE_KEYS, DEFAULT_WON_STAGE_NAMES } from '../defaults'
import { at } from './calendar'
import { planFunnelDeals, planNeglectedDeals, planRampDeals, type DealPlan } from './dealPlans'
import { applyTeamDip, planNextSteps, planPushes } from './dealUpkeep'
import type { Rng } from './random'
import { nextStepText } from './text'
import type { DemoContext, DemoRep } from './types'

/** A deal as the CRM shows it today, with its dated history and the plan behind it. */
export interface DemoDeal {
  plan: DealPlan
  opportunity: Opportunity
  snapshots: OpportunitySnapshot[]
}

/** How many deals the top producer has quietly abandoned. */
const NEGLECTED_DEALS = 14

interface DealState {
  stage: number
  status: DealStatus
  amountMinor: number
  closeDate: CalendarDate
  nextStep: string
}

interface DealEvent {
  on: CalendarDate
  apply: (state: DealState) => void
}

function eventsOf(rng: Rng, plan: DealPlan): DealEvent[] {
  const events: DealEvent[] = plan.stageEntries.map((on, stage) => {
    const nextStep = plan.hasNextStep ? nextStepText(rng, stage) : ''
    const amountMinor = plan.amounts[stage] ?? plan.amounts[plan.amounts.length - 1] ?? 0
    return {
      on,
      apply: (s) => {
        s.stage = stage
        s.amountMinor = amountMinor
        s.nextStep = nextStep
      }
    }
  })
  for (const push of plan.pushes)
    events.push({ on: push.on, apply: (s) => (s.closeDate = push.to) })
  const decision = plan.decision
  if (decision) {
    events.push({
      on: decision.on,
      apply: (s) => {
        s.status = decision.status
        s.closeDate = decision.on
        s.nextStep = ''
      }
    })
  }
  // Stable sort: on the same day a stage change comes before a push, a push before the close.
  return events.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0))
}

function crmStageOf(process: SalesProcess, state: DealState): string {
  if (state.status === 'won') return DEFAULT_WON_STAGE_NAMES[0]
  if (state.status === 'lost') return DEFAULT_LOST_STAGE_NAMES[0]
  return process.stages[state.stage]?.crmStageNames[0] ?? ''
}

/** A Salesforce-style 18-character opportunity id. */
const opportunityCrmId = (n: number): string => `0065g000${String(n).padStart(7, '0')}AAE`

function materialize(
  rng: Rng,
  ctx: DemoContext,
  process: SalesProcess,
  demoRep: DemoRep,
  plan: DealPlan,
  serial: number
): DemoDeal {
  const id = ctx.newId()
  const state: DealState = {
    stage: 0,
    status: 'open',
    amountMinor: 0,
    closeDate: plan.expectedClose,
    nextStep: ''
  }
  const snapshots: OpportunitySnapshot[] = []
  const events = eventsOf(rng, plan).filter((e) => e.on <= ctx.today)
  events.forEach((event, i) => {
    event.apply(state)
    if (events[i + 1]?.on === event.on) return
    snapshots.push({
      id: ctx.newId(),
      opportunityId: id,
      takenAt: at(event.on, '18:00'),
      asOf: event.on,
      crmStage: crmStageOf(process, state),
      stageKey: DEFAULT_STAGE_KEYS[state.stage],
      status: state.status,
      amount: { minor: state.amountMinor, currency: 'USD' },
      closeDate: state.closeDate,
      nextStep: state.nextStep
    })
  })
  const opportunity: Opportunity = {
    id,
    createdAt: ctx.now,
    updatedAt: ctx.now,
    crmId: opportunityCrmId(serial),
    source: 'demo',
    repId: demoRep.rep.id,
    ownerAlias: demoRep.rep.name,
    name: plan.name,
    account: plan.account,
    crmStage: crmStageOf(process, state),
    // Won deals sit at the last stage; lost deals keep the stage they died at.
    stageKey: DEFAULT_STAGE_KEYS[state.stage],
    status: state.status,
    amount: { minor: state.amountMinor, currency: 'USD' },
    createdDate: plan.created,
    closeDate: state.closeDate,
    nextStep: state.nextStep
  }
  return { plan, opportunity, snapshots }
}

/** Every rep's deals, planned, adjusted for the team dip, then turned into CRM records. */
export function generatePipeline(
  ctx: DemoContext,
  process: SalesProcess,
  reps: readonly DemoRep[]
): Map<string, DemoDeal[]> {
  const rng = ctx.rng.fork('pipeline')
  const plansByRep = reps.map((demoRep) => {
    const repRng = rng.fork(`plans:${demoRep.rep.name}`)
    switch (demoRep.profile.archetype) {
      case 'newRepOnRamp':
        return planRampDeals(repRng, ctx, demoRep)
      case 'topProducerPoorHygiene':
        return [
          ...planFunnelDeals(repRng, ctx, demoRep),
          ...planNeglectedDeals(repRng, ctx, demoRep, NEGLECTED_DEALS)
        ]
      default:
        return planFunnelDeals(repRng, ctx, demoRep)
    }
  })
  applyTeamDip(rng.fork('dip'), plansByRep.flat(), ctx.dipQuarter)

  const deals = new Map<string, DemoDeal[]>()
  let serial = 0
  reps.forEach((demoRep, i) => {
    const plans = plansByRep[i] ?? []
    const repRng = rng.fork(`records:${demoRep.rep.name}`)
    const style = demoRep.profile.hygiene
    for (const plan of plans) planPushes(repRng, plan, style, ctx.today)
    if (demoRep.profile.archetype !== 'newRepOnRamp') planNextSteps(repRng, plans, style, ctx.today)
    const sorted = [...plans].sort((a, b) =>
      a.created < b.created ? -1 : a.created > b.created ? 1 : 0
    )
    deals.set(
      demoRep.rep.id,
      sorted.map((plan) => materialize(repRng, ctx, process, demoRep, plan, ++serial))
    )
  })
  return deals
}
