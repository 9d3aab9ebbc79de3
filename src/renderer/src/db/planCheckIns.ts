import type { CheckIn, Plan, PlanMilestone } from '@shared/domain'
import { CheckIn as CheckInSchema, PlanMilestone as PlanMilestoneSchema } from '@shared/domain'
import {
  checkInAddition,
  checkInRecording,
  milestoneMarking,
  type CheckInResult,
  type NewMilestone
} from '@shared/plans/checkInSteps'
import { ValidationError } from '@shared/validation'
import type { FieldbookDb } from './database'
import { accepted, localToday, nowIso, planTables, requirePlan, writeAudit } from './planStore'
import type { RepositoryContext } from './repository'

/**
 * The writers of a plan's check-ins and milestones: the rules in @shared/plans/checkInSteps
 * decide, these persist the decision and its audit entries in one transaction.
 */

export async function insertCheckIn(
  db: FieldbookDb,
  ctx: RepositoryContext,
  plan: Plan,
  date: string
): Promise<CheckIn> {
  const now = nowIso(ctx)
  const checkIn = CheckInSchema.parse({
    id: ctx.newId(),
    createdAt: now,
    updatedAt: now,
    planId: plan.id,
    repId: plan.repId,
    scheduledFor: date,
    status: 'scheduled'
  })
  await db.checkIns.add(checkIn)
  return checkIn
}

/** A draft's milestones, written again whole; call inside the step's transaction. */
export async function replaceMilestones(
  db: FieldbookDb,
  ctx: RepositoryContext,
  plan: Plan,
  milestones: NewMilestone[]
): Promise<void> {
  const now = nowIso(ctx)
  await db.planMilestones.where('planId').equals(plan.id).delete()
  for (const m of milestones) {
    await db.planMilestones.add(
      PlanMilestoneSchema.parse({
        ...m,
        id: ctx.newId(),
        createdAt: now,
        updatedAt: now,
        planId: plan.id,
        repId: plan.repId,
        status: 'pending'
      })
    )
  }
}

/** An extra check-in on an active plan (the generated ones come with activation). */
export async function addCheckIn(
  db: FieldbookDb,
  ctx: RepositoryContext,
  planId: string,
  date: string
): Promise<CheckIn> {
  return db.transaction('rw', planTables(db), async () => {
    const plan = await requirePlan(db, planId)
    const decision = accepted(checkInAddition(plan, date))
    const checkIn = await insertCheckIn(db, ctx, plan, date)
    await writeAudit(db, ctx, planId, decision.audit)
    return checkIn
  })
}

/** Records a scheduled check-in once: held (with per-goal status) or missed. Never edited. */
export async function recordCheckIn(
  db: FieldbookDb,
  ctx: RepositoryContext,
  checkInId: string,
  result: CheckInResult
): Promise<CheckIn> {
  return db.transaction('rw', planTables(db), async () => {
    const current = await db.checkIns.get(checkInId)
    if (!current) throw new ValidationError(`No check-in with id ${checkInId}`)
    const plan = await requirePlan(db, current.planId)
    const decision = accepted(checkInRecording(plan, current, result, localToday(ctx)))
    const next = CheckInSchema.parse({ ...current, ...decision.next, updatedAt: nowIso(ctx) })
    await db.checkIns.put(next)
    await writeAudit(db, ctx, plan.id, decision.audit)
    return next
  })
}

export async function setMilestoneStatus(
  db: FieldbookDb,
  ctx: RepositoryContext,
  milestoneId: string,
  status: PlanMilestone['status']
): Promise<void> {
  await db.transaction('rw', planTables(db), async () => {
    const current = await db.planMilestones.get(milestoneId)
    if (!current) throw new ValidationError(`No milestone with id ${milestoneId}`)
    const plan = await requirePlan(db, current.planId)
    const decision = accepted(milestoneMarking(plan, current, status))
    if (decision.audit.length === 0) return
    await db.planMilestones.put({ ...current, status, updatedAt: nowIso(ctx) })
    await writeAudit(db, ctx, plan.id, decision.audit)
  })
}
