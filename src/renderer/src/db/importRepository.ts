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
import { ImportCancelledError } from '@shared/import/table'
import { ValidationError } from '@shared/validation'
import type { FieldbookDb } from './database'
import type { RepositoryContext } from './repository'

/**
 * Import commits (undo is in importUndo.ts). A commit works out the change set again inside its
 * transaction, against the data as it is at that moment, writes everything, and records how to
 * undo it, all in one transaction: an import is in the database completely or not at all.
 */

export { latestUndoableImport, undoLatestImport } from './importUndo'

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

async function putInSlices<T>(
  write: (rows: T[]) => Promise<unknown>,
  rows: T[],
  options: CommitOptions = {}
): Promise<void> {
  for (let i = 0; i < rows.length; i += SLICE) {
    if (options.signal?.aborted) throw new ImportCancelledError()
    await write(rows.slice(i, i + SLICE))
    options.onProgress?.({ written: Math.min(rows.length, i + SLICE), total: rows.length })
  }
  if (options.signal?.aborted) throw new ImportCancelledError()
}

export interface PlannedImport {
  changes: ImportChangeSet
  stamp: string
  importId: string
}

export interface CommitOptions {
  signal?: AbortSignal
  onProgress?: (progress: { written: number; total: number }) => void
  planned?: PlannedImport
}

/** TEMPORARY (replaced by the i18-writes branch): plans as the preview does. */
export async function planImport(
  db: FieldbookDb,
  ctx: RepositoryContext,
  request: Pick<CommitRequest, 'decisions' | 'normalised'>,
  importId: string
): Promise<PlannedImport> {
  return { changes: await previewImport(db, ctx, request), stamp: '', importId }
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
  request: CommitRequest,
  options: CommitOptions = {}
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
      [...changes.opportunities.create, ...changes.opportunities.update.map((c) => c.after)],
      options
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

/** What the latest people import (not undone) chose: whose team joined. */
export async function latestTeamChoice(db: FieldbookDb): Promise<ImportRecord['team']> {
  const all = await db.imports.orderBy('importedAt').reverse().toArray()
  return all.find((i) => !i.undone && i.kind === 'reps')?.team
}
