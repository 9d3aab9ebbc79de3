import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { generateDemoWorkspace } from '../../src/shared/demo'
import { searchNotes } from '../../src/shared/oneOnOnes'
import { keyId } from '../../src/shared/privacy'
import { openDatabase, type FieldbookDb } from '../../src/renderer/src/db/database'
import { decodeBackup } from '../../src/shared/backup'
import { SCHEMA_V1 } from '../../src/renderer/src/db/schema'
import { backupBeforeUpgrade } from '../../src/renderer/src/db/upgradeBackup'
import {
  loadDeviceKey,
  removeAppLock,
  resealPrivateText,
  sealIfNeeded,
  setAppLock,
  unlockWorkspace,
  lockWorkspace,
  useDeviceKeyForTests
} from '../../src/renderer/src/db/appLock'
import { WorkspaceLockedError, type Keyring } from '../../src/renderer/src/db/privateText'
import { readWorkspace, replaceWorkspace } from '../../src/renderer/src/db/workspace'
import { testContext } from './fixtures'
import { uniqueDbName } from './upgradeHarness'

const SECRET = 'Worried about his divorce; do not raise in the team meeting'

function demo() {
  const ctx = testContext()
  const { data } = generateDemoWorkspace({
    seed: 20261123,
    today: '2026-11-30',
    now: '2026-11-30T08:00:00.000Z',
    newId: ctx.newId
  })
  const meeting = data.oneOnOnes.find((m) => m.status === 'held')
  if (!meeting) throw new Error('the demo has no held 1:1')
  meeting.privateNotes = SECRET
  return { data, meetingId: meeting.id }
}

/** Every stored value of a table, read with plain IndexedDB (what a thief with the files sees). */
async function rawRows(name: string, table: string): Promise<unknown[]> {
  const idb = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(name)
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => reject(req.error)
  })
  try {
    return await new Promise((resolve, reject) => {
      const req = idb.transaction(table).objectStore(table).getAll()
      req.onsuccess = () => resolve(req.result as unknown[])
      req.onerror = () => reject(req.error)
    })
  } finally {
    idb.close()
  }
}

const key = (fill: number) => new Uint8Array(32).fill(fill)
const PRIVATE_TABLES = ['oneOnOnes', 'plans', 'checkIns', 'observations', 'planAuditLog']

