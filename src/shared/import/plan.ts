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
import { workspaceTables } from '../domain/workspace'
import { describeValidationError } from '../validation'
import { ownerKey, type ImportDecisions, type RowProblem, type SkippedRow } from './decisions'
import { sourceFamily } from './detect'
import type { ImportedActivity } from './normalise/activities'
import type { ImportedMeasure } from './normalise/measures'
import {
  canonicalCrmId,
  type ImportedOpportunity,
  type Normalised
} from './normalise/opportunities'
import type { ImportedRep } from './normalise/reps'
import { repAliasIndex } from './owners'

/**
 * Planning an import: the normalised rows against what is already stored. The plan is the
 * exact set of writes (and the counts the manager sees before committing); committing it is
 * one transaction in the renderer. Pure, so the same plan is computed in tests and benchmarks.
 */

export type Imported = ImportedOpportunity | ImportedActivity | ImportedRep | ImportedMeasure

export interface Existing {
  reps: Rep[]
  /** Stored opportunities; only the same CRM family's are updated by CRM id. */
  opportunities: Opportunity[]
  activities: Activity[]
  manualMeasures: ManualMeasure[]
  /** The role new reps get. */
  defaultRoleId: string
}

export interface Change<T> {
  before: T
  after: T
}

export interface ImportPlan {
  importId: string
  counts: ImportCounts
  reps: { create: Rep[]; update: Change<Rep>[] }
  opportunities: { create: Opportunity[]; update: Change<Opportunity>[] }
  snapshots: OpportunitySnapshot[]
  activities: { create: Activity[]; update: Change<Activity>[] }
  manualMeasures: { create: ManualMeasure[]; update: Change<ManualMeasure>[] }
  rejected: RowProblem[]
  skipped: SkippedRow[]
  notes: string[]
}

export interface PlanContext {
  clock: Clock
  newId: IdGenerator
  importId: string
}

const OPPORTUNITY_FIELDS = [
  'repId',
  'ownerAlias',
  'name',
  'account',
  'crmStage',
  'stageKey',
  'status',
  'amount',
  'createdDate',
  'closeDate',
  'nextStep',
  'lastActivityDate'
] as const
/** The fields whose change is history: a snapshot is written when any of them moves. */
const HISTORY_FIELDS = [
  'crmStage',
  'stageKey',
  'status',
  'amount',
  'closeDate',
  'nextStep'
] as const

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b)

class Planner {
  readonly now: string
  readonly plan: ImportPlan
  readonly aliasIndex: Map<string, string>
  private readonly newReps = new Map<string, Rep>()
  private readonly repUpdates = new Map<string, Change<Rep>>()
  private readonly rejectedRows = new Set<number>()
  private skippedOwners = 0

  constructor(
    readonly decisions: ImportDecisions,
    readonly existing: Existing,
    readonly ctx: PlanContext,
    normalised: Normalised<Imported>
  ) {
    this.now = ctx.clock.now().toISOString()
    this.aliasIndex = repAliasIndex(existing.reps)
    this.plan = {
      importId: ctx.importId,
      counts: { created: 0, updated: 0, unchanged: 0, skipped: 0, rejected: 0 },
      reps: { create: [], update: [] },
      opportunities: { create: [], update: [] },
      snapshots: [],
      activities: { create: [], update: [] },
      manualMeasures: { create: [], update: [] },
      rejected: [...normalised.rejected],
      skipped: [...normalised.skipped],
      notes: [...normalised.notes]
    }
    for (const p of normalised.rejected) this.rejectedRows.add(p.rowNumber)
  }

  /** Validates a record with its table's schema; a failure becomes a rejected row. */
  valid<T>(table: keyof typeof workspaceTables, record: T, rowNumber: number): T | undefined {
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
    this.plan.rejected.push(problem)
    this.rejectedRows.add(problem.rowNumber)
  }

