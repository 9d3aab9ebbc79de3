import Dexie from 'dexie'
import type { ImportMapping, ImportRecord, Rep, WorkspaceTableName } from '@shared/domain'
import {
  planImportChangesInSlices,
  type Change,
  type Existing,
  type ImportAnalysis,
  type ImportDecisions,
  type ImportChangeSet,
  type Imported,
  type Normalised
} from '@shared/import'
import { ValidationError } from '@shared/validation'
import type { FieldbookDb } from './database'
import type { RepositoryContext } from './repository'

/**
 * Import commits and undo. A commit works out the change set again inside its transaction,
 * against the data as it is at that moment, writes everything, and records how to undo it, all in one transaction: an
 * import is in the database completely or not at all.
 */

const IMPORT_TABLES = [
  'reps',
  'opportunities',
  'opportunitySnapshots',
  'activities',
  'manualMeasures',
  'imports',
  'importMappings',
  'roles',
  'settings'
] as const satisfies readonly WorkspaceTableName[]

// Writes go in slices so the page gets the event loop between them (IndexedDB requests are
// asynchronous; the transaction stays open while one is pending).
const SLICE = 2000

async function putInSlices<T>(write: (rows: T[]) => Promise<unknown>, rows: T[]): Promise<void> {
  for (let i = 0; i < rows.length; i += SLICE) await write(rows.slice(i, i + SLICE))
}

/**
 * A pause for long work inside a transaction: a tiny IndexedDB read lets the page handle
 * input in between, and (unlike a timer) keeps the transaction open.
 */
const keepAlive = (db: FieldbookDb) => () => db.settings.get('workspace')

/** What the change set is compared against; read inside the caller's transaction. */
export async function loadExisting(db: FieldbookDb, decisions: ImportDecisions): Promise<Existing> {
  const [reps, roles, opportunities, activities, manualMeasures] = await Promise.all([
    db.reps.toArray(),
    db.roles.toArray(),
    decisions.kind === 'opportunities' || decisions.kind === 'activities'
      ? db.opportunities.toArray()
      : [],
    decisions.kind === 'activities' ? db.activities.toArray() : [],
    decisions.kind === 'manualMeasures' ? db.manualMeasures.toArray() : []
  ])
  const defaultRole = roles[0]
  const defaultRoleId = defaultRole?.id
  if (!defaultRoleId) {
    throw new ValidationError('Add a role on the Team screen before importing: new reps need one.')
  }
  return {
    reps,
    opportunities,
    activities,
    manualMeasures,
    defaultRoleId,
    defaultRampMonths: defaultRole?.defaultRampMonths
  }
}

export interface CommitRequest {
  fileName: string
  /** The file's header row, to save the mapping by header text. */
  headers: string[]
  analysis: ImportAnalysis
  decisions: ImportDecisions
  normalised: Normalised<Imported>
}

export interface CommitResult {
  record: ImportRecord
  changes: ImportChangeSet
}

type Previous = ImportRecord['previousState'][number]

function previousOf<T extends { id: string }>(
  table: WorkspaceTableName,
  created: T[],
  updated: Change<T>[]
): Previous[] {
  return [
    ...created.map((r) => ({ table, id: r.id })),
    ...updated.map((c) => ({ table, id: c.before.id, before: c.before }))
  ]
}

/** The change set the manager sees before committing, computed against the stored data. */
export async function previewImport(
  db: FieldbookDb,
  ctx: RepositoryContext,
  request: Pick<CommitRequest, 'decisions' | 'normalised'>
): Promise<ImportChangeSet> {
  return db.transaction('r', IMPORT_TABLES, async () => {
    const existing = await loadExisting(db, request.decisions)
    return planImportChangesInSlices(
      request.normalised,
      request.decisions,
      existing,
      { ...ctx, importId: 'preview' },
      keepAlive(db)
    )
  })
}

export async function commitImport(
  db: FieldbookDb,
  ctx: RepositoryContext,
  request: CommitRequest
): Promise<CommitResult> {
  const importId = ctx.newId()
  return db.transaction('rw', IMPORT_TABLES, async () => {
    const existing = await loadExisting(db, request.decisions)
    const changes = await planImportChangesInSlices(
      request.normalised,
      request.decisions,
      existing,
      { ...ctx, importId },
      keepAlive(db)
    )
    const now = ctx.clock.now().toISOString()
    const repRows = [...changes.reps.create, ...changes.reps.update.map((c) => c.after)]
    await db.reps.bulkPut(repRows)
    await putInSlices(
      (rows) => db.opportunities.bulkPut(rows),
      [...changes.opportunities.create, ...changes.opportunities.update.map((c) => c.after)]
    )
    await putInSlices((rows) => db.opportunitySnapshots.bulkAdd(rows), changes.snapshots)
    await putInSlices(
      (rows) => db.activities.bulkPut(rows),
      [...changes.activities.create, ...changes.activities.update.map((c) => c.after)]
    )
    await db.manualMeasures.bulkPut([
      ...changes.manualMeasures.create,
      ...changes.manualMeasures.update.map((c) => c.after)
    ])
    const record: ImportRecord = {
      id: importId,
      createdAt: now,
      updatedAt: now,
      fileName: request.fileName,
      kind: request.decisions.kind,
      source: request.decisions.source,
      importedAt: now,
      counts: changes.counts,
      notes: changes.notes,
      ...(changes.team ? { team: changes.team } : {}),
      undone: false,
      // Records this import created carry its importId and are found by that index on undo;
      // only reps (which have no importId) and the earlier versions of updated records are kept.
      previousState: [
        ...previousOf<Rep>('reps', changes.reps.create, changes.reps.update),
        ...previousOf('opportunities', [], changes.opportunities.update),
        ...previousOf('activities', [], changes.activities.update),
        ...previousOf('manualMeasures', [], changes.manualMeasures.update)
      ]
    }
    await db.imports.add(record)
    await saveMapping(db, request, now, ctx)
    return { record, changes }
  })
}

/** Remembers the columns, stage names and date order for files with this header signature. */
async function saveMapping(
  db: FieldbookDb,
  request: CommitRequest,
  now: string,
  ctx: RepositoryContext
): Promise<void> {
  const { analysis, decisions } = request
  const columns = Object.fromEntries(
    Object.entries(decisions.columns).map(([field, index]) => [field, request.headers[index] ?? ''])
  )
  const stored = await db.importMappings.where('headerSignature').equals(analysis.signature).first()
  const mapping: ImportMapping = {
    id: stored?.id ?? ctx.newId(),
    createdAt: stored?.createdAt ?? now,
    updatedAt: now,
    headerSignature: analysis.signature,
    source: decisions.source,
    kind: decisions.kind,
    columns,
    stageMap: decisions.stageMap,
    dateOrder: decisions.dateOrder
  }
  await db.importMappings.put(mapping)
}

const TABLES_WITH_IMPORT_ID = ['opportunities', 'activities', 'manualMeasures'] as const

/** What the latest people import (not undone) chose: whose team joined. */
export async function latestTeamChoice(db: FieldbookDb): Promise<ImportRecord['team']> {
  const all = await db.imports.orderBy('importedAt').reverse().toArray()
  return all.find((i) => !i.undone && i.kind === 'reps')?.team
}

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
