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
  UNIQUE_KEYS,
  validateBackup,
  type BackupFile
} from '../../src/shared/backup'
import type { WorkspaceData } from '../../src/shared/domain'
import { uniqueDbName } from './upgradeHarness'
import { NOW, byId, editedWorkspace, smallDemo, workspaceEdits } from '../shared/backup/support'

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
