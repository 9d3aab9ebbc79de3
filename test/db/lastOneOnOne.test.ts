import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { homeView } from '../../src/shared/oneOnOnes'
import { openDatabase, type FieldbookDb } from '../../src/renderer/src/db/database'
import { OneOnOneRepository } from '../../src/renderer/src/db/oneOnOneRepository'
import { Repository } from '../../src/renderer/src/db/repository'
import { loadTeamRows } from '../../src/renderer/src/db/useTeam'
import { testContext } from './fixtures'
import { uniqueDbName } from './upgradeHarness'

describe('"Last 1:1" after a meeting is held', () => {
  let db: FieldbookDb
  afterEach(() => db?.close())

  it('Team (and the rep header) and Home read the same day, also for a 1:1 held early', async () => {
    db = openDatabase(uniqueDbName())
    const ctx = testContext()
    const reps = new Repository(db, 'reps', ctx)
    const rep = await reps.add({
      name: 'Sam Lee',
      roleId: 'ae',
      startDate: '2024-01-08',
      rampMonths: 0,
      territory: '',
      crmAliases: [],
      oneOnOneCadenceDays: 7,
      active: true
    })
    const meetings = new OneOnOneRepository(db, ctx)
    const earlier = await meetings.planNew(rep.id, '2026-11-28', [])
    await meetings.finish(earlier.id, '2026-11-28')
    // Planned for Monday the 8th, held on Saturday the 5th.
    const next = await meetings.planNew(rep.id, '2026-12-08', [])
    await meetings.finish(next.id, '2026-12-05')

    const today = '2026-12-05'
    const [row] = await loadTeamRows(db, today)
    const home = homeView({
      reps: await db.reps.toArray(),
      meetings: await db.oneOnOnes.toArray(),
      actionItems: [],
      plans: [],
      checkIns: [],
      milestones: [],
      today,
      horizonDays: 7
    })
    const homeLast = [...home.overdue, ...home.upcoming].find((n) => n.repId === rep.id)?.lastHeldOn
    expect(row?.headline.lastOneOnOne).toBe('2026-12-05')
    expect(homeLast).toBe('2026-12-05')
  })
})
