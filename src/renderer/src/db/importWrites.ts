import type { Table } from 'dexie'
import type { ImportRecord, WorkspaceTableName } from '@shared/domain'
import type { Change, ImportChangeSet, ImportWrites } from '@shared/import'
import type { FieldbookDb } from './database'
import { throwIfCancelled } from './importPlan'

/**
 * Writing a change set inside the commit's transaction, a planned slice at a time: each record
 * once (created ones with bulkAdd, so a second write of the same key would fail loudly; changed
 * ones with bulkPut; a record an earlier slice wrote and a later row changed is put over it),
 * in write slices, with progress after each and a cancel check between them.
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

/**
 * Counts written records and reports them; checks the signal before every write. `expected`
 * is the review's count of the writes: the commit works the changes out again as it writes, so
 * the total grows when it finds more (the data moved since the review).
 */
export class WriteTracker {
  private written = 0

  constructor(
    private readonly expected: number,
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
    const total = Math.max(this.expected, this.written)
    this.options.onProgress?.({ written: this.written, total })
  }
}

const after = <T>(updates: Change<T>[]): T[] => updates.map((c) => c.after)

/** Writes one slice's records (reps are written by writeReps, once the file is planned). */
export async function writeSlice(
  db: FieldbookDb,
  writes: ImportWrites,
  tracker: WriteTracker
): Promise<void> {
  const { opportunities, activities, manualMeasures } = writes
  await tracker.slices(db.opportunities, opportunities.create, 'add')
  await tracker.slices(
    db.opportunities,
    [...after(opportunities.update), ...opportunities.rewrite],
    'put'
  )
  await tracker.slices(db.opportunitySnapshots, writes.snapshots, 'add')
  await tracker.slices(db.activities, activities.create, 'add')
  await tracker.slices(db.activities, [...after(activities.update), ...activities.rewrite], 'put')
  await tracker.slices(db.manualMeasures, manualMeasures.create, 'add')
  await tracker.slices(
    db.manualMeasures,
    [...after(manualMeasures.update), ...manualMeasures.rewrite],
    'put'
  )
}

export async function writeReps(
  db: FieldbookDb,
  reps: ImportChangeSet['reps'],
  tracker: WriteTracker
): Promise<void> {
  await tracker.slices(db.reps, reps.create, 'add')
  await tracker.slices(db.reps, after(reps.update), 'put')
}

type Previous = ImportRecord['previousState'][number]

/**
 * How to undo a slice's writes: records this import created carry its importId and are found by
 * that index on undo (and so are those it wrote over); only the earlier versions of updated
 * records are kept.
 */
export function previousStateOf(writes: ImportWrites): Previous[] {
  const updated = <T extends { id: string }>(table: WorkspaceTableName, changes: Change<T>[]) =>
    changes.map((c) => ({ table, id: c.before.id, before: c.before }))
  return [
    ...updated('opportunities', writes.opportunities.update),
    ...updated('activities', writes.activities.update),
    ...updated('manualMeasures', writes.manualMeasures.update)
  ]
}

/** How to undo the reps' writes: reps have no importId, so the ones created are listed. */
export function previousRepsOf(reps: ImportChangeSet['reps']): Previous[] {
  return [
    ...reps.create.map((r) => ({ table: 'reps' as const, id: r.id })),
    ...reps.update.map((c) => ({ table: 'reps' as const, id: c.before.id, before: c.before }))
  ]
}
