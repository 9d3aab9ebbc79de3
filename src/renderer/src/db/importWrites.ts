import type { Table } from 'dexie'
import type { ImportRecord, Rep, WorkspaceTableName } from '@shared/domain'
import type { Change, ImportChangeSet } from '@shared/import'
import type { FieldbookDb } from './database'
import { throwIfCancelled } from './importPlan'

/**
 * Writing a planned change set inside the commit's transaction: each record once (created ones
 * with bulkAdd, so a second write of the same key would fail loudly; changed ones with bulkPut),
 * in slices, with progress after each slice and a cancel check between them.
 */

/**
 * Records per bulk write, chosen by measurement in Chromium's real IndexedDB (Debian Chromium
 * headless, Dexie 4, a throwaway page; records shaped like ours in tables with this schema's
 * indexes; one transaction; slice sizes interleaved, 2026-12-06 on a 2-CPU machine shared with
 * other work, load average 9–14, so every figure is slow and noisy).
 *
 * 5,000 records, 4 rounds, fastest / median total ms, and the median longest bulkPut call
 * (the synchronous part: Dexie + structured clone of the slice, on the calling thread):
 *
 *   slice   opportunities (growing ids)   activities (growing ids)   longest call (opp / act)
 *     250   2,181 / 5,682                 3,040 / 4,307              182 / 172 ms
 *     500   2,783 / 8,503                 1,708 / 3,394              104 / 184 ms
 *   1,000   2,753 / 6,612                 3,019 / 3,745              216 / 291 ms
 *   2,000   2,353 / 5,366                 2,648 / 3,174              269 / 239 ms
 *
 * 10,000 records, 3 rounds (fastest total, s): opportunities 7.5 / 19.4 / 8.1 / 15.5 / 10.7 and
 * activities 12.9 / 18.5 / 15.7 / 17.2 / 15.6 for 250 / 500 / 1,000 / 2,000 / 5,000, with the
 * longest call growing with the slice (≈ 0.1–0.2 ms a record here: 5,000 held it 550–980 ms).
 *
 * No slice size was reliably faster in total; the time one call holds its thread (and the
 * transaction between two pauses) grows with the slice. So: the smallest slice with no cost
 * in total time, 500 (the sum of the fastest totals was lowest there). With random UUID keys
 * the same opportunities took 3.7 / 5.1 / 6.2 / 5.7 s (fastest) for 250 … 2,000: see importIds.ts.
 */
export const SLICE = 500

export interface WriteProgress {
  written: number
  total: number
}

export interface WriteOptions {
  signal?: AbortSignal
  onProgress?: (progress: WriteProgress) => void
}

/** How many records a commit writes: the change set's records, the import record, the mapping. */
export function recordsToWrite(changes: ImportChangeSet): number {
  return (
    changes.reps.create.length +
    changes.reps.update.length +
    changes.opportunities.create.length +
    changes.opportunities.update.length +
    changes.snapshots.length +
    changes.activities.create.length +
    changes.activities.update.length +
    changes.manualMeasures.create.length +
    changes.manualMeasures.update.length +
    2
  )
}

/** Counts written records and reports them; checks the signal before every write. */
export class WriteTracker {
  private written = 0

  constructor(
    readonly total: number,
    private readonly options: WriteOptions
  ) {}

  async slices<T>(table: Table<T>, rows: readonly T[], how: 'add' | 'put'): Promise<void> {
    for (let i = 0; i < rows.length; i += SLICE) {
      throwIfCancelled(this.options.signal)
      const slice = rows.slice(i, i + SLICE)
      await (how === 'add' ? table.bulkAdd(slice) : table.bulkPut(slice))
      this.done(slice.length)
    }
  }

  async one(write: () => Promise<unknown>): Promise<void> {
    throwIfCancelled(this.options.signal)
    await write()
    this.done(1)
  }

  private done(count: number): void {
    this.written += count
    this.options.onProgress?.({ written: this.written, total: this.total })
  }
}

/** Writes the change set's records (not the import record or the mapping). */
export async function writeChanges(
  db: FieldbookDb,
  changes: ImportChangeSet,
  tracker: WriteTracker
): Promise<void> {
  const after = <T>(updates: Change<T>[]): T[] => updates.map((c) => c.after)
  await tracker.slices(db.reps, changes.reps.create, 'add')
  await tracker.slices(db.reps, after(changes.reps.update), 'put')
  await tracker.slices(db.opportunities, changes.opportunities.create, 'add')
  await tracker.slices(db.opportunities, after(changes.opportunities.update), 'put')
  await tracker.slices(db.opportunitySnapshots, changes.snapshots, 'add')
  await tracker.slices(db.activities, changes.activities.create, 'add')
  await tracker.slices(db.activities, after(changes.activities.update), 'put')
  await tracker.slices(db.manualMeasures, changes.manualMeasures.create, 'add')
  await tracker.slices(db.manualMeasures, after(changes.manualMeasures.update), 'put')
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

/**
 * How to undo the change set: records this import created carry its importId and are found by
 * that index on undo; only reps (which have no importId) and the earlier versions of updated
 * records are kept.
 */
export function previousStateOf(changes: ImportChangeSet): Previous[] {
  return [
    ...previousOf<Rep>('reps', changes.reps.create, changes.reps.update),
    ...previousOf('opportunities', [], changes.opportunities.update),
    ...previousOf('activities', [], changes.activities.update),
    ...previousOf('manualMeasures', [], changes.manualMeasures.update)
  ]
}
