import type {
  Activity,
  Clock,
  IdGenerator,
  ImportCounts,
  ManualMeasure,
  Opportunity,
  OpportunitySnapshot,
  Rep
} from '../domain'
import type { RowProblem, SkippedRow } from './decisions'
import type { ImportedActivity } from './normalise/activities'
import type { ImportedMeasure } from './normalise/measures'
import type { ImportedOpportunity } from './normalise/opportunities'
import type { ImportedRep } from './normalise/reps'
import type { TeamChoice } from './team'

/**
 * An import's change set: the exact writes it will make against what is already stored (and
 * the counts the manager sees before committing). importChanges.ts computes it; committing it
 * is one transaction in the renderer.
 */

export type Imported = ImportedOpportunity | ImportedActivity | ImportedRep | ImportedMeasure

export interface Existing {
  reps: Rep[]
  /**
   * Stored opportunities known before the first record; only the same CRM family's are updated
   * by CRM id. Planning reads only those the file can touch (its CRM family, or the deals its
   * activities link to), here when they are few, else a slice at a time (ImportPlanner.know).
   */
  opportunities: Opportunity[]
  /**
   * How many opportunities of the file's CRM family are stored, when `opportunities` holds only
   * the ones the file names (for the "not in this file" note); absent = all are in the list.
   */
  opportunitiesInFamily?: number
  activities: Activity[]
  manualMeasures: ManualMeasure[]
  /** The role new reps get, and its default ramp. */
  defaultRoleId: string
  defaultRampMonths?: number
}

/**
 * A rep's start as the review shows it: new reps start at their earliest record in the file
 * (never the import day), and reps an earlier import created with a placeholder start (on or
 * after the day Fieldbook created them) move back to their earliest record. Both are editable.
 */
export interface RepStart {
  /** `new:<name key>` for a rep this import creates, `rep:<id>` for one already stored. */
  key: string
  name: string
  startDate: string
  rampMonths: number
  /** The earliest deal or activity of theirs in the file, if any. */
  firstRecord?: string
  /** The start date before this import, for reps already stored. */
  before?: string
}

export interface Change<T> {
  before: T
  after: T
}

/**
 * One table's writes. `rewrite`: records this import already wrote in an earlier slice that a
 * later row of the file changed again (written over; not in the undo list, which has the
 * import's own records by their import id and the first `before` of each changed one). Only a
 * change set taken in slices (ImportPlanner.takeWrites) has any.
 */
export interface TableWrites<T> {
  create: T[]
  update: Change<T>[]
  rewrite: T[]
}

/** The records a change set writes, apart from reps (few; settled when the file ends). */
export interface ImportWrites {
  opportunities: TableWrites<Opportunity>
  snapshots: OpportunitySnapshot[]
  activities: TableWrites<Activity>
  manualMeasures: TableWrites<ManualMeasure>
}

/** How many records `writes` holds (each one write). */
export function writesIn(writes: ImportWrites): number {
  const table = (t: TableWrites<unknown>): number =>
    t.create.length + t.update.length + t.rewrite.length
  return (
    table(writes.opportunities) +
    writes.snapshots.length +
    table(writes.activities) +
    table(writes.manualMeasures)
  )
}

export interface ImportChangeSet extends ImportWrites {
  importId: string
  counts: ImportCounts
  reps: { create: Rep[]; update: Change<Rep>[] }
  rejected: RowProblem[]
  skipped: SkippedRow[]
  notes: string[]
  /** Start dates and ramps of the reps this import creates or moves back. */
  starts: RepStart[]
  /** A people file's choice of whose team joined (kept on the import record). */
  team?: TeamChoice
}

export interface ChangeSetContext {
  clock: Clock
  newId: IdGenerator
  importId: string
}

export const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b)

/**
 * A start date no person chose: on or after the day Fieldbook created the rep (an import
 * stamped its own day, or a people file had no dates). Records before it prove it wrong.
 */
export function hasPlaceholderStart(rep: Pick<Rep, 'startDate' | 'createdAt'>): boolean {
  return rep.startDate >= rep.createdAt.slice(0, 10)
}

/** Each owner's earliest dated record in the file: a deal created or closed, an activity. */
export function firstRecordByOwner(records: readonly Imported[]): Map<string, string> {
  const first = new Map<string, string>()
  for (const r of records) seeFirstRecord(first, r)
  return first
}

/** Takes one record into `first` (firstRecordByOwner a record at a time). */
export function seeFirstRecord(first: Map<string, string>, r: Imported): void {
  const see = (owner: string, day: string | undefined) => {
    if (day === undefined) return
    const known = first.get(owner)
    if (known === undefined || day < known) first.set(owner, day)
  }
  if ('crmStage' in r) {
    see(r.ownerKey, r.createdDate)
    if (r.status !== 'open') see(r.ownerKey, r.closeDate)
  } else if ('type' in r && 'date' in r) {
    see(r.ownerKey, r.date)
  }
}
