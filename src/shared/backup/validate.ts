import { z } from 'zod'
import { Timestamp } from '../domain/common'
import {
  workspaceTableNames,
  workspaceTables,
  type WorkspaceData,
  type WorkspaceTableName
} from '../domain/workspace'
import { CURRENT_SCHEMA_VERSION, upgradeWorkspaceRecords } from '../upgrades'
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, type BackupMeta } from './format'
import {
  BACKUP_LIMITS,
  checkSizes,
  formatPath,
  isPlainObject,
  plural,
  Problems,
  recordLabel,
  short
} from './recordChecks'
import { findDanglingReferences, RECORD_NOUN } from './references'

export { BACKUP_LIMITS, formatPath } from './recordChecks'

/**
 * Keys the database keeps unique besides `id` (the `&` indexes of the Dexie schema; a test in
 * test/db keeps the two lists equal). A restore would fail on them half-way; better to say why.
 */
export const UNIQUE_KEYS: readonly { table: WorkspaceTableName; fields: readonly string[] }[] = [
  { table: 'opportunities', fields: ['source', 'crmId'] },
  { table: 'checklistTemplates', fields: ['templateKey', 'version'] }
]

export type BackupValidation =
  | { ok: true; data: WorkspaceData; meta: BackupMeta & { fileName: string }; notes: string[] }
  | { ok: false; problems: string[] }

const BackupHeader = z.object({
  app: z.object({ name: z.string().max(200), version: z.string().max(100) }),
  createdAt: Timestamp,
  counts: z.record(z.string(), z.number().int().min(0)).optional()
})

/**
 * Checks a parsed backup completely before anything is written: the envelope and its versions,
 * size limits, every record against its schema (after upgrading an older schema version),
 * duplicate ids and unique keys, and every reference between records. Problems name the
 * table, the record (index and id), the field and what is wrong, e.g.
 * `reps[3] (id rep-7): email: Invalid email address`.
 */
