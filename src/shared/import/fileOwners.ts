import type { ImportKind } from '../domain'
import type { ImportContext } from './analysis'
import { ownerKey, type ImportDecisions } from './decisions'
import type { ColumnMapping } from './fields'
import { normaliseReps } from './normalise/reps'
import { repAliasIndex, suggestOwners, type OwnerSuggestion } from './owners'
import type { ParsedTable } from './table'
import { otherTeamsIndex } from './team'

/** Who owns the file's rows: each owner (or person) with their row count and a proposed rep. */
export function ownerSuggestions(
  table: ParsedTable,
  kind: ImportKind,
  columns: ColumnMapping,
  ctx: ImportContext,
  /** Not a people file: the owner column's cell of each data row (none: no owner column). */
  ownerCells: readonly string[] | undefined
): OwnerSuggestion[] {
  const owners = new Map<string, { owner: string; rows: number }>()
  const add = (owner: string): void => {
    const key = ownerKey(owner)
    if (key === '') return
    const entry = owners.get(key)
    if (entry) entry.rows += 1
    else owners.set(key, { owner: owner.trim(), rows: 1 })
  }
  if (kind !== 'reps') {
    if (ownerCells === undefined) return []
    // Count raw cells first: a big file has few distinct owners, so keys are made once each.
    const cells = new Map<string, number>()
    for (const cell of ownerCells) cells.set(cell, (cells.get(cell) ?? 0) + 1)
    for (const [cell, rows] of cells) {
      const key = ownerKey(cell)
      if (key === '') continue
      const entry = owners.get(key)
      if (entry) entry.rows += rows
      else owners.set(key, { owner: cell.trim(), rows })
    }
    return suggestOwners(owners, ctx.reps, otherTeamsIndex(ctx.team))
  }
  // A users export: a user already known by CRM id or email is matched even when the name
  // on the rep differs from the name in the file.
  const byIdOrEmail = repAliasIndex(ctx.reps)
  const known = new Map<string, string>()
  for (const user of normaliseReps(table, provisionalDecisions(kind, columns, ctx)).records) {
    add(user.name)
    const repId = [user.crmId, user.email]
      .filter((a): a is string => a !== undefined)
      .map((a) => byIdOrEmail.get(ownerKey(a)))
      .find((id) => id !== undefined)
    if (repId) known.set(user.ownerKey, repId)
  }
  return suggestOwners(owners, ctx.reps).map((s) => {
    const repId = known.get(s.key)
    return s.basis === 'new' && repId
      ? { ...s, basis: 'alias', choice: { action: 'rep', repId } }
      : s
  })
}

/** Decisions good enough to read a people file before the manager has answered anything. */
export function provisionalDecisions(
  kind: ImportKind,
  columns: ColumnMapping,
  ctx: ImportContext
): ImportDecisions {
  return {
    kind,
    source: 'generic',
    columns,
    dateOrder: 'ymd',
    decimal: '.',
    defaultCurrency: ctx.currency,
    stageMap: {},
    owners: {},
    asOf: ctx.today
  }
}
