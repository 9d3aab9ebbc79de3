import type { Rep } from '@shared/domain'
import { tableRowsOf } from '@shared/import/tableRows'
import { createDefaultSalesProcess } from '@shared/defaults/salesProcess'
import {
  analyseTable,
  normaliseTable,
  planImportChanges,
  proposedDecisions,
  type Existing,
  type ImportContext,
  type ImportDecisions,
  type ParsedTable
} from '@shared/import'

/** Small builders for pipeline tests: a table from rows, reps, a context, a counter id. */

export const NOW = '2026-11-23T09:00:00.000Z'

export function table(rows: string[][], fileName = 'test.csv'): ParsedTable {
  const [headers = [], ...data] = rows
  return {
    fileName,
    format: 'csv',
    sheetNames: [],
    headers,
    rows: tableRowsOf(data.map((r) => headers.map((_, i) => r[i] ?? ''))),
    rowNumbers: data.map((_, i) => i + 2),
    notes: []
  }
}

export function rep(id: string, name: string, extra: Partial<Rep> = {}): Rep {
  return {
    id,
    createdAt: NOW,
    updatedAt: NOW,
    name,
    roleId: 'role-ae',
    startDate: '2024-01-01',
    rampMonths: 3,
    territory: '',
    crmAliases: [],
    oneOnOneCadenceDays: 7,
    active: true,
    ...extra
  }
}

export function context(reps: Rep[], overrides: Partial<ImportContext> = {}): ImportContext {
  return {
    reps,
    process: createDefaultSalesProcess('process', NOW),
    savedMappings: [],
    currency: 'USD',
    today: '2026-11-23',
    ...overrides
  }
}

export function counterIds(prefix = 'id'): () => string {
  let n = 0
  return () => `${prefix}-${++n}`
}

export function emptyExisting(reps: Rep[] = []): Existing {
  return { reps, opportunities: [], activities: [], manualMeasures: [], defaultRoleId: 'role-ae' }
}

/** analyse → proposed decisions (with changes) → normalise → change set, as the wizard does. */
export function runImport(
  t: ParsedTable,
  ctx: ImportContext,
  existing: Existing,
  change: (d: ImportDecisions) => ImportDecisions = (d) => d,
  importId = 'import-1',
  now = NOW
) {
  const analysis = analyseTable(t, ctx)
  const decisions = change(proposedDecisions(analysis, ctx))
  const normalised = normaliseTable(t, decisions)
  const changes = planImportChanges(normalised, decisions, existing, {
    clock: { now: () => new Date(now) },
    newId: counterIds(importId),
    importId
  })
  return { analysis, decisions, normalised, changes }
}