  /** The rep a row belongs to, per the manager's owner choices; undefined = skip the row. */
  repFor(owner: string, key: string, rowNumber: number): string | undefined {
    const choice = this.decisions.owners[key]
    if (choice?.action === 'skip') {
      this.skippedOwners += 1
      this.plan.skipped.push({ rowNumber, reason: `owner “${owner}” skipped` })
      return undefined
    }
    if (choice?.action === 'rep') {
      this.addAlias(choice.repId, owner)
      return choice.repId
    }
    const known = this.aliasIndex.get(key)
    if (known && !choice) return known
    if (choice?.action === 'create') return this.createRep(choice.name, owner, rowNumber)?.id
    this.plan.skipped.push({
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
        rampMonths: 0,
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
    this.plan.reps.create.push(rep)
    return rep
  }

  /** Mapping an owner to a rep teaches Fieldbook the alias for next time. */
  addAlias(repId: string, alias: string): void {
    const created = this.plan.reps.create.find((r) => r.id === repId)
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

  finish(): ImportPlan {
    this.plan.reps.update = [...this.repUpdates.values()]
    const c = this.plan.counts
    c.rejected = this.rejectedRows.size
    c.skipped = this.plan.skipped.length
    if (this.skippedOwners > 0) {
      this.plan.notes.push(`${this.skippedOwners} row(s) of skipped owners were left out.`)
    }
    return this.plan
  }
}

function planOpportunities(
  p: Planner,
  records: ImportedOpportunity[]
): RecordPlanner<ImportedOpportunity> {
  const family = sourceFamily(p.decisions.source)
  const stored = new Map(
    p.existing.opportunities
      .filter((o) => sourceFamily(o.source) === family)
      .map((o) => [o.crmId, o] as const)
  )
  const each = (row: ImportedOpportunity): void => {
    const repId = p.repFor(row.owner, row.ownerKey, row.rowNumber)
    if (repId === undefined) return
    const fields = {
      repId,
      ownerAlias: row.owner,
      name: row.name,
      account: row.account,
      crmStage: row.crmStage,
      stageKey: row.stageKey,
      status: row.status,
      amount: row.amount,
      createdDate: row.createdDate,
      closeDate: row.closeDate,
      nextStep: row.nextStep,
      lastActivityDate: row.lastActivityDate
    }
    const before = stored.get(row.crmId)
    if (before && OPPORTUNITY_FIELDS.every((f) => same(before[f], fields[f]))) {
      p.plan.counts.unchanged += 1
      return
    }
    const after = p.valid<Opportunity>(
      'opportunities',
      {
        id: before?.id ?? p.ctx.newId(),
        createdAt: before?.createdAt ?? p.now,
        updatedAt: p.now,
        crmId: row.crmId,
        source: p.decisions.source,
        ...fields,
        importId: p.ctx.importId
      },
      row.rowNumber
    )
    if (!after) return
    if (before) {
      p.plan.opportunities.update.push({ before, after })
      p.plan.counts.updated += 1
    } else {
      p.plan.opportunities.create.push(after)
      p.plan.counts.created += 1
    }
    if (!before || HISTORY_FIELDS.some((f) => !same(before[f], after[f]))) {
      p.plan.snapshots.push({
        id: p.ctx.newId(),
        opportunityId: after.id,
        takenAt: p.now,
        asOf: p.decisions.asOf,
        crmStage: after.crmStage,
        stageKey: after.stageKey,
        status: after.status,
        amount: after.amount,
        closeDate: after.closeDate,
        nextStep: after.nextStep,
        importId: p.ctx.importId
      })
    }
  }
  const finish = (): void => {
    const inFile = new Set(records.map((r) => r.crmId))
    const missing = [...stored.keys()].filter((id) => !inFile.has(id)).length
    if (stored.size > 0 && missing > 0) {
      p.plan.notes.push(
        missing === 1
          ? '1 opportunity from earlier imports is not in this file and was left as it was.'
          : `${missing} opportunities from earlier imports are not in this file and were left as they were.`
      )
    }
  }
  return { each, finish }
}

const activityKey = (a: { repId?: string; type: string; subject: string; date: string }): string =>
  `${a.repId ?? ''}|${a.type}|${a.date}|${a.subject.trim().toLowerCase()}`

function planActivities(p: Planner): RecordPlanner<ImportedActivity> {
  const family = sourceFamily(p.decisions.source)
  const sameFamily = p.existing.activities.filter((a) => sourceFamily(a.source) === family)
  const byCrmId = new Map(sameFamily.filter((a) => a.crmId).map((a) => [a.crmId, a] as const))
  const byKey = new Map(sameFamily.filter((a) => !a.crmId).map((a) => [activityKey(a), a] as const))
  // Links prefer the file's own CRM; a generic activities file may point at any CRM's ids.
  const all = [...p.existing.opportunities, ...p.plan.opportunities.create]
  const opportunities = new Map<string, string>()
  for (const o of all) if (sourceFamily(o.source) !== family) opportunities.set(o.crmId, o.id)
  for (const o of all) if (sourceFamily(o.source) === family) opportunities.set(o.crmId, o.id)
  const linkOf = (crmId: string): string | undefined =>
    opportunities.get(crmId) ?? opportunities.get(canonicalCrmId(crmId, 'salesforceExport'))
  let unlinked = 0
  const each = (row: ImportedActivity): void => {
    const repId = p.repFor(row.owner, row.ownerKey, row.rowNumber)
    if (repId === undefined) return
    const opportunityId = row.opportunityCrmId ? linkOf(row.opportunityCrmId) : undefined
    if (row.opportunityCrmId && !opportunityId) unlinked += 1
    const fields = {
      repId,
      ownerAlias: row.owner,
      type: row.type,
      subject: row.subject,
      date: row.date,
      opportunityId,
      durationSeconds: row.durationSeconds,
      nextStepAgreed: row.nextStepAgreed
    }
    const before = row.crmId ? byCrmId.get(row.crmId) : byKey.get(activityKey(fields))
    const keys = Object.keys(fields) as (keyof typeof fields)[]
    if (before && keys.every((k) => same(before[k], fields[k]))) {
      p.plan.counts.unchanged += 1
      return
    }
    const after = p.valid<Activity>(
      'activities',
      {
        id: before?.id ?? p.ctx.newId(),
        createdAt: before?.createdAt ?? p.now,
        updatedAt: p.now,
        crmId: row.crmId,
        source: p.decisions.source,
        ...fields,
        importId: p.ctx.importId
      },
      row.rowNumber
    )
    if (!after) return
    if (before) {
      p.plan.activities.update.push({ before, after })
      p.plan.counts.updated += 1
    } else {
      p.plan.activities.create.push(after)
      p.plan.counts.created += 1
      if (!row.crmId) byKey.set(activityKey(after), after)
    }
  }
  const finish = (): void => {
    if (unlinked > 0) {
      p.plan.notes.push(
        `${unlinked} activit${unlinked === 1 ? 'y links' : 'ies link'} to opportunities Fieldbook ` +
          'does not have; they were kept without the link. Import the opportunities first to link them.'
      )
    }
  }
  return { each, finish }
}

function planReps(p: Planner): RecordPlanner<ImportedRep> {
  const each = (row: ImportedRep): void => {
    const known = p.aliasIndex.get(row.ownerKey)
    const choice =
      p.decisions.owners[row.ownerKey] ??
      (known ? { action: 'rep' as const, repId: known } : undefined)
    const aliases = [row.crmId, row.email, row.name].filter((a): a is string => !!a)
    if (choice?.action === 'skip') {
      p.repFor(row.name, row.ownerKey, row.rowNumber)
      return
    }
    if (choice?.action === 'rep') {
      const before = p.existing.reps.find((r) => r.id === choice.repId)
      const names = before
        ? [before.name, before.email ?? '', ...before.crmAliases].map(ownerKey)
        : []
      const adds = aliases.filter((a) => !names.includes(ownerKey(a)))
      for (const alias of adds) p.addAlias(choice.repId, alias)
      if (adds.length > 0) p.plan.counts.updated += 1
      else p.plan.counts.unchanged += 1
      return
    }
    const created = p.createRep(
      choice?.action === 'create' ? choice.name : row.name,
      row.name,
      row.rowNumber,
      {
        email: row.email,
        territory: row.territory,
        active: row.active,
        crmAliases: [row.crmId ?? ''].filter((a) => a !== '')
      }
    )
    if (created) p.plan.counts.created += 1
  }
  return { each, finish: () => undefined }
}

function planMeasures(p: Planner): RecordPlanner<ImportedMeasure> {
  const key = (m: {
    repId: string
    metric: string
    periodStart: string
    periodEnd: string
  }): string => `${m.repId}|${m.metric}|${m.periodStart}|${m.periodEnd}`
  const stored = new Map(p.existing.manualMeasures.map((m) => [key(m), m] as const))
  const each = (row: ImportedMeasure): void => {
    const repId = p.repFor(row.owner, row.ownerKey, row.rowNumber)
    if (repId === undefined) return
    const fields = {
      repId,
      metric: row.metric,
      periodStart: row.periodStart,
      periodEnd: row.periodEnd
    }
    const before = stored.get(key(fields))
    if (before && before.value === row.value && before.note === row.note) {
      p.plan.counts.unchanged += 1
      return
    }
    const after = p.valid<ManualMeasure>(
      'manualMeasures',
      {
        id: before?.id ?? p.ctx.newId(),
        createdAt: before?.createdAt ?? p.now,
        updatedAt: p.now,
        ...fields,
        value: row.value,
        note: row.note,
        importId: p.ctx.importId
      },
      row.rowNumber
    )
    if (!after) return
    stored.set(key(after), after)
    if (before) {
      p.plan.manualMeasures.update.push({ before, after })
      p.plan.counts.updated += 1
    } else {
      p.plan.manualMeasures.create.push(after)
      p.plan.counts.created += 1
    }
  }
  return { each, finish: () => undefined }
}

/** Takes a kind's records one at a time, then settles what needs all of them. */
interface RecordPlanner<T> {
  each(record: T): void
  finish(): void
}

function recordPlanner(p: Planner, records: Imported[]): RecordPlanner<Imported> {
  switch (p.decisions.kind) {
    case 'opportunities':
      return planOpportunities(p, records as ImportedOpportunity[]) as RecordPlanner<Imported>
    case 'activities':
      return planActivities(p) as RecordPlanner<Imported>
    case 'reps':
      return planReps(p) as RecordPlanner<Imported>
    case 'manualMeasures':
      return planMeasures(p) as RecordPlanner<Imported>
  }
}

export function planImport(
  normalised: Normalised<Imported>,
  decisions: ImportDecisions,
  existing: Existing,
  ctx: PlanContext
): ImportPlan {
  const p = new Planner(decisions, existing, ctx, normalised)
  const planner = recordPlanner(p, normalised.records)
  for (const record of normalised.records) planner.each(record)
  planner.finish()
  return p.finish()
}

/**
 * The same plan as `planImport`, pausing every `slice` records. Inside a Dexie transaction,
 * `pause` must be an IndexedDB request (it yields to the page and keeps the transaction open).
 */
export async function planImportInSlices(
  normalised: Normalised<Imported>,
  decisions: ImportDecisions,
  existing: Existing,
  ctx: PlanContext,
  pause: () => Promise<unknown>,
  slice = 2000
): Promise<ImportPlan> {
  const p = new Planner(decisions, existing, ctx, normalised)
  const planner = recordPlanner(p, normalised.records)
  const records = normalised.records
  for (let start = 0; start < records.length; start += slice) {
    const end = Math.min(records.length, start + slice)
    for (let i = start; i < end; i++) planner.each(records[i] as Imported)
    if (end < records.length) await pause()
  }
  planner.finish()
  return p.finish()
}
