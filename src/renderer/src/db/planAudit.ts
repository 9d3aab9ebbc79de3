import { PlanAuditEntry } from '@shared/domain'
import { managerSignature } from '@shared/team'
import type { FieldbookDb } from './database'
import type { RepositoryContext } from './repository'

export interface AuditInput {
  planId: string
  action: PlanAuditEntry['action']
  summary: string
  field?: string | undefined
  before?: unknown
  after?: unknown
}

/**
 * Appends one entry to a plan's audit log, stamped with who (the workspace's manager, with
 * their title when set: "Dana Reyes, Regional Sales Manager") and
 * when. Times are strictly increasing per plan, so entries written in one step keep their
 * order. Call it inside the transaction that makes the change.
 */
export async function appendAuditEntry(
  db: FieldbookDb,
  ctx: RepositoryContext,
  input: AuditInput
): Promise<void> {
  const settings = await db.settings.get('workspace')
  const last = (await db.planAuditLog.where('planId').equals(input.planId).toArray())
    .map((e) => e.at)
    .sort()
    .at(-1)
  let at = ctx.clock.now().toISOString()
  if (last && at <= last) at = new Date(Date.parse(last) + 1).toISOString()
  const entry = PlanAuditEntry.parse({
    id: ctx.newId(),
    at,
    by: managerSignature(settings),
    ...input
  })
  await db.planAuditLog.add(entry)
}
