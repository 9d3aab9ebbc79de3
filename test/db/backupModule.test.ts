import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import {
  ENVELOPE_MAGIC,
  WRONG_PASSPHRASE_MESSAGE,
  decodeBackup,
  sealEnvelope,
  validateBackup
} from '../../src/shared/backup'
import { openDatabase, type FieldbookDb } from '../../src/renderer/src/db/database'
import {
  checkBackup,
  makeBackup,
  noteBackupSaved,
  restoreCheckedBackup
} from '../../src/renderer/src/db/backup'
import { ownTeamWorkspace } from '../../src/renderer/src/db/firstRun'
import { SCHEMA_V1, SCHEMA_VERSIONS } from '../../src/renderer/src/db/schema'
import { backupBeforeUpgrade } from '../../src/renderer/src/db/upgradeBackup'
import {
  readSettings,
  readWorkspace,
  replaceWorkspace,
  resetWorkspace
} from '../../src/renderer/src/db/workspace'
import { backupIsStale } from '../../src/renderer/src/features/data/reminder'
import { testContext } from './fixtures'
import { uniqueDbName } from './upgradeHarness'

const sorted = (data: Record<string, { id: string }[]>) =>
  Object.fromEntries(
    Object.entries(data).map(([t, rows]) => [t, [...rows].sort((a, b) => a.id.localeCompare(b.id))])
  )

describe('the renderer backup module', () => {
  let db: FieldbookDb
  afterEach(() => db?.close())

  const deviceKey = new Uint8Array(32).fill(3)

  it('backup → wipe → restore gives back the same workspace, device key or passphrase', async () => {
    const ctx = testContext()
    db = openDatabase(uniqueDbName())
    await replaceWorkspace(db, ownTeamWorkspace(ctx))
    const before = await readWorkspace(db)
    const ways = [
      { key: { kind: 'device', key: deviceKey }, secrets: { deviceKey } },
      {
        key: { kind: 'passphrase', passphrase: 'lamp river stone' },
        secrets: { passphrase: 'lamp river stone' }
      }
    ] as const
    for (const { key, secrets } of ways) {
      const made = await makeBackup(db, {
        appVersion: '1.2.3',
        now: new Date('2026-11-23T10:00:00Z'),
        key
      })
      // .fieldbook opens in Fieldbook when double-clicked; the content is always encrypted.
      expect(made.fileName).toBe('fieldbook-backup-2026-11-23T10-00-00Z.fieldbook')
      expect([...made.bytes.subarray(0, 8)]).toEqual([...ENVELOPE_MAGIC])
      await resetWorkspace(db)
      const checked = await checkBackup(made.bytes, made.fileName, secrets)
      if (!checked.ok) throw new Error(checked.problems.join('\n'))
      expect(checked.encryption).toBe(key.kind)
      await restoreCheckedBackup(db, checked)
      expect(sorted(await readWorkspace(db))).toEqual(sorted(before))
    }
  })

  it('a wrong passphrase is refused in one sentence and the workspace is not touched', async () => {
    db = openDatabase(uniqueDbName())
    await replaceWorkspace(db, ownTeamWorkspace(testContext()))
    const before = await readWorkspace(db)
    const made = await makeBackup(db, {
      appVersion: '1.2.3',
      now: new Date(),
      key: { kind: 'passphrase', passphrase: 'the right passphrase' }
    })
    const checked = await checkBackup(made.bytes, made.fileName, { passphrase: 'not the one' })
    expect(checked).toEqual({
      ok: false,
      reason: 'wrongPassphrase',
      problems: [WRONG_PASSPHRASE_MESSAGE]
    })
    expect(sorted(await readWorkspace(db))).toEqual(sorted(before))
  })

  it('a damaged file is reported and the workspace is not touched', async () => {
    const ctx = testContext()
    db = openDatabase(uniqueDbName())
    await replaceWorkspace(db, ownTeamWorkspace(ctx))
    const made = await makeBackup(db, {
      appVersion: '1.2.3',
      now: new Date(),
      key: { kind: 'device', key: deviceKey }
    })
    const checked = await checkBackup(made.bytes.slice(0, made.bytes.length / 2), 'cut.json', {
      deviceKey
    })
    expect(checked.ok).toBe(false)
    if (!checked.ok) expect(checked.problems.join(' ')).toMatch(/cut\.json is damaged/)
    expect((await readSettings(db))?.mode).toBe('own')
  })

  it('remembers when a backup was saved by hand, for the browser reminder', async () => {
    const ctx = testContext()
    db = openDatabase(uniqueDbName())
    await replaceWorkspace(db, ownTeamWorkspace(ctx))
    const settings = (await readSettings(db))!
    expect(backupIsStale(settings, new Date('2026-11-23T18:00:00Z'))).toBe(false)
    expect(backupIsStale(settings, new Date('2026-11-24T09:00:00Z'))).toBe(true)
    await noteBackupSaved(db, new Date('2026-11-24T09:00:00Z'))
    const saved = (await readSettings(db))!
    expect(saved.backups.lastSavedAt).toBe('2026-11-24T09:00:00.000Z')
    expect(backupIsStale(saved, new Date('2026-11-30T09:00:00Z'))).toBe(false)
    expect(backupIsStale(saved, new Date('2026-12-01T09:00:00Z'))).toBe(true)
  })
})

describe('a copy before a schema upgrade', () => {
  it('copies a v1 database as it is, and the copy restores upgraded', async () => {
    const name = uniqueDbName('pre-upgrade')
    const old = openDatabase(name, [SCHEMA_V1])
    const workspace = ownTeamWorkspace(testContext())
    // Settings as v1 stored them: no backup preferences yet.
    const settingsV1: Record<string, unknown> = { ...workspace.settings[0] }
    delete settingsV1['backups']
    await old.open()
    await old.transaction('rw', old.tables, async () => {
      for (const [table, rows] of Object.entries(workspace)) {
        await old.table(table).bulkAdd(table === 'settings' ? [settingsV1] : (rows as object[]))
      }
    })
    old.close()
    const bytes = await backupBeforeUpgrade({ appVersion: '2.0.0', now: new Date(), name })
    expect(bytes).toBeDefined()
    const raw = (await decodeBackup(bytes!, 'before-upgrade.json.gz')) as { schemaVersion: number }
    expect(raw.schemaVersion).toBe(1)
    const checked = validateBackup(raw, 'before-upgrade.json.gz')
    if (!checked.ok) throw new Error(checked.problems.join('\n'))
    expect(checked.data.settings[0]?.backups).toEqual({ keep: 10 })
    expect(checked.data.salesProcesses).toEqual(workspace.salesProcesses)
    // Opening with this build afterwards still upgrades the database itself.
    const current = openDatabase(name)
    await current.open()
    expect(current.verno).toBe(SCHEMA_VERSIONS.at(-1)?.version)
    // Sealed with the device key (as the app stores it), it reads back the same.
    const sealed = await sealEnvelope(bytes!, { kind: 'device', key: new Uint8Array(32).fill(1) })
    const opened = await checkBackup(sealed, 'before-upgrade.fieldbook', {
      deviceKey: new Uint8Array(32).fill(1)
    })
    expect(opened.ok && opened.data.salesProcesses).toEqual(workspace.salesProcesses)
    expect(
      await backupBeforeUpgrade({ appVersion: '2.0.0', now: new Date(), name })
    ).toBeUndefined()
    current.close()
  })

  it('does nothing when there is no database yet', async () => {
    expect(
      await backupBeforeUpgrade({
        appVersion: '2.0.0',
        now: new Date(),
        name: uniqueDbName('none')
      })
    ).toBeUndefined()
  })
})
