import type { Plan, Rep } from '@shared/domain'
import { inRecordOrder, verifyChain, type ChainCheck } from '@shared/plans/auditChain'
import { exportedFiles, type ExportRecord } from '@shared/plans/exportRecords'
import type { FieldbookDb } from './database'

/** A file the workspace exported, found by its hash, with its plan and that plan's record. */
export interface ExportMatch {
  export: ExportRecord
  plan: Plan
  rep?: Rep
  /** The plan's record of changes, checked now. */
  record: ChainCheck
}

/**
 * Every logged export whose file had this SHA-256 (oldest first; the same bytes saved twice
 * are two exports). Empty when no file with these bytes was exported from this workspace.
 */
export async function findExportedFile(db: FieldbookDb, sha256: string): Promise<ExportMatch[]> {
  const hash = sha256.toLowerCase()
  const logged = await db.planAuditLog.filter((e) => e.action === 'exported').toArray()
  const found = exportedFiles(logged)
    .filter((f) => f.sha256 === hash)
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))
  return Promise.all(
    found.map(async (file) => {
      const plan = await db.plans.get(file.planId)
      if (!plan) return undefined
      const rep = await db.reps.get(plan.repId)
      const record = verifyChain(
        inRecordOrder(await db.planAuditLog.where('planId').equals(plan.id).toArray())
      )
      return { export: file, plan, ...(rep ? { rep } : {}), record }
    })
  ).then((matches) => matches.filter((m): m is ExportMatch => m !== undefined))
}