export function validateBackup(raw: unknown, fileName: string): BackupValidation {
  const problems = new Problems()
  const notes: string[] = []
  const notBackup = `${fileName} is not a Fieldbook backup`
  if (!isPlainObject(raw) || raw['format'] !== BACKUP_FORMAT) {
    return {
      ok: false,
      problems: [`${notBackup}: the "format": "${BACKUP_FORMAT}" marker is missing`]
    }
  }

  const formatVersion = raw['formatVersion']
  if (typeof formatVersion !== 'number' || !Number.isInteger(formatVersion) || formatVersion < 1) {
    return {
      ok: false,
      problems: [
        `${notBackup}: its formatVersion ${short(JSON.stringify(formatVersion) ?? 'is missing')} is not one Fieldbook knows`
      ]
    }
  }
  if (formatVersion > BACKUP_FORMAT_VERSION) {
    return {
      ok: false,
      problems: [
        `${fileName} was made by a newer version of Fieldbook (backup format v${formatVersion}); update Fieldbook to restore it`
      ]
    }
  }

  const schemaVersion = raw['schemaVersion']
  if (typeof schemaVersion !== 'number' || !Number.isInteger(schemaVersion) || schemaVersion < 1) {
    return {
      ok: false,
      problems: [
        `${notBackup}: its schemaVersion ${short(JSON.stringify(schemaVersion) ?? 'is missing')} is not a version number`
      ]
    }
  }
  if (schemaVersion > CURRENT_SCHEMA_VERSION) {
    return {
      ok: false,
      problems: [
        `${fileName} was made by a newer version of Fieldbook (schema v${schemaVersion}); update Fieldbook to restore it`
      ]
    }
  }

  const header = BackupHeader.safeParse(raw)
  if (!header.success) {
    for (const issue of header.error.issues)
      problems.add(`backup header: ${formatPath(issue.path)}: ${issue.message}`)
  }

  const rawData = raw['data']
  if (!isPlainObject(rawData)) {
    problems.add(`${notBackup}: it has no "data" object with the workspace tables`)
    return problems.result()
  }

  // Tables: unknown ones, missing ones, wrong shapes, and size limits, before any schema runs.
  const known = new Set<string>(workspaceTableNames)
  for (const name of Object.keys(rawData)) {
    if (!known.has(name))
      problems.add(
        `data.${short(name)}: unknown table (this version of Fieldbook has no "${short(name)}")`
      )
  }
  const tables: Record<string, unknown[]> = {}
  for (const table of workspaceTableNames) {
    const rows = rawData[table]
    if (rows === undefined) {
      if (schemaVersion < CURRENT_SCHEMA_VERSION) {
        notes.push(`The backup has no ${table} table (older schema); it is restored empty.`)
        tables[table] = []
      } else problems.add(`data.${table}: the table is missing`)
      continue
    }
    if (!Array.isArray(rows)) {
      problems.add(`data.${table}: expected a list of records`)
      continue
    }
    if (rows.length > BACKUP_LIMITS.maxRecordsPerTable) {
      problems.add(
        `data.${table}: ${plural(rows.length, 'record')}; the limit is ${BACKUP_LIMITS.maxRecordsPerTable.toLocaleString('en-US')} per table`
      )
      continue
    }
    rows.forEach((row, index) => {
      const label = recordLabel(table, index, row)
      if (!isPlainObject(row)) problems.add(`${label}: expected a record (an object)`)
      else checkSizes(label, row, problems)
    })
    tables[table] = rows
  }
  if (problems.any) return problems.result()

  // Older records are upgraded exactly as the database upgrades them in place.
  let upgraded: Record<string, unknown[]> = tables
  if (schemaVersion < CURRENT_SCHEMA_VERSION) {
    try {
      upgraded = upgradeWorkspaceRecords(tables, schemaVersion)
    } catch (error) {
      problems.add(
        `the records could not be upgraded from schema v${schemaVersion}: ${error instanceof Error ? error.message : String(error)}`
      )
      return problems.result()
    }
    notes.push(`Upgraded from schema v${schemaVersion} to v${CURRENT_SCHEMA_VERSION}.`)
  }

  // Every record against its schema.
  const data = {} as Record<WorkspaceTableName, unknown[]>
  for (const table of workspaceTableNames) {
    const schema = workspaceTables[table]
    const rows = upgraded[table] ?? []
    const parsed: unknown[] = []
    rows.forEach((row, index) => {
      const result = schema.safeParse(row)
      if (result.success) parsed.push(result.data)
      else {
        const label = recordLabel(table, index, row)
        for (const issue of result.error.issues) {
          problems.add(`${label}: ${formatPath(issue.path)}: ${issue.message}`)
        }
      }
    })
    data[table] = parsed
  }

  // Duplicate ids and unique keys.
  for (const table of workspaceTableNames) {
    const rows = upgraded[table] ?? []
    const firstById = new Map<string, number>()
    rows.forEach((row, index) => {
      const id = isPlainObject(row) ? row['id'] : undefined
      if (typeof id !== 'string') return
      const first = firstById.get(id)
      if (first === undefined) firstById.set(id, index)
      else
        problems.add(
          `${recordLabel(table, index, row)}: the id "${short(id)}" is already used by ${table}[${first}]`
        )
    })
  }
  for (const { table, fields } of UNIQUE_KEYS) {
    const rows = upgraded[table] ?? []
    const firstByKey = new Map<string, number>()
    rows.forEach((row, index) => {
      if (!isPlainObject(row)) return
      const values = fields.map((f) => row[f])
      const key = JSON.stringify(values)
      const first = firstByKey.get(key)
      if (first === undefined) firstByKey.set(key, index)
      else
        problems.add(
          `${recordLabel(table, index, row)}: ${fields.join(' and ')} (${values.map((v) => short(String(v))).join(', ')}) are the same as ${recordLabel(table, first, rows[first])}'s; they must be unique`
        )
    })
  }

  // References between records.
  for (const d of findDanglingReferences(
    upgraded as Partial<Record<WorkspaceTableName, unknown[]>>
  )) {
    const label =
      d.id === undefined ? `${d.from}[${d.index}]` : `${d.from}[${d.index}] (id ${short(d.id)})`
    problems.add(
      `${label}: ${d.path} "${short(d.value)}" is not ${RECORD_NOUN[d.to]} in this backup`
    )
  }

  if (problems.any) return problems.result()

  const counts = header.success ? header.data.counts : undefined
  if (counts) {
    for (const table of workspaceTableNames) {
      const expected = counts[table]
      const held = (rawData[table] as unknown[] | undefined)?.length ?? 0
      if (expected !== undefined && expected !== held) {
        notes.push(
          `The backup says ${table} has ${plural(expected, 'record')}, but it holds ${held}; restoring what it holds.`
        )
      }
    }
  }

  const meta = header.success
    ? header.data
    : { app: { name: '', version: '' }, createdAt: '', counts: undefined }
  return {
    ok: true,
    data: data as WorkspaceData,
    meta: {
      fileName,
      format: BACKUP_FORMAT,
      formatVersion,
      schemaVersion,
      app: meta.app,
      createdAt: meta.createdAt,
      counts: Object.fromEntries(workspaceTableNames.map((t) => [t, data[t].length])) as Record<
        WorkspaceTableName,
        number
      >
    },
    notes
  }
}
