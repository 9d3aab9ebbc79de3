import { coachingPlan } from './coachingPlan'
import { emptyPlanRecords, type PlanInputs, type PlanRecords } from './planRecords'
import { pip } from './pipPlan'
import type { DemoContext } from './types'

/** One active coaching plan and one active PIP, with milestones, check-ins and the audit log. */
export function generatePlans(ctx: DemoContext, inputs: PlanInputs): PlanRecords {
  const out = emptyPlanRecords()
  const top = inputs.reps.find((r) => r.profile.archetype === 'topProducerPoorHygiene')
  const low = inputs.reps.find((r) => r.profile.archetype === 'lowActivity')
  if (top) coachingPlan(ctx, inputs, top, out)
  if (low) pip(ctx, inputs, low, out)
  out.planAuditLog.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))
  return out
}
