import type { Rep } from '../domain'
import { workspaceTables } from '../domain/workspace'
import { describeValidationError } from '../validation'
import { ownerKey, type ImportDecisions, type RowProblem } from './decisions'
import { emptyReport, type NormaliseReport } from './normalise/rowNormaliser'
import { repAliasIndex } from './owners'
import { settleStarts } from './repStarts'
import {
  seeFirstRecord,
  same,
  type Change,
  type ChangeSetContext,
  type Existing,
  type ImportChangeSet,
  type Imported,
  type ImportWrites,
  type TableWrites
} from './changeSet'

/**
 * The state of one import's change set being worked out: the change set under construction,
 * the owner → rep decisions (including reps it creates and aliases it teaches) and the shared
 * create/update step. The per-kind rules that drive it are in importChanges.ts.
 */
export class ChangePlanner {
  readonly now: string
  readonly changes: ImportChangeSet
  readonly aliasIndex: Map<string, string>
  private readonly newReps = new Map<string, Rep>()
  private readonly repUpdates = new Map<string, Change<Rep>>()
  private readonly rejectedRows = new Set<number>()
  /**
   * Records this change set already writes that a later row may land on again, by table and
   * id: updates of stored records, and the created records a kind looks up again (`again`).
   * `slice` is the write slice they are in (takeWrites), `index` their place in its list.
   */
  private readonly written = {
    opportunities: new Map<string, Written>(),
    activities: new Map<string, Written>(),
    manualMeasures: new Map<string, Written>()
  }
  private slice = 0
  private skippedOwners = 0
  /** Each owner's earliest dated record in the file, as the records go by. */
  private readonly firstRecords = new Map<string, string>()

  constructor(
    readonly decisions: ImportDecisions,
    readonly existing: Existing,
    readonly ctx: ChangeSetContext
  ) {
    this.now = ctx.clock.now().toISOString()
    this.aliasIndex = repAliasIndex(existing.reps)
    this.changes = {
      importId: ctx.importId,
      counts: { created: 0, updated: 0, unchanged: 0, skipped: 0, rejected: 0 },
      reps: { create: [], update: [] },
      ...noWrites(),
      rejected: [],
      skipped: [],
      notes: [],
      starts: []
    }
  }

  /** Notes a record of the file before its kind's rule plans it (rep starts read these). */
  see(record: Imported): void {
    seeFirstRecord(this.firstRecords, record)
  }

  /**
   * The records planned since the last call, handed over to be written: the change set keeps
   * only its counts, reps and problems. A later row that lands on one of them is written over
   * it (`rewrite`).
   */
  takeWrites(): ImportWrites {
    const { opportunities, snapshots, activities, manualMeasures } = this.changes
    Object.assign(this.changes, noWrites())
    this.slice += 1
    return { opportunities, snapshots, activities, manualMeasures }
  }

  /** Validates a record with its table's schema; a failure becomes a rejected row. */
  valid<T>(table: keyof typeof workspaceTables, record: unknown, rowNumber: number): T | undefined {
    const parsed = workspaceTables[table].safeParse(record)
    if (parsed.success) return parsed.data as T
    this.reject({
      rowNumber,
      column: '(record)',
      value: '',
      reason: describeValidationError(`The ${table} record`, parsed.error)
    })
    return undefined
  }

  reject(problem: RowProblem): void {
    this.changes.rejected.push(problem)
    this.rejectedRows.add(problem.rowNumber)
  }

  /** The rep a row belongs to, per the manager's owner choices; undefined = skip the row. */
  repFor(owner: string, key: string, rowNumber: number): string | undefined {
    const choice = this.decisions.owners[key]
    if (choice?.action === 'skip') {
      this.skippedOwners += 1
      this.changes.skipped.push({ rowNumber, reason: `owner “${owner}” skipped` })
      return undefined
    }
    if (choice?.action === 'rep') {
      this.addAlias(choice.repId, owner)
      return choice.repId
    }
    const known = this.aliasIndex.get(key)
    if (known && !choice) return known
    if (choice?.action === 'create') return this.createRep(choice.name, owner, rowNumber)?.id
    this.changes.skipped.push({
      rowNumber,
      reason: `owner “${owner}” is not a rep and was not mapped`
    })
    return undefined
  }

  /**
   * A new rep for an owner, once per person: "Sam Carter" and "sam.carter@example.com" both
   * become one rep named Sam Carter (the second as an alias), and a name that is already on
   * the team maps to that rep instead of making a twin.
   */
  createRep(
    name: string,
    alias: string,
    rowNumber: number,
    extra: Partial<Rep> = {}
  ): Rep | undefined {
    const key = ownerKey(alias)
    const nameKey = ownerKey(name)
    const already = this.newReps.get(key) ?? this.newReps.get(nameKey)
    const existingId = this.aliasIndex.get(nameKey)
    if (already || existingId) {
      const repId = already?.id ?? existingId ?? ''
      this.addAlias(repId, alias)
      for (const more of extra.crmAliases ?? []) this.addAlias(repId, more)
      if (already) this.newReps.set(key, already)
      return already ?? this.existing.reps.find((r) => r.id === existingId)
    }
    const aliases = [...new Set([alias, ...(extra.crmAliases ?? [])].map((a) => a.trim()))].filter(
      (a) => a !== '' && ownerKey(a) !== nameKey
    )
    const rep = this.valid<Rep>(
      'reps',
      {
        id: this.ctx.newId(),
        createdAt: this.now,
        updatedAt: this.now,
        name: name.trim(),
        roleId: this.existing.defaultRoleId,
        startDate: this.decisions.asOf,
        rampMonths: this.existing.defaultRampMonths ?? 0,
        territory: '',
        oneOnOneCadenceDays: 7,
        active: true,
        ...extra,
        crmAliases: aliases
      },
      rowNumber
    )
    if (!rep) return undefined
    this.newReps.set(key, rep)
    this.newReps.set(nameKey, rep)
    this.changes.reps.create.push(rep)
    return rep
  }

