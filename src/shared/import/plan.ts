import type { Activity, ManualMeasure, Opportunity } from '../domain'
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
  Planner,
  same,
  type Existing,
  type Imported,
  type ImportPlan,
  type PlanContext
} from './planner'

import { joinsTeam, managerGroups, teamChoiceOf } from './team'

export type { Change, Existing, Imported, ImportPlan, PlanContext, RepStart } from './planner'
export { firstRecordByOwner, hasPlaceholderStart } from './planner'

/**
 * Planning an import: the normalised rows against what is already stored. The plan is the
 * exact set of writes (and the counts the manager sees before committing); committing it is
 * one transaction in the renderer. Pure, so the same plan is computed in tests and benchmarks.
 */

/** The fields whose change is history: a snapshot is written when any of them moves. */
const HISTORY_FIELDS = [
  'crmStage',
  'stageKey',
  'status',
  'amount',
  'closeDate',
  'nextStep'
] as const

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
    const after = p.upsert<Opportunity>('opportunities', before, fields, row.rowNumber, {
      crmId: row.crmId,
      source: p.decisions.source
    })
    if (!after) return
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
    const after = p.upsert<Activity>('activities', before, fields, row.rowNumber, {
      crmId: row.crmId,
      source: p.decisions.source
    })
    if (after && !before && !row.crmId) byKey.set(activityKey(after), after)
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

function planReps(p: Planner, records: ImportedRep[]): RecordPlanner<ImportedRep> {
  const managers = p.decisions.managers
  const groups = managerGroups(records)
  p.plan.team = teamChoiceOf(records, groups, managers)
  const each = (row: ImportedRep): void => {
    if (!joinsTeam(row, managers)) {
      p.plan.skipped.push({
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
      return planReps(p, records as ImportedRep[]) as RecordPlanner<Imported>
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
