import 'fake-indexeddb/auto'
import Dexie, { liveQuery } from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import { generateDemoWorkspace } from '../../src/shared/demo'
import type { Rep } from '../../src/shared/domain'
import { openDatabase, type FieldbookDb } from '../../src/renderer/src/db/database'
import {
  RESULTS_TABLE,
  STAMPED_TABLES,
  dataStampsMiddleware,
  readStamps,
  stampStore
} from '../../src/renderer/src/db/dataStamps'
import type { Keyring } from '../../src/renderer/src/db/privateText'
import { SCHEMA_VERSIONS } from '../../src/renderer/src/db/schema'
import { replaceWorkspace, resetWorkspace } from '../../src/renderer/src/db/workspace'
import { testContext } from './fixtures'
import { uniqueDbName } from './upgradeHarness'

const rep = (id: string, name = 'Ana Ruiz'): Rep => ({
  id,
  name,
  roleId: 'role-1',
  startDate: '2025-03-01',
  rampMonths: 3,
  territory: 'West',
  crmAliases: [name],
  oneOnOneCadenceDays: 7,
  active: true,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z'
})

function demoData() {
  return generateDemoWorkspace({
    seed: 20261123,
    today: '2026-11-30',
    now: '2026-11-30T08:00:00.000Z',
    newId: testContext().newId
  }).data
}

/** Every stamped table's stamp, as stored. */
async function stamps(db: Dexie): Promise<Record<string, string>> {
  const joined = await readStamps(db, STAMPED_TABLES)
  return Object.fromEntries(joined.split('|').map((pair) => pair.split(':') as [string, string]))
}

/** The tables whose stamp `write` changed. */
async function stampedBy(db: Dexie, write: () => Promise<unknown>): Promise<string[]> {
  const before = await stamps(db)
  await write()
  const after = await stamps(db)
  return Object.keys(after)
    .filter((name) => after[name] !== before[name])
    .sort()
}

