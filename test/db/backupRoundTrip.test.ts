import 'fake-indexeddb/auto'
import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import { openDatabase, type FieldbookDb } from '../../src/renderer/src/db/database'
import { SCHEMA_VERSIONS } from '../../src/renderer/src/db/schema'
import {
  readWorkspace,
  replaceWorkspace,
  resetWorkspace
} from '../../src/renderer/src/db/workspace'
import {
  createBackupFile,
  decodeBackup,
  encodeBackup,
  findDanglingReferences,
  UNIQUE_KEYS,
  validateBackup,
  type BackupFile
} from '../../src/shared/backup'
import type { WorkspaceData } from '../../src/shared/domain'
import { uniqueDbName } from './upgradeHarness'
import { generateDemoWorkspace } from '../../src/shared/demo'
import { workspaceTableNames, type WorkspaceTableName } from '../../src/shared/domain'

// The same helpers as test/shared/backup/support.ts (test/db is type-checked by the web
// tsconfig, which does not include test/shared/backup).
const NOW = '2026-11-23T09:00:00.000Z'

function demo(seed = 1, today = '2026-11-23'): WorkspaceData {
  let n = 0
  return generateDemoWorkspace({ seed, today, now: NOW, newId: () => `id-${++n}` }).data
}

/** Drops records whose references dangle, until none do (removing a record can orphan others). */
function dropDangling(data: WorkspaceData): WorkspaceData {
  let current = data
  for (;;) {
    const dangling = findDanglingReferences(current)
    if (dangling.length === 0) return current
    const drop = new Set(dangling.map((d) => `${d.from}\u0000${d.index}`))
    current = Object.fromEntries(
      workspaceTableNames.map((t) => [
        t,
        (current[t] as unknown[]).filter((_, i) => !drop.has(`${t}\u0000${i}`))
      ])
    ) as WorkspaceData
  }
}

/** A demo workspace cut to at most `keep` records per table, references kept whole. */
function smallDemo(seed: number, today: string, keep = 40): WorkspaceData {
  const full = demo(seed, today)
  const cut = Object.fromEntries(
    workspaceTableNames.map((t) => [t, (full[t] as unknown[]).slice(0, keep)])
  ) as WorkspaceData
  return dropDangling(cut)
}

/** Tables sorted by id: Dexie returns rows in key order. */
const byId = (data: WorkspaceData) =>
  Object.fromEntries(
    workspaceTableNames.map((t) => [
      t,
      [...(data[t] as { id: string }[])].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    ])
  )

const FORMULAS = ['=HYPERLINK("http://x","y")', '+1', '-2', '@SUM(A1)', '\tx', '\rx', '=1+1\nx']
/** Text that survives `.trim()` unchanged (NonEmptyText trims). */
const trimmedText = fc
  .oneof(
    fc.string({ unit: 'grapheme', minLength: 1 }),
    fc.constantFrom(...FORMULAS, '🙂 Zoë', '日本語')
  )
  .map((s) => s.trim())
  .filter((s) => s.length > 0)
const anyText = fc.oneof(fc.string({ unit: 'binary' }), fc.constantFrom(...FORMULAS, ''))

interface WorkspaceEdits {
  seed: number
  today: string
  repName: string
  note: string
  strength: string
  empty: WorkspaceTableName[]
}

const workspaceEdits: fc.Arbitrary<WorkspaceEdits> = fc.record({
  seed: fc.integer({ min: 1, max: 1_000_000 }),
  today: fc
    .date({
      min: new Date('2025-01-01T00:00:00Z'),
      max: new Date('2030-12-31T00:00:00Z'),
      noInvalidDate: true
    })
    .map((d) => d.toISOString().slice(0, 10)),
  repName: trimmedText,
  note: anyText,
  strength: anyText,
  empty: fc.subarray([...workspaceTableNames], { maxLength: 4 })
})

/** A small demo workspace with the edits applied: odd text, some tables emptied. */
function editedWorkspace(e: WorkspaceEdits): WorkspaceData {
  const data = smallDemo(e.seed, e.today)
  const [rep] = data.reps
  if (rep) data.reps[0] = { ...rep, name: e.repName, territory: e.note }
  const [obs] = data.observations
  if (obs) data.observations[0] = { ...obs, strength: e.strength, focus: e.note }
  const [meeting] = data.oneOnOnes
  if (meeting) data.oneOnOnes[0] = { ...meeting, privateNotes: e.note }
  for (const t of e.empty) (data as Record<string, unknown[]>)[t] = []
  return dropDangling(data)
}

/** What a restore does: decode, validate, and only then replace the workspace. */
async function restore(db: FieldbookDb, bytes: Uint8Array, name: string): Promise<void> {
  const result = validateBackup(await decodeBackup(bytes, name), name)
  if (!result.ok) throw new Error(result.problems.join('\n'))
  await replaceWorkspace(db, result.data)
}

