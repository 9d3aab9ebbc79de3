import type { Rep } from '../domain'
import { ownerKey, type ImportDecisions } from './decisions'
import { hasPlaceholderStart, type Change, type Existing, type ImportChangeSet } from './changeSet'

/** The part of a change set being planned that rep starts read and write. */
interface Planning {
  readonly now: string
  readonly decisions: ImportDecisions
  readonly existing: Existing
  readonly changes: ImportChangeSet
}

/** The earliest record in the file of anyone known by one of the rep's names. */
function firstRecordOf(firstRecords: Map<string, string>, rep: Rep): string | undefined {
  let first: string | undefined
  for (const alias of [rep.name, rep.email ?? '', ...rep.crmAliases]) {
    const day = firstRecords.get(ownerKey(alias))
    if (day !== undefined && (first === undefined || day < first)) first = day
  }
  return first
}

/**
 * Start dates from the records (or the manager's choice in the review), then the list: new reps
 * start at their earliest record, stored reps with a placeholder start move back to theirs.
 */
export function settleStarts(
  p: Planning,
  repUpdates: Map<string, Change<Rep>>,
  firstRecords: Map<string, string>
): void {
  const chosen = p.decisions.starts ?? {}
  for (const rep of p.changes.reps.create) {
    const key = `new:${ownerKey(rep.name)}`
    const firstRecord = firstRecordOf(firstRecords, rep)
    rep.startDate = chosen[key]?.startDate ?? firstRecord ?? rep.startDate
    rep.rampMonths = chosen[key]?.rampMonths ?? rep.rampMonths
    p.changes.starts.push({
      key,
      name: rep.name,
      startDate: rep.startDate,
      rampMonths: rep.rampMonths,
      firstRecord
    })
  }
  for (const stored of p.existing.reps) {
    const current = repUpdates.get(stored.id)?.after ?? stored
    const firstRecord = firstRecordOf(firstRecords, current)
    if (!firstRecord || !hasPlaceholderStart(current) || firstRecord >= current.startDate) continue
    const key = `rep:${stored.id}`
    const after = {
      ...current,
      startDate: chosen[key]?.startDate ?? firstRecord,
      rampMonths: chosen[key]?.rampMonths ?? current.rampMonths,
      updatedAt: p.now
    }
    const change = repUpdates.get(stored.id)
    if (change) change.after = after
    else repUpdates.set(stored.id, { before: stored, after })
    p.changes.starts.push({
      key,
      name: after.name,
      startDate: after.startDate,
      rampMonths: after.rampMonths,
      firstRecord,
      before: stored.startDate
    })
  }
}