describe('data stamps', () => {
  let db: FieldbookDb | undefined
  afterEach(() => db?.close())

  it('each kind of write renews its own table’s stamp and no other', async () => {
    db = openDatabase(uniqueDbName('stamps'))
    const fb = db
    expect(await stampedBy(fb, () => fb.reps.add(rep('r1')))).toEqual(['reps'])
    expect(await stampedBy(fb, () => fb.reps.put(rep('r1', 'Ana Ruiz-Lopez')))).toEqual(['reps'])
    expect(await stampedBy(fb, () => fb.reps.bulkAdd([rep('r2'), rep('r3')]))).toEqual(['reps'])
    expect(await stampedBy(fb, () => fb.reps.update('r2', { territory: 'East' }))).toEqual(['reps'])
    expect(await stampedBy(fb, () => fb.reps.delete('r3'))).toEqual(['reps'])
    expect(await stampedBy(fb, () => fb.roles.clear())).toEqual(['roles'])
    expect(await stampedBy(fb, () => fb.reps.clear())).toEqual(['reps'])
    expect(await fb.reps.count()).toBe(0)
  })

  it('reads never stamp', async () => {
    db = openDatabase(uniqueDbName('reads'))
    const fb = db
    await fb.reps.bulkAdd([rep('r1'), rep('r2')])
    const reads = async () => {
      await fb.reps.get('r1')
      await fb.reps.toArray()
      await fb.reps.where('roleId').equals('role-1').count()
      await fb.transaction('r', [fb.reps, fb.opportunities], () => fb.opportunities.toArray())
      await fb.reps.each(() => undefined)
    }
    expect(await stampedBy(fb, reads)).toEqual([])
  })

  it('a transaction that does not name the stamps table still stamps what it writes', async () => {
    db = openDatabase(uniqueDbName('scope'))
    const fb = db
    expect(
      await stampedBy(fb, () => fb.transaction('rw', [fb.reps], () => fb.reps.add(rep('r1'))))
    ).toEqual(['reps'])
    // A table in the scope that is only read keeps its stamp.
    expect(
      await stampedBy(fb, () =>
        fb.transaction('rw', [fb.reps, fb.roles], async () => {
          await fb.roles.toArray()
          await fb.reps.put(rep('r1', 'Ana Ruiz-Lopez'))
        })
      )
    ).toEqual(['reps'])
  })

  it('a transaction that fails after writing leaves the stamps as they were', async () => {
    db = openDatabase(uniqueDbName('rollback'))
    const fb = db
    await fb.reps.add(rep('r1'))
    const before = await stamps(fb)
    await expect(
      fb.transaction('rw', [fb.reps, fb.opportunities], async () => {
        await fb.reps.add(rep('r2'))
        await fb.opportunities.clear()
        throw new Error('stop')
      })
    ).rejects.toThrow('stop')
    expect(await stamps(fb)).toEqual(before)
    expect(await fb.reps.count()).toBe(1)
  })

  it('tables the analysis does not read, and the results table, are never stamped', async () => {
    db = openDatabase(uniqueDbName('own'))
    const fb = db
    const written = await stampedBy(fb, async () => {
      await fb.table(RESULTS_TABLE).put({ key: 'dashboard', stamps: 'reps:-', value: 1 })
      await fb.actionItems.clear()
      await fb.planAuditLog.toArray()
    })
    expect(written).toEqual([])
    expect(fb.tables.map((t) => t.name)).not.toContain(stampStore('observations'))
  })

  it('writes to different tables do not share a stamp store (they still run side by side)', async () => {
    db = openDatabase(uniqueDbName('apart'))
    const fb = db
    // Two read-write transactions on different tables are both open at once: IndexedDB would
    // run them one after the other if they shared a store.
    let releaseFirst: () => void = () => undefined
    const held = new Promise<void>((resolve) => (releaseFirst = resolve))
    const order: string[] = []
    const first = fb.transaction('rw', [fb.opportunities], async () => {
      await fb.opportunities.clear()
      await Dexie.waitFor(held)
      order.push('opportunities')
    })
    const second = fb.transaction('rw', [fb.settings], async () => {
      await fb.settings.clear()
      order.push('settings')
      releaseFirst()
    })
    await Promise.all([first, second])
    expect(order).toEqual(['settings', 'opportunities'])
  })

  it('a transaction stamps each table it writes once, however many writes it makes', async () => {
    const name = uniqueDbName('once')
    let n = 0
    const counted = new Dexie(name)
    counted.use(dataStampsMiddleware(() => `s${++n}`))
    for (const v of SCHEMA_VERSIONS) counted.version(v.version).stores(v.stores)
    try {
      await counted.transaction('rw', ['reps', 'roles'], async () => {
        for (let i = 0; i < 5; i++) await counted.table('reps').add(rep(`r${i}`))
        await counted.table('roles').clear()
        await counted.table('reps').bulkPut([rep('r9'), rep('r10')])
      })
      expect(n).toBe(2)
      expect(await readStamps(counted, ['reps', 'roles'])).toBe('reps:s1|roles:s2')
      // The next transaction renews it.
      await counted.table('reps').delete('r9')
      expect(await readStamps(counted, ['reps'])).toBe('reps:s3')
    } finally {
      counted.close()
    }
  })

  it('readStamps joins the stamps in the order asked, with name:- for tables never written', async () => {
    const name = uniqueDbName('read')
    let n = 0
    const counted = new Dexie(name)
    counted.use(dataStampsMiddleware(() => `s${++n}`))
    for (const v of SCHEMA_VERSIONS) counted.version(v.version).stores(v.stores)
    try {
      expect(await readStamps(counted, ['reps', 'roles'])).toBe('reps:-|roles:-')
      await counted.table('reps').add(rep('r1'))
      await counted.table('roles').clear()
      await counted.table('reps').put(rep('r1', 'Ana Ruiz-Lopez'))
      expect(await readStamps(counted, ['roles', 'reps', 'activities'])).toBe(
        'roles:s2|reps:s3|activities:-'
      )
      // Inside a read transaction that holds the stamps table, with the data it describes.
      const inside = await counted.transaction('r', ['reps', stampStore('reps')], async () => {
        const count = await counted.table('reps').count()
        return `${count} ${await readStamps(counted, ['reps'])}`
      })
      expect(inside).toBe('1 reps:s3')
      expect(await readStamps(counted, [])).toBe('')
    } finally {
      counted.close()
    }
  })

  it('a live query on the stamps sees a write to a workspace table', async () => {
    db = openDatabase(uniqueDbName('live'))
    const fb = db
    const seen: string[] = []
    let wake: () => void = () => undefined
    const subscription = liveQuery(() => readStamps(fb, ['reps'])).subscribe((value) => {
      seen.push(value)
      wake()
    })
    // Waits for the next value; a live query that is never woken fails here, not at the timeout.
    const next = () =>
      new Promise<void>((resolve, reject) => {
        const late = setTimeout(() => reject(new Error('the live query was not woken')), 2000)
        wake = () => {
          clearTimeout(late)
          resolve()
        }
      })
    try {
      await (seen.length ? Promise.resolve() : next())
      expect(seen).toEqual(['reps:-'])
      const changed = next()
      await fb.reps.add(rep('r1'))
      await changed
      expect(seen).toHaveLength(2)
      expect(seen[1]).toBe(await readStamps(fb, ['reps']))
      expect(seen[1]).not.toBe('reps:-')
    } finally {
      subscription.unsubscribe()
    }
  })

  it('private text is still sealed, and writing it stamps nothing', async () => {
    const name = uniqueDbName('sealed')
    const keyring: Keyring = { key: new Uint8Array(32).fill(5), fromDevice: true }
    db = openDatabase(name, undefined, undefined, keyring)
    const fb = db
    const data = demoData()
    await replaceWorkspace(fb, data)
    const observation = data.observations[0]
    if (!observation) throw new Error('the demo has no observation')
    const secret = 'Talks over the buyer when price comes up'
    expect(
      await stampedBy(fb, () => fb.observations.put({ ...observation, strength: secret }))
    ).toEqual([])
    expect((await fb.observations.get(observation.id))?.strength).toBe(secret)
    // What IndexedDB holds, read without Dexie's middleware.
    const raw = new Dexie(name)
    await raw.open()
    try {
      const stored = (await raw.table('observations').get(observation.id)) as Record<
        string,
        unknown
      >
      expect(stored).not.toHaveProperty('strength')
      expect(String(stored['sealedPrivate'])).toMatch(/^fbs1:/)
      expect(JSON.stringify(stored)).not.toContain(secret)
    } finally {
      raw.close()
    }
  })

  it('restore and start over empty the stored analysis results and renew every stamp', async () => {
    db = openDatabase(uniqueDbName('replace'))
    const fb = db
    const results = fb.table(RESULTS_TABLE)
    const data = demoData()
    await results.put({ key: 'whoNeedsYou', stamps: 'reps:-', value: ['r1'] })
    const restored = await stampedBy(fb, () => replaceWorkspace(fb, data))
    expect(restored).toEqual([...STAMPED_TABLES].sort())
    expect(await results.count()).toBe(0)

    await results.put({ key: 'dashboard', stamps: await readStamps(fb, ['reps']), value: 1 })
    const reset = await stampedBy(fb, () => resetWorkspace(fb))
    expect(reset).toEqual([...STAMPED_TABLES].sort())
    expect(await results.count()).toBe(0)
    expect(await fb.reps.count()).toBe(0)
  })
})