  /** Mapping an owner to a rep teaches Fieldbook the alias for next time. */
  addAlias(repId: string, alias: string): void {
    const created = this.changes.reps.create.find((r) => r.id === repId)
    const target =
      created ?? this.repUpdates.get(repId)?.after ?? this.existing.reps.find((r) => r.id === repId)
    if (!target) return
    const known = [target.name, target.email ?? '', ...target.crmAliases].map(ownerKey)
    if (known.includes(ownerKey(alias)) || alias.trim() === '') return
    const after = {
      ...target,
      crmAliases: [...target.crmAliases, alias.trim()],
      updatedAt: this.now
    }
    if (created) {
      Object.assign(created, after)
      return
    }
    const change = this.repUpdates.get(repId)
    if (change) change.after = after
    else this.repUpdates.set(repId, { before: target, after })
  }

  /**
   * One stored record against its new version: unchanged (every compared field equal) is only
   * counted; otherwise the new version is validated and added as a create or an update.
   * `identity` fields (CRM id, source) are written but not compared. A row that lands on a
   * record an earlier row of the same file created or updated replaces that write (counted as
   * an update), so each record is written once (or, when taken in slices, written over once in a
   * later slice) and undo keeps the version from before the file. `again`: the kind may hand
   * this created record back as a later row's `before` (so it is remembered; most are not).
   */
  upsert<T extends { id: string; createdAt: string }>(
    table: 'opportunities' | 'activities' | 'manualMeasures',
    before: T | undefined,
    compared: Record<string, unknown>,
    rowNumber: number,
    { identity = {}, again = false }: { identity?: Record<string, unknown>; again?: boolean } = {}
  ): T | undefined {
    const stored = before as Record<string, unknown> | undefined
    if (stored && Object.keys(compared).every((k) => same(stored[k], compared[k]))) {
      this.changes.counts.unchanged += 1
      return undefined
    }
    const after = this.valid<T>(
      table,
      {
        id: before?.id ?? this.ctx.newId(),
        createdAt: before?.createdAt ?? this.now,
        updatedAt: this.now,
        ...identity,
        ...compared,
        importId: this.ctx.importId
      },
      rowNumber
    )
    if (!after) return undefined
    const bucket = this.changes[table] as unknown as TableWrites<T>
    const written = this.written[table]
    const earlier = before && written.get(before.id)
    if (earlier) {
      this.changes.counts.updated += 1
      if (earlier.slice === this.slice) {
        if (earlier.list === 'create') bucket.create[earlier.index] = after
        else if (earlier.list === 'update')
          (bucket.update[earlier.index] as Change<T>).after = after
        else bucket.rewrite[earlier.index] = after
        return after
      }
      // Written in an earlier slice: written over, once this slice.
      written.set(after.id, { slice: this.slice, list: 'rewrite', index: bucket.rewrite.length })
      bucket.rewrite.push(after)
    } else if (before) {
      written.set(after.id, { slice: this.slice, list: 'update', index: bucket.update.length })
      bucket.update.push({ before, after })
      this.changes.counts.updated += 1
    } else {
      if (again)
        written.set(after.id, { slice: this.slice, list: 'create', index: bucket.create.length })
      bucket.create.push(after)
      this.changes.counts.created += 1
    }
    return after
  }

  /** Settles reps and counts; `report` is the normaliser's (its problems and notes come first). */
  finish(report: NormaliseReport = emptyReport()): ImportChangeSet {
    const changes = this.changes
    changes.rejected = [...report.rejected, ...changes.rejected]
    changes.skipped = [...report.skipped, ...changes.skipped]
    changes.notes = [...report.notes, ...changes.notes]
    for (const problem of report.rejected) this.rejectedRows.add(problem.rowNumber)
    settleStarts(this, this.repUpdates, this.firstRecords)
    changes.reps.update = [...this.repUpdates.values()]
    changes.counts.rejected = this.rejectedRows.size
    changes.counts.skipped = changes.skipped.length
    if (this.skippedOwners > 0) {
      changes.notes.push(`${this.skippedOwners} row(s) of skipped owners were left out.`)
    }
    return changes
  }
}

/** Where a record this change set writes sits: its write slice, list and place in it. */
interface Written {
  slice: number
  list: 'create' | 'update' | 'rewrite'
  index: number
}

function noWrites(): ImportWrites {
  return {
    opportunities: { create: [], update: [], rewrite: [] },
    snapshots: [],
    activities: { create: [], update: [], rewrite: [] },
    manualMeasures: { create: [], update: [], rewrite: [] }
  }
}
