import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { generateDemoWorkspace } from '../../src/shared/demo'
import { workspaceTableNames, type WorkspaceData } from '../../src/shared/domain'
import {
  RESULTS_TABLE,
  STAMPED_TABLES,
  readStamps,
  stampStore
} from '../../src/renderer/src/db/dataStamps'
import { SCHEMA_V5, SCHEMA_VERSIONS } from '../../src/renderer/src/db/schema'
import { readWorkspace } from '../../src/renderer/src/db/workspace'
import { testContext } from './fixtures'
import { storedAcmeRenewal, upgradeFrom } from './upgradeHarness'

const neverWritten = STAMPED_TABLES.map((name) => `${name}:-`).join('|')

describe('schema v5 (data stamps and stored analysis results)', () => {
  it('keeps every record of a v4 workspace and adds the stamp stores and the results table', async () => {
    expect(SCHEMA_VERSIONS.at(-1)).toBe(SCHEMA_V5)
    const { data } = generateDemoWorkspace({
      seed: 20261206,
      today: '2026-12-06',
      now: '2026-12-06T08:00:00.000Z',
      newId: testContext().newId
    })
    let before: WorkspaceData | undefined
    const db = await upgradeFrom(4, async (old) => {
      expect(old.tables.map((t) => t.name)).not.toContain(stampStore('reps'))
      for (const name of workspaceTableNames) await old.table(name).bulkAdd(data[name])
      before = await readWorkspace(old)
    })
    try {
      expect(db.verno).toBe(5)
      expect(before?.reps.length).toBeGreaterThan(0)
      expect(await readWorkspace(db)).toEqual(before)
      expect(db.tables.map((t) => t.name)).toEqual(
        expect.arrayContaining([...STAMPED_TABLES.map(stampStore), RESULTS_TABLE])
      )
      // Nothing was written since v5: no stamps yet, and a write stamps its table.
      expect(await readStamps(db, STAMPED_TABLES)).toBe(neverWritten)
      const rep = before?.reps[0]
      if (!rep) throw new Error('the demo has no rep')
      await db.reps.put({ ...rep, territory: 'North' })
      expect(await readStamps(db, ['reps', 'roles'])).toMatch(/^reps:[^-].*\|roles:-$/)
      const results = db.table(RESULTS_TABLE)
      await results.put({ key: 'dashboard', stamps: await readStamps(db, ['reps']), value: 3 })
      expect(await results.get('dashboard')).toMatchObject({ key: 'dashboard', value: 3 })
    } finally {
      db.close()
    }
  })

  it('from v2, v3’s upgrade still rewrites reps in the upgrade, before the stamp stores exist', async () => {
    const rep = {
      id: 'rep-1',
      name: 'Ana Ruiz',
      roleId: 'role-1',
      startDate: '2026-11-20',
      rampMonths: 3,
      territory: 'West',
      crmAliases: ['Ana Ruiz'],
      oneOnOneCadenceDays: 7,
      active: true,
      createdAt: '2026-11-20T10:00:00.000Z',
      updatedAt: '2026-11-20T10:00:00.000Z'
    }
    const db = await upgradeFrom(2, async (old) => {
      await old.reps.add(rep)
      await old.opportunities.add(
        storedAcmeRenewal({
          createdDate: '2026-06-01',
          importId: 'import-1',
          createdAt: rep.createdAt,
          updatedAt: rep.updatedAt
        })
      )
    })
    try {
      expect(db.verno).toBe(5)
      expect((await db.reps.get('rep-1'))?.startDate).toBe('2026-06-01')
      // The upgrade's write came before v5 made the stamp stores: it left no stamp.
      expect(await readStamps(db, ['reps'])).toBe('reps:-')
      await db.reps.update('rep-1', { territory: 'East' })
      expect(await readStamps(db, ['reps'])).not.toBe('reps:-')
    } finally {
      db.close()
    }
  })
})
