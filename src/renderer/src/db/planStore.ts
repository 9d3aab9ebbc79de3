import { format } from 'date-fns'
import type { Plan } from '@shared/domain'
import type { AuditDraft, Decision } from '@shared/plans/lifecycle'
import { ValidationError } from '@shared/validation'
import type { FieldbookDb } from './database'
import { appendAuditEntry } from './planAudit'
import type { RepositoryContext } from './repository'

/** What the plan writers share: the tables one plan step touches, and how a decision lands. */

/** Every table a plan step may write, for the step's one transaction. */
export const planTables = (db: FieldbookDb) => [
  db.plans,
  db.planAuditLog,
  db.checkIns,
  db.planMilestones,
  db.settings
]

export async function requirePlan(db: FieldbookDb, id: string): Promise<Plan> {
  const plan = await db.plans.get(id)
  if (!plan) throw new ValidationError(`No plan with id ${id}`)
  return plan
}

export const nowIso = (ctx: RepositoryContext): string => ctx.clock.now().toISOString()

/** The local calendar day of the repository's clock. */
export const localToday = (ctx: RepositoryContext): string => format(ctx.clock.now(), 'yyyy-MM-dd')

/** A decision of the plan rules, or its refusal thrown as the sentence the manager reads. */
export function accepted<T>(decision: Decision<T>): Extract<Decision<T>, { ok: true }> {
  if (!decision.ok) throw new ValidationError(decision.problem)
  return decision as Extract<Decision<T>, { ok: true }>
}

/** Writes the decided audit entries in order; call inside the step's transaction. */
export async function writeAudit(
  db: FieldbookDb,
  ctx: RepositoryContext,
  planId: string,
  entries: readonly AuditDraft[]
): Promise<void> {
  for (const { action, summary, field, before, after } of entries)
    await appendAuditEntry(db, ctx, { planId, action, summary, field, before, after })
}
