import {
  HISTORY_FIELDS,
  snapshotOf,
  type Activity,
  type ManualMeasure,
  type Opportunity
} from '../domain'
import { ownerKey, type ImportDecisions } from './decisions'
import type { NormaliseReport } from './normalise/rowNormaliser'
import { sourceFamily } from './detect'
import type { ImportedActivity } from './normalise/activities'
import type { ImportedMeasure } from './normalise/measures'
import {
  canonicalCrmId,
  type ImportedOpportunity,
  type Normalised
} from './normalise/opportunities'
import type { ImportedRep } from './normalise/reps'
import {
  same,
  type ChangeSetContext,
  type Existing,
  type Imported,
  type ImportChangeSet,
  type ImportWrites
} from './changeSet'
import { ChangePlanner } from './changePlanner'
import { joinsTeam, managerGroups, teamChoiceOf } from './team'

export type {
  Change,
  ChangeSetContext,
  Existing,
  Imported,
  ImportChangeSet,
  ImportWrites,
  RepStart,
  TableWrites
} from './changeSet'
export { firstRecordByOwner, hasPlaceholderStart, writesIn } from './changeSet'

/**
 * An import's changes: the normalised rows against what is already stored. The change set is
 * the exact set of writes (and the counts the manager sees before committing); committing it is
 * one transaction in the renderer. Pure, so the same change set is computed in tests and
 * benchmarks.
 */

/**
 * The fields whose change is history. The snapshot rule: a deal's history is its first known
 * state, then one snapshot each time one of these fields moved. A re-import that changes
 * nothing, or only other fields (name, account, last activity), writes none: the timeline,
 * stage exits and close-date pushes read only these fields, so such a snapshot would repeat the
 * one before it.
 *
 * The first known state is not written twice (issue 18: one record per deal): a new deal's
 * record carries `unchangedSince` and stands as its first snapshot (firstSnapshots). The import
 * that first moves one of these fields writes that first state as a snapshot row, then the new
 * one, and clears the mark. Both rows carry that import's id, so undoing it deletes both and
 * puts back the record with its mark: the history is as it was.
 */
function opportunityChanges(p: ChangePlanner): RecordChanges<ImportedOpportunity> {
  const family = sourceFamily(p.decisions.source)
  const stored = new Map<string, Opportunity>()
  const know = (opportunities: readonly Opportunity[]): void => {
    for (const o of opportunities) if (sourceFamily(o.source) === family) stored.set(o.crmId, o)
  }
  know(p.existing.opportunities)
  // Stored deals the file names (a CRM id is in a file once: a second row is rejected before).
  let matched = 0
  // One object for every deal this import creates or moves (records are written, never changed).
  const now = { asOf: p.decisions.asOf, takenAt: p.now, importId: p.ctx.importId }
  const each = (row: ImportedOpportunity): void => {
    const before = stored.get(row.crmId)
    if (before) matched += 1
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
    const after = p.upsert<Opportunity>('opportunities', before, fields, row.rowNumber, {
      identity: { crmId: row.crmId, source: p.decisions.source }
    })
    if (!after) return
    if (!before) {
      after.unchangedSince = now
      return
    }
    if (!HISTORY_FIELDS.some((f) => !same(before[f], after[f]))) {
      if (before.unchangedSince) after.unchangedSince = before.unchangedSince
      return
    }
    // A deal is in a file once: a second row with its CRM id is rejected before this.
    if (before.unchangedSince) {
      const { asOf, takenAt } = before.unchangedSince
      p.changes.snapshots.push(
        snapshotOf(before, after.id, { id: p.ctx.newId(), asOf, takenAt, importId: now.importId })
      )
    }
    p.changes.snapshots.push(snapshotOf(after, after.id, { id: p.ctx.newId(), ...now }))
  }
  const finish = (): void => {
    const storedCount = p.existing.opportunitiesInFamily ?? stored.size
    const missing = storedCount - matched
    if (storedCount > 0 && missing > 0) {
      p.changes.notes.push(
        missing === 1
          ? '1 opportunity from earlier imports is not in this file and was left as it was.'
          : `${missing} opportunities from earlier imports are not in this file and were left as they were.`
      )
    }
  }
  return { each, finish, know }
}

const activityKey = (a: { repId?: string; type: string; subject: string; date: string }): string =>
  `${a.repId ?? ''}|${a.type}|${a.date}|${a.subject.trim().toLowerCase()}`

