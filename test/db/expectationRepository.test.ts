import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { openDatabase, type FieldbookDb } from '../../src/renderer/src/db/database'
import { ExpectationSetRepository } from '../../src/renderer/src/db/expectationRepository'
import { createAccountExecutiveRole } from '../../src/shared/defaults'
import type { Rep } from '../../src/shared/domain'
import { ValidationError } from '../../src/shared/validation'
import { testContext } from './fixtures'
import { uniqueDbName } from './upgradeHarness'

const NOW = '2026-11-23T09:00:00.000Z'

const rep = (id: string, roleId: string): Rep => ({
  id,
  name: `Rep ${id}`,
  roleId,
  startDate: '2024-01-08',
  rampMonths: 3,
  territory: '',
  crmAliases: [id],
  oneOnOneCadenceDays: 7,
  active: true,
  createdAt: NOW,
  updatedAt: NOW
})

async function setUp() {
  const db = openDatabase(uniqueDbName())
  const ctx = testContext()
  const { role, expectationSet } = createAccountExecutiveRole('role-ae', 'set-ae', NOW)
  await db.roles.add(role)
  await db.expectationSets.add(expectationSet)
  await db.reps.bulkAdd([rep('hannah', 'role-ae'), rep('sam', 'role-se')])
  return { db, ctx, role, repo: new ExpectationSetRepository(db, ctx) }
}

describe('ExpectationSetRepository', () => {
  let db: FieldbookDb
  afterEach(() => db?.close())

  it('edits a dimension in place and adds a new one at the end', async () => {
    const s = await setUp()
    db = s.db
    const set = (await s.repo.forRole(s.role))!
    const winRate = set.dimensions.find((d) => d.key === 'win-rate')!
    s.ctx.advance(1000)
    await s.repo.saveDimension(set.id, { ...winRate, target: 25 })
    const after = await s.repo.saveDimension(set.id, {
      key: 'average-deal-size',
      label: 'Average deal size',
      metric: 'averageDealSize',
      target: 4_500_000,
      currency: 'USD',
      period: 'quarter',
      direction: 'atLeast',
      indicator: 'lagging',
      weight: 0
    })
    expect(after.dimensions.find((d) => d.key === 'win-rate')?.target).toBe(25)
    expect(after.dimensions.at(-1)?.key).toBe('average-deal-size')
    expect(after.dimensions).toHaveLength(9)
    expect(after.updatedAt).toBe('2026-11-23T09:00:01.000Z')
    expect(await db.expectationSets.get(set.id)).toEqual(after)
  })

  it('refuses two dimensions with the same name', async () => {
    const s = await setUp()
    db = s.db
    const set = (await s.repo.forRole(s.role))!
    const first = set.dimensions[0]!
    await expect(
      s.repo.saveDimension(set.id, { ...first, key: 'copy', label: ' closed-won revenue ' })
    ).rejects.toThrow('Another dimension is already called “Closed-won revenue”.')
  })

  it('keeps overrides only with a written reason, for reps of the role, replacing the previous one', async () => {
    const s = await setUp()
    db = s.db
    const set = (await s.repo.forRole(s.role))!
    const override = {
      repId: 'hannah',
      dimensionKey: 'closed-won-revenue',
      target: 27_000_000,
      reason: 'Territory re-cut: two accounts moved.'
    }
    await expect(s.repo.setOverride(set.id, { ...override, reason: 'because' })).rejects.toThrow(
      ValidationError
    )
    await expect(s.repo.setOverride(set.id, { ...override, repId: 'sam' })).rejects.toThrow(
      'Rep sam is in another role: overrides are per role.'
    )
    await expect(s.repo.setOverride(set.id, { ...override, repId: 'nobody' })).rejects.toThrow(
      'That rep is not in the workspace.'
    )
    await expect(s.repo.setOverride(set.id, { ...override, dimensionKey: 'nope' })).rejects.toThrow(
      'There is no dimension nope in this set.'
    )
    await s.repo.setOverride(set.id, override)
    s.ctx.advance(60_000)
    const after = await s.repo.setOverride(set.id, { ...override, target: 25_000_000 })
    expect(after.overrides).toEqual([
      { ...override, target: 25_000_000, setAt: '2026-11-23T09:01:00.000Z' }
    ])
    const cleared = await s.repo.removeOverride(set.id, 'hannah', 'closed-won-revenue')
    expect(cleared.overrides).toEqual([])
  })

  it('removes a dimension together with its overrides, and reorders', async () => {
    const s = await setUp()
    db = s.db
    const set = (await s.repo.forRole(s.role))!
    await s.repo.setOverride(set.id, {
      repId: 'hannah',
      dimensionKey: 'win-rate',
      target: 15,
      reason: 'Works the enterprise renewals only.'
    })
    const after = await s.repo.removeDimension(set.id, 'win-rate')
    expect(after.dimensions.map((d) => d.key)).not.toContain('win-rate')
    expect(after.overrides).toEqual([])
    const moved = await s.repo.moveDimension(set.id, 'activities', -1)
    expect(moved.dimensions.slice(0, 3).map((d) => d.key)).toEqual([
      'closed-won-revenue',
      'activities',
      'pipeline-created'
    ])
    // Moving past either end changes nothing.
    const same = await s.repo.moveDimension(set.id, 'closed-won-revenue', -1)
    expect(same.dimensions).toEqual(moved.dimensions)
  })

  it('saves team priorities and what the team stops doing', async () => {
    const s = await setUp()
    db = s.db
    const set = (await s.repo.forRole(s.role))!
    const after = await s.repo.setPriorities(set.id, {
      teamPriorities: ['Next step on every deal'],
      stopDoing: ['Unrequested proposals'],
      prioritiesPeriod: ' Q4 2026 '
    })
    expect(after).toMatchObject({
      teamPriorities: ['Next step on every deal'],
      stopDoing: ['Unrequested proposals'],
      prioritiesPeriod: 'Q4 2026'
    })
  })

  it('gives a role without expectations an empty set and points the role at it', async () => {
    const s = await setUp()
    db = s.db
    const role = { ...s.role, id: 'role-se', name: 'Sales Engineer', expectationSetId: undefined }
    await db.roles.add(role)
    const set = await s.repo.createForRole(role)
    expect(set).toMatchObject({
      roleId: 'role-se',
      name: 'Sales Engineer expectations',
      dimensions: []
    })
    expect((await db.roles.get('role-se'))?.expectationSetId).toBe(set.id)
    expect((await s.repo.createForRole(role)).id).toBe(set.id)
  })
})
