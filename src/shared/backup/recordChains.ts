import type { WorkspaceData } from '../domain/workspace'
import { inRecordOrder, verifyChain, type ChainBreak } from '../plans/auditChain'

/** A plan whose record of changes is broken, named the way the manager knows it. */
export interface BrokenRecord {
  planId: string
  /** "Jamal Carter’s PIP “90-day plan”". */
  planName: string
  entries: number
  breaks: ChainBreak[]
}

/**
 * Checks every plan's record of changes in a workspace (a backup about to be restored): the
 * plans whose hash chain is broken. Restoring keeps them as they are; this is what to tell
 * the manager first.
 */
export function brokenRecords(data: Pick<WorkspaceData, 'plans' | 'reps' | 'planAuditLog'>) {
  const repNames = new Map(data.reps.map((r) => [r.id, r.name]))
  const byPlan = new Map<string, WorkspaceData['planAuditLog']>()
  for (const e of data.planAuditLog) byPlan.set(e.planId, [...(byPlan.get(e.planId) ?? []), e])
  const broken: BrokenRecord[] = []
  for (const plan of data.plans) {
    const entries = inRecordOrder(byPlan.get(plan.id) ?? [])
    const check = verifyChain(entries)
    if (check.intact) continue
    const rep = repNames.get(plan.repId) ?? 'An unknown rep'
    const kind = plan.kind === 'pip' ? 'PIP' : 'coaching plan'
    broken.push({
      planId: plan.id,
      planName: `${rep}’s ${kind} “${plan.title}”`,
      entries: check.entries,
      breaks: check.breaks
    })
  }
  return broken
}
