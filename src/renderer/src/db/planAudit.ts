import { PlanAuditEntry } from '@shared/domain'
import { chainEntry, inRecordOrder } from '@shared/plans/auditChain'
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
 * order. The entry is chained to the plan's newest entry (`prevHash`, `hash`: see
 * @shared/plans/auditChain); the hash is computed synchronously so the transaction stays open.
 * Call it inside the transaction that makes the change.
 */
export async function appendAuditEntry(
  db: FieldbookDb,
  ctx: RepositoryContext,
  input: AuditInput
): Promise<PlanAuditEntry> {
  const settings = await db.settings.get('workspace')
  const last = inRecordOrder(
    await db.planAuditLog.where('planId').equals(input.planId).toArray()
  ).at(-1)
  let at = ctx.clock.now().toISOString()
  if (last && at <= last.at) at = new Date(Date.parse(last.at) + 1).toISOString()
  const entry = PlanAuditEntry.parse({
    id: ctx.newId(),
    at,
    by: managerSignature(settings),
    ...input
  })
  const chained = chainEntry(entry, last)
  await db.planAuditLog.add(chained)
  return chained
}
