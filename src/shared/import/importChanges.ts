import {
  HISTORY_FIELDS,
  snapshotOf,
  type Activity,
  type ManualMeasure,
  type Opportunity
} from '../domain'
import { ownerKey, type ImportDecisions } from './decisions'
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
  type ImportChangeSet
} from './changeSet'
import { ChangePlanner } from './changePlanner'
import { joinsTeam, managerGroups, teamChoiceOf } from './team'

export type {
  Change,
  ChangeSetContext,
  Existing,
  Imported,
  ImportChangeSet,
  RepStart
} from './changeSet'
export { firstRecordByOwner, hasPlaceholderStart } from './changeSet'

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
function opportunityChanges(
  p: ChangePlanner,
  records: ImportedOpportunity[]
): RecordChanges<ImportedOpportunity> {
  const family = sourceFamily(p.decisions.source)
  const stored = new Map(
    p.existing.opportunities
      .filter((o) => sourceFamily(o.source) === family)
      .map((o) => [o.crmId, o] as const)
  )
  // One object for every deal this import creates or moves (records are written, never changed).
  const now = { asOf: p.decisions.asOf, takenAt: p.now, importId: p.ctx.importId }
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
    const after = p.upsert<Opportunity>('opportunities', before, fields, row.rowNumber, {
      crmId: row.crmId,
      source: p.decisions.source
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
    const inFile = new Set(records.map((r) => r.crmId))
    const matched = [...stored.keys()].filter((id) => inFile.has(id)).length
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
  return { each, finish }
}

const activityKey = (a: { repId?: string; type: string; subject: string; date: string }): string =>
  `${a.repId ?? ''}|${a.type}|${a.date}|${a.subject.trim().toLowerCase()}`

function activityChanges(p: ChangePlanner): RecordChanges<ImportedActivity> {
  const family = sourceFamily(p.decisions.source)
  const sameFamily = p.existing.activities.filter((a) => sourceFamily(a.source) === family)
  const byCrmId = new Map(sameFamily.filter((a) => a.crmId).map((a) => [a.crmId, a] as const))
  const byKey = new Map(sameFamily.filter((a) => !a.crmId).map((a) => [activityKey(a), a] as const))
  // Links prefer the file's own CRM; a generic activities file may point at any CRM's ids.
  const all = [...p.existing.opportunities, ...p.changes.opportunities.create]
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
    const after = p.upsert<Activity>('activities', before, fields, row.rowNumber, {
      crmId: row.crmId,
      source: p.decisions.source
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
  return { each, finish }
}

function repChanges(p: ChangePlanner, records: ImportedRep[]): RecordChanges<ImportedRep> {
  const managers = p.decisions.managers
  const groups = managerGroups(records)
  p.changes.team = teamChoiceOf(records, groups, managers)
  const each = (row: ImportedRep): void => {
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
  return { each, finish: () => undefined }
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
      row.rowNumber
    )
    if (after) stored.set(key(after), after)
  }
  return { each, finish: () => undefined }
}

/** Takes a kind's records one at a time, then settles what needs all of them. */
interface RecordChanges<T> {
  each(record: T): void
  finish(): void
}

function recordChanges(p: ChangePlanner, records: Imported[]): RecordChanges<Imported> {
  switch (p.decisions.kind) {
    case 'opportunities':
      return opportunityChanges(p, records as ImportedOpportunity[]) as RecordChanges<Imported>
    case 'activities':
      return activityChanges(p) as RecordChanges<Imported>
    case 'reps':
      return repChanges(p, records as ImportedRep[]) as RecordChanges<Imported>
    case 'manualMeasures':
      return measureChanges(p) as RecordChanges<Imported>
  }
}

export function planImportChanges(
  normalised: Normalised<Imported>,
  decisions: ImportDecisions,
  existing: Existing,
  ctx: ChangeSetContext
): ImportChangeSet {
  const p = new ChangePlanner(decisions, existing, ctx, normalised)
  const kind = recordChanges(p, normalised.records)
  for (const record of normalised.records) kind.each(record)
  kind.finish()
  return p.finish()
}

/**
 * The same change set as `planImportChanges`, pausing every `slice` records. Inside a Dexie
 * transaction, `pause` must be an IndexedDB request (it yields to the page and keeps the
 * transaction open).
 */
export async function planImportChangesInSlices(
  normalised: Normalised<Imported>,
  decisions: ImportDecisions,
  existing: Existing,
  ctx: ChangeSetContext,
  pause: () => Promise<unknown>,
  slice = 2000
): Promise<ImportChangeSet> {
  const p = new ChangePlanner(decisions, existing, ctx, normalised)
  const kind = recordChanges(p, normalised.records)
  const records = normalised.records
  for (let start = 0; start < records.length; start += slice) {
    const end = Math.min(records.length, start + slice)
    for (let i = start; i < end; i++) kind.each(records[i] as Imported)
    if (end < records.length) await pause()
  }
  kind.finish()
  return p.finish()
}
