import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { generateDemoWorkspace } from '../../src/shared/demo'
import { buildPrep, draftAgenda } from '../../src/shared/oneOnOnes'
import { openDatabase, type FieldbookDb } from '../../src/renderer/src/db/database'
import { OneOnOneRepository } from '../../src/renderer/src/db/oneOnOneRepository'
import { replaceWorkspace } from '../../src/renderer/src/db/workspace'
import { loadPrepInput } from '../../src/renderer/src/db/prepData'
import { ValidationError } from '../../src/shared/validation'
import { testContext } from './fixtures'
import { uniqueDbName } from './upgradeHarness'

const agenda = [
  { key: 'results', title: 'Results', source: 'results' as const, done: false, notes: '' },
  { key: 'manual-1', title: 'Holiday cover', source: 'manager' as const, done: false, notes: 'n' }
]

describe('OneOnOneRepository', () => {
  let db: FieldbookDb
  afterEach(() => db?.close())

  it('moving keeps the old record as moved and plans the new day with the agenda and notes', async () => {
    db = openDatabase(uniqueDbName())
    const repo = new OneOnOneRepository(db, testContext())
    const planned = await repo.planNew('rep-1', '2026-12-02', agenda)
    await repo.update(planned.id, {
      sharedNotes: 'Draft',
      privateNotes: 'Mine',
      dismissedKeys: ['x']
    })
    const moved = await repo.move(planned.id, '2026-12-04')
    expect(await db.oneOnOnes.get(planned.id)).toMatchObject({
      status: 'moved',
      movedTo: '2026-12-04'
    })
    expect(moved).toMatchObject({
      repId: 'rep-1',
      scheduledFor: '2026-12-04',
      status: 'planned',
      agenda,
      sharedNotes: 'Draft',
      privateNotes: 'Mine',
      dismissedKeys: ['x']
    })
    await expect(repo.move(planned.id, '2026-12-05')).rejects.toThrow(ValidationError)
    await expect(repo.move(moved.id, '2026-12-04')).rejects.toThrow('Choose another day')
  })

  it('skips and finishes only a planned 1:1', async () => {
    db = openDatabase(uniqueDbName())
    const repo = new OneOnOneRepository(db, testContext())
    const a = await repo.planNew('rep-1', '2026-12-02', agenda)
    await expect(repo.skip(a.id)).resolves.toMatchObject({ status: 'skipped' })
    await expect(repo.finish(a.id, '2026-12-02')).rejects.toThrow('skipped already')
    const b = await repo.planNew('rep-1', '2026-12-09', agenda)
    await expect(repo.finish(b.id, '2026-12-10')).resolves.toMatchObject({
      status: 'held',
      heldOn: '2026-12-10'
    })
  })
})

describe('prep from the database (demo workspace)', () => {
  let db: FieldbookDb
  afterEach(() => db?.close())

  it('reads one rep’s records and drafts an agenda with every open commitment', async () => {
    db = openDatabase(uniqueDbName())
    const ctx = testContext()
    const today = '2026-11-30'
    const { data } = generateDemoWorkspace({
      seed: 20261123,
      today,
      now: '2026-11-30T08:00:00.000Z',
      newId: ctx.newId
    })
    await replaceWorkspace(db, data)
    for (const rep of data.reps) {
      const input = await loadPrepInput(db, rep.id, today)
      expect(input?.rep.id).toBe(rep.id)
      if (!input) continue
      // Only this rep's records come back.
      for (const list of [input.meetings, input.actionItems, input.opportunities, input.activities])
        expect(list.every((r) => r.repId === rep.id)).toBe(true)
      const open = data.actionItems.filter((a) => a.repId === rep.id && a.status === 'open')
      const drafted = draftAgenda(buildPrep(input), (k) => k)
      expect(
        drafted
          .filter((i) => i.source === 'actionItem')
          .map((i) => i.key)
          .sort()
      ).toEqual(open.map((a) => `action-${a.id}`).sort())
      // Snapshots are those of the deals read.
      const ids = new Set(input.opportunities.map((o) => o.id))
      expect(input.snapshots.every((s) => ids.has(s.opportunityId))).toBe(true)
    }
    expect(await loadPrepInput(db, 'nobody', today)).toBeNull()
  })
})