const backupOf = async (data: WorkspaceData, compress: boolean) =>
  encodeBackup(createBackupFile(data, { appVersion: '0.1.0', createdAt: NOW }), { compress })

describe('backup and restore through the database', () => {
  let db: FieldbookDb
  afterEach(() => db?.close())

  it('backup → wipe → restore gives back the stored workspace', async () => {
    await fc.assert(
      fc.asyncProperty(workspaceEdits, fc.boolean(), async (edits, compress) => {
        db = openDatabase(uniqueDbName('backup'))
        try {
          await replaceWorkspace(db, editedWorkspace(edits))
          const stored = await readWorkspace(db)
          const bytes = await backupOf(stored, compress)
          await resetWorkspace(db)
          expect((await readWorkspace(db)).reps).toEqual([])
          await restore(db, bytes, 'b.json')
          expect(byId(await readWorkspace(db))).toEqual(byId(stored))
        } finally {
          db.close()
        }
      }),
      { numRuns: 12 }
    )
  })

  it('leaves the stored workspace unchanged when a backup is refused', async () => {
    db = openDatabase(uniqueDbName('refuse'))
    await replaceWorkspace(db, smallDemo(2, '2026-11-23'))
    const before = byId(await readWorkspace(db))
    const good = createBackupFile(smallDemo(9, '2026-06-30'), {
      appVersion: '0.1.0',
      createdAt: NOW
    })
    const edit = (change: (f: BackupFile) => void) => {
      const f = JSON.parse(JSON.stringify(good)) as BackupFile
      change(f)
      return new TextEncoder().encode(JSON.stringify(f))
    }
    const plain = await encodeBackup(good, { compress: false })
    const gz = await encodeBackup(good, { compress: true })
    const cases: [string, Uint8Array, RegExp][] = [
      ['empty', new Uint8Array(), /is empty/],
      ['truncated', plain.subarray(0, plain.length - 100), /ends early; it may be truncated/],
      ['truncated gzip', gz.subarray(0, gz.length - 100), /ends early; it may be truncated/],
      ['not JSON', new TextEncoder().encode('name,email\nx,y'), /not valid JSON/],
      ['not a backup', new TextEncoder().encode('{"reps":[]}'), /not a Fieldbook backup/],
      [
        'format v2',
        edit((f) => (f.formatVersion = 2)),
        /newer version of Fieldbook \(backup format v2\)/
      ],
      [
        'schema v9',
        edit((f) => (f.schemaVersion = 9)),
        /newer version of Fieldbook \(schema v9\); update Fieldbook/
      ],
      [
        'huge string',
        edit((f) => ((f.data.reps[0] as { territory: string }).territory = 'x'.repeat(200_000))),
        /limit is 100,000/
      ],
      [
        'bad email',
        edit((f) => ((f.data.reps[0] as { email?: string }).email = 'nope')),
        /email: Invalid email address/
      ],
      [
        'duplicate id',
        edit((f) => f.data.reps.push(f.data.reps[0] as never)),
        /already used by reps\[0\]/
      ],
      ['broken reference', edit((f) => (f.data.reps = [])), /is not a rep in this backup/],
      [
        'audit entry without plan',
        edit((f) => {
          f.data.plans = []
          f.data.planMilestones = []
          f.data.checkIns = []
        }),
        /planAuditLog\[\d+\] .*planId ".*" is not a plan in this backup/
      ]
    ]
    for (const [what, bytes, message] of cases) {
      await expect(restore(db, bytes, 'b.json'), what).rejects.toThrow(message)
      expect(byId(await readWorkspace(db)), what).toEqual(before)
    }
  })

  it('restores a v1 backup and stores it upgraded', async () => {
    db = openDatabase(uniqueDbName('v1'))
    const data = smallDemo(4, '2026-11-23')
    const file = JSON.parse(
      JSON.stringify(createBackupFile(data, { appVersion: '0.0.9', createdAt: NOW }))
    )
    file.schemaVersion = 1
    delete file.data.settings[0].backups
    await restore(db, new TextEncoder().encode(JSON.stringify(file)), 'old.json')
    const [settings] = (await readWorkspace(db)).settings
    expect(settings?.backups).toEqual({ keep: 10 })
  })

  it('checks the same unique keys as the database schema', () => {
    const fromSchema = SCHEMA_VERSIONS.flatMap((v) =>
      Object.entries(v.stores).flatMap(([table, spec]) =>
        (spec ?? '')
          .split(',')
          .map((s) => s.trim())
          .filter((s) => s.startsWith('&'))
          .map(
            (s) =>
              `${table}:${s
                .replace(/^&\[?|\]$/g, '')
                .split('+')
                .join('+')}`
          )
      )
    )
    expect(new Set(fromSchema)).toEqual(
      new Set(UNIQUE_KEYS.map((k) => `${k.table}:${k.fields.join('+')}`))
    )
  })
})