describe('private text sealed at rest', () => {
  let db: FieldbookDb | undefined
  afterEach(() => {
    db?.close()
    useDeviceKeyForTests({ kind: 'none', reason: 'test' })
  })

  it('stores private fields sealed, reads them back whole, and search still finds them', async () => {
    const name = uniqueDbName('sealed')
    const keyring: Keyring = { key: key(7), fromDevice: true }
    db = openDatabase(name, undefined, undefined, keyring)
    const { data, meetingId } = demo()
    await replaceWorkspace(db, data)

    const raw = (await rawRows(name, 'oneOnOnes')) as Record<string, unknown>[]
    const stored = raw.find((r) => r.id === meetingId)
    expect(stored).toBeDefined()
    expect(stored).not.toHaveProperty('privateNotes')
    expect(String(stored?.sealedPrivate)).toMatch(/^fbs1:/)
    expect(stored?.sharedNotes).toBeDefined()
    for (const table of PRIVATE_TABLES) {
      const text = JSON.stringify(await rawRows(name, table))
      expect(text, table).not.toContain(SECRET)
      for (const plan of data.plans) {
        for (const c of plan.concerns) expect(text, table).not.toContain(c.examples[0] ?? SECRET)
      }
    }

    const back = await readWorkspace(db)
    expect(back.oneOnOnes.find((m) => m.id === meetingId)?.privateNotes).toBe(SECRET)
    expect(back.plans).toEqual(data.plans)
    expect(back.observations).toEqual(data.observations)
    const hits = searchNotes(back.oneOnOnes, back.actionItems, 'divorce')
    expect(hits.map((h) => h.meetingId)).toContain(meetingId)
  })

  it('an update through Dexie keeps the record sealed and changes only what it says', async () => {
    const name = uniqueDbName('update')
    const keyring: Keyring = { key: key(9), fromDevice: true }
    db = openDatabase(name, undefined, undefined, keyring)
    const { data, meetingId } = demo()
    await replaceWorkspace(db, data)
    await db.oneOnOnes.update(meetingId, { privateNotes: 'Second thoughts', sharedNotes: 'Shared' })
    const stored = ((await rawRows(name, 'oneOnOnes')) as Record<string, unknown>[]).find(
      (r) => r.id === meetingId
    )
    expect(JSON.stringify(stored)).not.toContain('Second thoughts')
    expect(stored?.sharedNotes).toBe('Shared')
    expect((await db.oneOnOnes.get(meetingId))?.privateNotes).toBe('Second thoughts')
    expect(
      (await db.oneOnOnes.where('status').equals('held').toArray()).some(
        (m) => m.privateNotes === 'Second thoughts'
      )
    ).toBe(true)
  })

  it('without the key a sealed note cannot be read, and with another key it does not open', async () => {
    const name = uniqueDbName('nokey')
    const keyring: Keyring = { key: key(1), fromDevice: false }
    db = openDatabase(name, undefined, undefined, keyring)
    const { data, meetingId } = demo()
    await replaceWorkspace(db, data)
    keyring.key = null
    await expect(db.oneOnOnes.get(meetingId)).rejects.toThrow(WorkspaceLockedError)
    keyring.key = key(2)
    await expect(db.oneOnOnes.get(meetingId)).rejects.toThrow(/sealed with another key/)
    // Tables without private text are readable either way.
    expect(await db.reps.count()).toBe(data.reps.length)
  })

  it('seals a workspace written before, once, and records the key it used', async () => {
    const name = uniqueDbName('migrate')
    const keyring: Keyring = { key: null, fromDevice: false }
    db = openDatabase(name, undefined, undefined, keyring)
    const { data, meetingId } = demo()
    await replaceWorkspace(db, data)
    expect(JSON.stringify(await rawRows(name, 'oneOnOnes'))).toContain(SECRET)
    keyring.key = key(3)
    // Plain records read as they are until sealed.
    expect((await db.oneOnOnes.get(meetingId))?.privateNotes).toBe(SECRET)
    expect(await sealIfNeeded(db, keyring)).toBe(true)
    expect(JSON.stringify(await rawRows(name, 'oneOnOnes'))).not.toContain(SECRET)
    expect(JSON.stringify(await rawRows(name, 'planAuditLog'))).toContain('sealedPrivate')
    expect((await db.settings.get('workspace'))?.privacy?.sealedWith).toBe(keyId(key(3)))
    expect(await sealIfNeeded(db, keyring)).toBe(false)
    // Audit entries are still append-only: a real change is refused.
    const entry = await db.planAuditLog.toCollection().first()
    if (!entry) throw new Error('the demo has no audit entries')
    await expect(db.planAuditLog.update(entry.id, { summary: 'rewritten' })).rejects.toThrow(
      /append-only/
    )
  })

  it('in a browser the app lock makes the key: lock, wrong passphrase, unlock, remove', async () => {
    useDeviceKeyForTests({ kind: 'none', reason: 'A browser has no system keychain.' })
    const name = uniqueDbName('lock')
    const keyring: Keyring = { key: null, fromDevice: false }
    db = openDatabase(name, undefined, undefined, keyring)
    const { data, meetingId } = demo()
    await replaceWorkspace(db, data)
    await setAppLock(db, 'correct horse battery', 5, keyring)
    const settings = await db.settings.get('workspace')
    expect(settings?.privacy?.lock).toMatchObject({ iterations: 600_000, idleMinutes: 5 })
    expect(JSON.stringify(await rawRows(name, 'oneOnOnes'))).not.toContain(SECRET)

    lockWorkspace(keyring)
    expect(keyring.key).toBeNull()
    await expect(db.oneOnOnes.get(meetingId)).rejects.toThrow(WorkspaceLockedError)
    expect(await unlockWorkspace(db, 'wrong horse battery', keyring)).toBe(false)
    expect(keyring.key).toBeNull()
    expect(await unlockWorkspace(db, 'correct horse battery', keyring)).toBe(true)
    expect((await db.oneOnOnes.get(meetingId))?.privateNotes).toBe(SECRET)

    expect(await removeAppLock(db, 'wrong horse battery', keyring)).toBe(false)
    expect(await removeAppLock(db, 'correct horse battery', keyring)).toBe(true)
    expect(keyring.key).toBeNull()
    expect(JSON.stringify(await rawRows(name, 'oneOnOnes'))).toContain(SECRET)
    expect((await db.settings.get('workspace'))?.privacy?.lock).toBeUndefined()
  })

  it('with a device key the lock is only a gate: the data key stays the device key', async () => {
    useDeviceKeyForTests({ kind: 'device', key: key(5), protection: 'keychain' })
    const name = uniqueDbName('device-lock')
    const keyring: Keyring = { key: key(5), fromDevice: true }
    db = openDatabase(name, undefined, undefined, keyring)
    const { data, meetingId } = demo()
    await replaceWorkspace(db, data)
    await setAppLock(db, 'correct horse battery', 0, keyring)
    expect(keyring.key).toEqual(key(5))
    lockWorkspace(keyring)
    expect(keyring.key).toEqual(key(5))
    expect((await db.oneOnOnes.get(meetingId))?.privateNotes).toBe(SECRET)
  })

  it('a failed reseal changes nothing and keeps the old key', async () => {
    const name = uniqueDbName('reseal-fails')
    const keyring: Keyring = { key: key(4), fromDevice: false }
    db = openDatabase(name, undefined, undefined, keyring)
    const { data, meetingId } = demo()
    await replaceWorkspace(db, data)
    const before = JSON.stringify(await rawRows(name, 'oneOnOnes'))
    await expect(
      resealPrivateText(
        db,
        key(6),
        () => {
          throw new Error('disk full')
        },
        keyring
      )
    ).rejects.toThrow('disk full')
    expect(keyring.key).toEqual(key(4))
    expect(JSON.stringify(await rawRows(name, 'oneOnOnes'))).toBe(before)
    expect((await db.oneOnOnes.get(meetingId))?.privateNotes).toBe(SECRET)
  })

  it('a restore keeps this computer’s lock and seals what it writes', async () => {
    useDeviceKeyForTests({ kind: 'none', reason: 'browser' })
    const name = uniqueDbName('restore')
    const keyring: Keyring = { key: null, fromDevice: false }
    db = openDatabase(name, undefined, undefined, keyring)
    const { data, meetingId } = demo()
    await replaceWorkspace(db, data)
    await setAppLock(db, 'correct horse battery', 10, keyring)
    const lock = (await db.settings.get('workspace'))?.privacy?.lock
    await replaceWorkspace(db, data)
    expect((await db.settings.get('workspace'))?.privacy?.lock).toEqual(lock)
    expect(JSON.stringify(await rawRows(name, 'oneOnOnes'))).not.toContain(SECRET)
    expect((await db.oneOnOnes.get(meetingId))?.privateNotes).toBe(SECRET)
  })
})

