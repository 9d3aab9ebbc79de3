import type { ImportMapping, ImportRecord } from '@shared/domain'
import type { ImportAnalysis, ImportChangeSet } from '@shared/import'
import type { FieldbookDb } from './database'
import {
  IMPORT_TABLES,
  readForPlanning,
  planImport,
  planInSlices,
  readDefaultRole,
  throwIfCancelled,
  type PlanRequest
} from './importPlan'
import {
  previousRepsOf,
  previousStateOf,
  writeReps,
  writeSlice,
  WriteTracker,
  type WriteOptions
} from './importWrites'
import { newImportId } from './importIds'
import type { RepositoryContext } from './repository'

/**
 * Import commits (planning is in importPlan.ts, writing in importWrites.ts, undo in
 * importUndo.ts). A commit works the change set out again inside its transaction, a slice of
 * the file at a time, against the data as it is then, and writes each slice as it goes; then
 * the reps, the import record (with how to undo it) and the mapping, all in one transaction: an
 * import is in the database completely or not at all. A cancelled signal aborts the
 * transaction between slices, so nothing is written.
 */

export { latestUndoableImport, undoLatestImport } from './importUndo'
export { IMPORT_TABLES, planImport, readDefaultRole, readForPlanning, type PlanRequest }
export type { WriteProgress } from './importWrites'

export type CommitRequest = PlanRequest & {
  fileName: string
  /** The file's header row, to save the mapping by header text. */
  headers: string[]
  analysis: ImportAnalysis
}

export interface CommitResult {
  record: ImportRecord
  /** The counts, reps, problems and notes (the records themselves were written slice by slice). */
  changes: ImportChangeSet
}

export interface CommitOptions extends WriteOptions {
  /** How many records the review counted to write (progress total; 0 = not known yet). */
  expectedWrites?: number
}

/** The change set the manager sees before committing, computed against the stored data. */
export async function previewImport(
  db: FieldbookDb,
  ctx: RepositoryContext,
  request: PlanRequest
): Promise<ImportChangeSet> {
  return planImport(db, ctx, request, 'preview')
}

export async function commitImport(
  db: FieldbookDb,
  ctx: RepositoryContext,
  request: CommitRequest,
  options: CommitOptions = {}
): Promise<CommitResult> {
  const { signal } = options
  throwIfCancelled(signal)
  const role = await readDefaultRole(db)
  const importId = newImportId(ctx)
  return db.transaction('rw', IMPORT_TABLES, async () => {
    const tracker = new WriteTracker(options.expectedWrites ?? 0, options)
    const previousState: ImportRecord['previousState'] = []
    const { changes } = await planInSlices(db, ctx, request, importId, role, {
      signal,
      write: async (writes) => {
        await writeSlice(db, writes, tracker)
        for (const entry of previousStateOf(writes)) previousState.push(entry)
      }
    })
    await writeReps(db, changes.reps, tracker)
    const now = ctx.clock.now().toISOString()
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
      previousState: [...previousRepsOf(changes.reps), ...previousState]
    }
    await tracker.one(() => db.imports.add(record))
    await tracker.one(() => saveMapping(db, request, now, ctx))
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
