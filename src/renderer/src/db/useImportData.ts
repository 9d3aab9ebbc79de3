import { useLiveQuery } from 'dexie-react-hooks'
import type { ImportRecord, ManualMeasure, Rep } from '@shared/domain'
import { db } from '.'
import { latestUndoableImport } from './importRepository'

/** Live reads for the Import screen: its history, the reps it maps to, recent measures. */

/** Every import, newest first; undefined while loading. */
export function useImports(): ImportRecord[] | undefined {
  return useLiveQuery(() => db.imports.orderBy('importedAt').reverse().toArray(), [])
}

/** The import "Undo" would revert, if any. */
export function useLatestUndoableImport(): ImportRecord | undefined {
  return useLiveQuery(() => latestUndoableImport(db), [])
}

/** Every rep, in id order; undefined while loading. */
export function useImportReps(): Rep[] | undefined {
  return useLiveQuery(() => db.reps.orderBy('id').toArray(), [])
}

/** The manual measures entered or imported last (by id, newest first). */
export function useRecentManualMeasures(limit: number): ManualMeasure[] | undefined {
  return useLiveQuery(
    () => db.manualMeasures.orderBy('id').reverse().limit(limit).toArray(),
    [limit]
  )
}