describe('the device key and the copy before an upgrade', () => {
  it('takes the keychain’s key, or says why there is none', async () => {
    const keyring: Keyring = { key: null, fromDevice: false }
    expect(await loadDeviceKey(undefined, keyring)).toEqual({
      kind: 'none',
      reason: 'A browser has no system keychain.'
    })
    expect(keyring.key).toBeNull()
    const none = await loadDeviceKey(
      () => Promise.resolve({ key: null, reason: 'The system keychain is not available.' }),
      keyring
    )
    expect(none).toEqual({ kind: 'none', reason: 'The system keychain is not available.' })
    expect(keyring).toEqual({ key: null, fromDevice: false })
    await loadDeviceKey(() => Promise.resolve({ key: key(8), protection: 'keychain' }), keyring)
    expect(keyring).toEqual({ key: key(8), fromDevice: true })
    useDeviceKeyForTests({ kind: 'none', reason: 'test' })
  })

  it('a copy before an upgrade holds private notes opened, not sealed', async () => {
    const name = uniqueDbName('sealed-upgrade')
    const keyring: Keyring = { key: key(11), fromDevice: true }
    const old = openDatabase(name, [SCHEMA_V1], undefined, keyring)
    const { data, meetingId } = demo()
    await old.open()
    await old.transaction('rw', old.tables, async () => {
      for (const table of ['oneOnOnes', 'reps'] as const) {
        await old.table(table).bulkAdd(data[table] as object[])
      }
    })
    old.close()
    expect(JSON.stringify(await rawRows(name, 'oneOnOnes'))).not.toContain(SECRET)
    const bytes = await backupBeforeUpgrade({ appVersion: '2.0.0', now: new Date(), name, keyring })
    if (!bytes) throw new Error('no copy was made')
    const copy = (await decodeBackup(bytes, 'before-upgrade.json.gz')) as {
      data: { oneOnOnes: { id: string; privateNotes?: string; sealedPrivate?: string }[] }
    }
    const meeting = copy.data.oneOnOnes.find((m) => m.id === meetingId)
    expect(meeting?.privateNotes).toBe(SECRET)
    expect(meeting?.sealedPrivate).toBeUndefined()
  })
})
