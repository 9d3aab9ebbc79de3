import { chainAsFound, inRecordOrder } from '../plans/auditChain'
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
  // Each plan's record is a hash chain, as if the app had written it entry by entry.
  const planIds = [...new Set(out.planAuditLog.map((e) => e.planId))]
  const chained = planIds.flatMap((id) =>
    chainAsFound(out.planAuditLog.filter((e) => e.planId === id))
  )
  return {
    ...out,
    planAuditLog: inRecordOrder(chained)
  }
}