function activityChanges(p: ChangePlanner): RecordChanges<ImportedActivity> {
  const family = sourceFamily(p.decisions.source)
  const sameFamily = p.existing.activities.filter((a) => sourceFamily(a.source) === family)
  const byCrmId = new Map(sameFamily.filter((a) => a.crmId).map((a) => [a.crmId, a] as const))
  const byKey = new Map(sameFamily.filter((a) => !a.crmId).map((a) => [activityKey(a), a] as const))
  // Links prefer the file's own CRM; a generic activities file may point at any CRM's ids.
  const opportunities = new Map<string, { id: string; ownCrm: boolean }>()
  const know = (stored: readonly Opportunity[]): void => {
    for (const o of stored) {
      const ownCrm = sourceFamily(o.source) === family
      if (ownCrm || !opportunities.get(o.crmId)?.ownCrm)
        opportunities.set(o.crmId, { id: o.id, ownCrm })
    }
  }
  know(p.existing.opportunities)
  const linkOf = (crmId: string): string | undefined =>
    (opportunities.get(crmId) ?? opportunities.get(canonicalCrmId(crmId, 'salesforceExport')))?.id
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
    const after = p.upsert<Activity>('activities', before, fields, row.rowNumber, {
      identity: { crmId: row.crmId, source: p.decisions.source },
      again: !row.crmId
    })
    if (after && !before && !row.crmId) byKey.set(activityKey(after), after)
  }
  const finish = (): void => {
    if (unlinked > 0) {
      p.changes.notes.push(
        `${unlinked} activit${unlinked === 1 ? 'y links' : 'ies link'} to opportunities Fieldbook ` +
          'does not have; they were kept without the link. Import the opportunities first to link them.'
      )
    }
  }
  return { each, finish, know }
}

function repChanges(p: ChangePlanner): RecordChanges<ImportedRep> {
  const managers = p.decisions.managers
  // A people file is short: its rows are kept for the team choice, worked out at the end.
  const records: ImportedRep[] = []
  const each = (row: ImportedRep): void => {
    records.push(row)
    if (!joinsTeam(row, managers)) {
      p.changes.skipped.push({
        rowNumber: row.rowNumber,
        reason: row.manager
          ? `${row.name} is on ${row.manager}’s team`
          : `${row.name} has no manager in the file`
      })
      return
    }
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
      if (adds.length > 0) p.changes.counts.updated += 1
      else p.changes.counts.unchanged += 1
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
    if (created) p.changes.counts.created += 1
  }
  const finish = (): void => {
    p.changes.team = teamChoiceOf(records, managerGroups(records), managers)
  }
  return { each, finish }
}

function measureChanges(p: ChangePlanner): RecordChanges<ImportedMeasure> {
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
    const after = p.upsert<ManualMeasure>(
      'manualMeasures',
      before,
      { ...fields, value: row.value, note: row.note },
      row.rowNumber,
      { again: true }
    )
    if (after) stored.set(key(after), after)
  }
  return { each, finish: () => undefined }
}

/** Takes a kind's records one at a time, then settles what needs all of them. */
interface RecordChanges<T> {
  each(record: T): void
  finish(): void
  /** Stored opportunities the records to come may touch (read a slice at a time). */
  know?(opportunities: readonly Opportunity[]): void
}

function recordChanges(p: ChangePlanner): RecordChanges<Imported> {
  switch (p.decisions.kind) {
    case 'opportunities':
      return opportunityChanges(p) as RecordChanges<Imported>
    case 'activities':
      return activityChanges(p) as RecordChanges<Imported>
    case 'reps':
      return repChanges(p) as RecordChanges<Imported>
    case 'manualMeasures':
      return measureChanges(p) as RecordChanges<Imported>
  }
}

/**
 * An import's change set worked out a slice of records at a time, so a big file is never held
 * whole (issue 18): the caller tells it the stored opportunities each slice may touch (`know`,
 * before `plan`), takes each slice's writes to write them (`takeWrites`), and gets the counts,
 * reps and problems at the end (`finish`, with the normaliser's report). Without `takeWrites`
 * the change set holds every write, as `planImportChanges` returns it.
 */
export class ImportPlanner {
  private readonly p: ChangePlanner
  private readonly kind: RecordChanges<Imported>

  constructor(decisions: ImportDecisions, existing: Existing, ctx: ChangeSetContext) {
    this.p = new ChangePlanner(decisions, existing, ctx)
    this.kind = recordChanges(this.p)
  }

  know(opportunities: readonly Opportunity[]): void {
    this.kind.know?.(opportunities)
  }

  plan(records: readonly Imported[]): void {
    for (const record of records) {
      this.p.see(record)
      this.kind.each(record)
    }
  }

  takeWrites(): ImportWrites {
    return this.p.takeWrites()
  }

  finish(report?: NormaliseReport): ImportChangeSet {
    this.kind.finish()
    return this.p.finish(report)
  }
}

export function planImportChanges(
  normalised: Normalised<Imported>,
  decisions: ImportDecisions,
  existing: Existing,
  ctx: ChangeSetContext
): ImportChangeSet {
  const planner = new ImportPlanner(decisions, existing, ctx)
  planner.plan(normalised.records)
  return planner.finish(normalised)
}
