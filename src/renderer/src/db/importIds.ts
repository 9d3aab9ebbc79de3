import type { IdGenerator } from '@shared/domain'
import type { RepositoryContext } from './repository'

/**
 * An import's id: its time (base 36, fixed width) and a random part, 18 characters where a
 * UUID has 36. Every record the import creates or changes carries it (and every deal it
 * creates twice: `importId`, `unchangedSince.importId`), and so does the `importId` index.
 */
export function newImportId(ctx: RepositoryContext): string {
  const time = ctx.clock.now().getTime().toString(36).padStart(9, '0')
  const random = ctx.newId().replace(/-/g, '').slice(0, 8)
  return `${time}-${random}`
}

/**
 * Ids for the records one import creates, in increasing order: the import's id (its time first)
 * then a counter (fixed width). IndexedDB keeps every table and index sorted by key, so keys
 * that grow are appended at the end of the primary key range and of the `importId`, `repId` and
 * `opportunityId` index ranges (ties are ordered by primary key) instead of being inserted at
 * random places, as random UUIDs are. Measured in Chromium (importWrites.ts, SLICE): 5,000
 * opportunities took 2.2–2.8 s (fastest of 4) with growing ids against 3.7–6.2 s with random
 * UUIDs; activities were within the noise.
 *
 * Short, too: every index entry holds the record's key, and a deal's `repId` and an activity's
 * `opportunityId` are such ids. Writing 100,000 imported deals in Chromium with ids of 22
 * characters instead of 58 took 0.88× the time (paired runs: 0.83–0.96 wall, 0.85–0.97 CPU).
 */
export function importIds(importId: string): IdGenerator {
  let n = 0
  return () => `${importId}-${(n++).toString(36).padStart(6, '0')}`
}
