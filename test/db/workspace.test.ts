import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { openDatabase, type FieldbookDb } from '../../src/renderer/src/db/database'
import { loadDemoTeam, ownTeamWorkspace } from '../../src/renderer/src/db/firstRun'
import {
  readSettings,
  readWorkspace,
  replaceWorkspace,
  resetWorkspace
} from '../../src/renderer/src/db/workspace'
import type { Opportunity, WorkspaceData } from '../../src/shared/domain'
import { testContext } from './fixtures'
import { uniqueDbName } from './upgradeHarness'

/** Tables come back in primary-key order; compare them independent of insertion order. */
const byId = (data: WorkspaceData) =>
  Object.fromEntries(
    Object.entries(data).map(([t, rows]) => [
      t,
      [...(rows as { id: string }[])].sort((a, b) => a.id.localeCompare(b.id))
    ])
  )

describe('workspace', () => {
  let db: FieldbookDb
  afterEach(() => db?.close())

  it('starts an own team with the default process, an AE role, checklists and scenarios', async () => {
    db = openDatabase(uniqueDbName())
    await replaceWorkspace(db, ownTeamWorkspace(testContext()))
    const settings = await readSettings(db)
    expect(settings?.mode).toBe('own')
    const process = await db.salesProcesses.get(settings?.salesProcessId ?? '')
    expect(process?.stages.map((s) => s.key)).toEqual([
      'prospect',
      'discover',
      'qualify',
      'propose',
      'negotiate',
      'close'
    ])
    expect((await db.roles.toArray()).map((r) => r.name)).toEqual(['Account Executive'])
    expect(await db.checklistTemplates.count()).toBeGreaterThan(0)
    expect(await db.reps.count()).toBe(0)
  })

  it('rejects an invalid workspace before writing anything', async () => {
    db = openDatabase(uniqueDbName())
    const data = ownTeamWorkspace(testContext())
    await replaceWorkspace(db, data)
    const broken = { ...data, roles: [{ ...data.roles[0], name: '' }] } as typeof data
    await expect(replaceWorkspace(db, broken)).rejects.toThrow(/roles\.0\.name: must not be empty/)
    expect(byId(await readWorkspace(db))).toEqual(byId(data))
  })

  it('is all-or-nothing: a write that fails half-way leaves the previous workspace intact', async () => {
    db = openDatabase(uniqueDbName())
    const ctx = testContext()
    const before = ownTeamWorkspace(ctx)
    await replaceWorkspace(db, before)
    const opp: Opportunity = {
      id: 'o1',
      createdAt: '2026-11-23T09:00:00.000Z',
      updatedAt: '2026-11-23T09:00:00.000Z',
      crmId: 'DUP',
      source: 'generic',
      ownerAlias: 'x',
      name: 'Deal',
      account: '',
      crmStage: 'Won',
      status: 'won',
      createdDate: '2026-01-01',
      nextStep: ''
    }
    // Valid records, but two opportunities with the same CRM id break the unique index.
    const next = { ...ownTeamWorkspace(ctx), opportunities: [opp, { ...opp, id: 'o2' }] }
    await expect(replaceWorkspace(db, next)).rejects.toThrow()
    expect(byId(await readWorkspace(db))).toEqual(byId(before))
  })

  it('reset empties every table', async () => {
    db = openDatabase(uniqueDbName())
    await replaceWorkspace(db, ownTeamWorkspace(testContext()))
    await resetWorkspace(db)
    const all = await readWorkspace(db)
    expect(Object.values(all).every((rows) => rows.length === 0)).toBe(true)
    expect(await readSettings(db)).toBeUndefined()
  })
})

describe('demo team', () => {
  let db: FieldbookDb
  afterEach(() => db?.close())

  it('loads every table of the generated demo in one go, and reset removes it', async () => {
    db = openDatabase(uniqueDbName('demo'))
    await loadDemoTeam(db, testContext(), '2026-11-23')
    const stored = await readWorkspace(db)
    expect((await readSettings(db))?.mode).toBe('demo')
    expect(stored.reps).toHaveLength(10)
    for (const table of [
      'opportunities',
      'opportunitySnapshots',
      'activities',
      'observations',
      'oneOnOnes',
      'plans',
      'checkIns',
      'planAuditLog'
    ] as const) {
      expect(stored[table].length, table).toBeGreaterThan(0)
    }
    expect(stored.plans.map((p) => `${p.kind}:${p.status}`).sort()).toEqual([
      'coaching:active',
      'pip:active'
    ])
    await resetWorkspace(db)
    expect(await db.reps.count()).toBe(0)
    expect(await readSettings(db)).toBeUndefined()
  })
})
