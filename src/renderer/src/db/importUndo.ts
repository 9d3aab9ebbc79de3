import Dexie from 'dexie'
import type { ImportRecord, WorkspaceTableName } from '@shared/domain'
import { ValidationError } from '@shared/validation'
import type { FieldbookDb } from './database'
import type { RepositoryContext } from './repository'

/**
 * Undoing the latest import, in one transaction: refused, with the reason, when a record it
 * wrote was changed since or something outside it now depends on what it created.
 */

type Previous = ImportRecord['previousState'][number]

const TABLES_WITH_IMPORT_ID = ['opportunities', 'activities', 'manualMeasures'] as const

/** The import that "Undo" would revert: the most recent one not already undone. */
export async function latestUndoableImport(db: FieldbookDb): Promise<ImportRecord | undefined> {
  const all = await db.imports.orderBy('importedAt').reverse().toArray()
  return all.find((i) => !i.undone)
}

// Tables whose records point at a rep, with the index that finds them by rep.
const REP_REFERENCES: [WorkspaceTableName, string][] = [
  ['observations', '[repId+date]'],
  ['oneOnOnes', '[repId+scheduledFor]'],
  ['actionItems', 'repId'],
  ['plans', 'repId'],
  ['recognitions', '[repId+date]'],
  ['developmentAssessments', '[repId+assessedOn]'],
  ['planMilestones', '[repId+dueDate]'],
  ['checkIns', '[repId+scheduledFor]'],
  ['opportunities', 'repId']
]

async function repInUse(
  db: FieldbookDb,
  repId: string,
  importId: string
): Promise<string | undefined> {
  for (const [table, index] of REP_REFERENCES) {
    const where = db.table(table).where(index)
    const query = index.startsWith('[')
      ? where.between([repId, Dexie.minKey], [repId, Dexie.maxKey])
      : where.equals(repId)
    const used = await query.filter((r: { importId?: string }) => r.importId !== importId).count()
    if (used > 0) return table
  }
  return undefined
}

/** Records outside this import that point at opportunities it created (undo would orphan them). */
async function opportunityInUse(
  db: FieldbookDb,
  opportunityIds: string[],
  importId: string
): Promise<string | undefined> {
  if (opportunityIds.length === 0) return undefined
  const ids = new Set(opportunityIds)
  const activities = await db.activities
    .where('opportunityId')
    .anyOf(opportunityIds)
    .filter((a) => a.importId !== importId)
    .count()
  if (activities > 0) return `${activities} activities from other imports`
  const observations = await db.observations
    .filter((o) => o.opportunityId !== undefined && ids.has(o.opportunityId))
    .count()
  return observations > 0 ? `${observations} observations` : undefined
}

/**
 * Reverts the latest import: records it created are deleted, records it changed get their
 * earlier version back, its history snapshots go, and the import is marked undone. Refused,
 * with the reason, when something was edited after the import or a rep it created is in use.
 */
export async function undoLatestImport(
  db: FieldbookDb,
  ctx: RepositoryContext
): Promise<ImportRecord> {
  return db.transaction('rw', db.tables, async () => {
    const record = await latestUndoableImport(db)
    if (!record) throw new ValidationError('There is no import to undo.')
    const byTable = new Map<WorkspaceTableName, Previous[]>()
    const add = (table: WorkspaceTableName, entry: Previous) => {
      const entries = byTable.get(table)
      if (entries) entries.push(entry)
      else byTable.set(table, [entry])
    }
    for (const entry of record.previousState) add(entry.table as WorkspaceTableName, entry)
    for (const table of TABLES_WITH_IMPORT_ID) {
      const updated = new Set((byTable.get(table) ?? []).map((e) => e.id))
      const stamped = await db.table(table).where('importId').equals(record.id).primaryKeys()
      for (const id of stamped) if (!updated.has(String(id))) add(table, { table, id: String(id) })
    }
    for (const [table, entries] of byTable) {
      const current = (await db.table(table).bulkGet(entries.map((e) => e.id))) as (
        { id: string; updatedAt?: string; name?: string } | undefined
      )[]
      const changed = current.find((c) => c?.updatedAt && c.updatedAt > record.importedAt)
      if (changed) {
        throw new ValidationError(
          `Cannot undo “${record.fileName}”: ${changed.name ?? `a ${table} record`} was ` +
            `changed after the import (${changed.updatedAt?.slice(0, 10) ?? ''}).`
        )
      }
      if (table === 'opportunities') {
        const created = entries.filter((e) => e.before === undefined).map((e) => e.id)
        const usedBy = await opportunityInUse(db, created, record.id)
        if (usedBy) {
          throw new ValidationError(
            `Cannot undo “${record.fileName}”: ${usedBy} now point to opportunities it created.`
          )
        }
      }
      if (table !== 'reps') continue
      for (const entry of entries.filter((e) => e.before === undefined)) {
        const usedIn = await repInUse(db, entry.id, record.id)
        if (usedIn) {
          const name = current.find((c) => c?.id === entry.id)?.name ?? entry.id
          throw new ValidationError(
            `Cannot undo “${record.fileName}”: the rep ${name} it created now has ${usedIn} ` +
              'of their own.'
          )
        }
      }
    }
    await db.opportunitySnapshots.where('importId').equals(record.id).delete()
    for (const [table, entries] of byTable) {
      await db
        .table(table)
        .bulkDelete(entries.filter((e) => e.before === undefined).map((e) => e.id))
      await db
        .table(table)
        .bulkPut(entries.filter((e) => e.before !== undefined).map((e) => e.before))
    }
    const undone = { ...record, undone: true, updatedAt: ctx.clock.now().toISOString() }
    await db.imports.put(undone)
    return undone
  })
}
