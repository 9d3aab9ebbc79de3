import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openDatabase, type FieldbookDb } from '../../src/renderer/src/db/database'
import { ownTeamWorkspace } from '../../src/renderer/src/db/firstRun'
import { RoleRepository } from '../../src/renderer/src/db/roleRepository'
import { RosterRepository, type RepInput } from '../../src/renderer/src/db/rosterRepository'
import { replaceWorkspace } from '../../src/renderer/src/db/workspace'
import { saveWorkspaceSettings } from '../../src/renderer/src/db/workspaceSettings'
import { loadTeamRows } from '../../src/renderer/src/db/useTeam'
import { rampFactor } from '../../src/shared/metrics/ramp'
import type { Opportunity, Plan } from '../../src/shared/domain'
import { testContext } from './fixtures'
import { uniqueDbName } from './upgradeHarness'

const TODAY = '2026-11-23'

describe('roster, roles and workspace settings', () => {
  let db: FieldbookDb
  let ctx: ReturnType<typeof testContext>
  let roster: RosterRepository
  let roleId: string
  const input = (over: Partial<RepInput> = {}): RepInput => ({
    name: 'Ana Lima',
    roleId,
    startDate: TODAY,
    rampMonths: 3,
    territory: 'North',
    crmAliases: [],
    ...over
  })

  beforeEach(async () => {
    db = openDatabase(uniqueDbName('roster'))
    ctx = testContext()
    await replaceWorkspace(db, ownTeamWorkspace(ctx))
    roster = new RosterRepository(db, ctx)
    roleId = (await db.roles.toArray())[0]!.id
  })
  afterEach(() => db.close())

  it('adds a rep by hand with the name and e-mail as aliases, and refuses bad input', async () => {
    const rep = await roster.addRep(input({ email: 'ana@acme.example', crmAliases: ['0051'] }))
    expect(rep.crmAliases).toEqual(['Ana Lima', '0051', 'ana@acme.example'])
    await expect(roster.addRep(input({ name: '  ' }))).rejects.toThrow('must not be empty')
    await expect(roster.addRep(input({ roleId: 'nope' }))).rejects.toThrow('Choose the rep’s role.')
  })

  it('an edited start date moves the ramp, and the change is kept with its date', async () => {
    const rep = await roster.addRep(input())
    expect(rampFactor(rep, TODAY)).toBe(0.25)
    ctx.advance(60_000)
    const edited = await roster.editRep(rep.id, input({ startDate: '2026-08-01' }))
    // 114 days in: month 4 of a 3-month ramp is past the ramp.
    expect(rampFactor(edited, TODAY)).toBe(1)
    const [row] = await loadTeamRows(db, TODAY)
    expect(row?.headline.rampFactor).toBe(1)
    expect(edited.changes).toEqual([
      { at: '2026-11-23T09:01:00.000Z', field: 'startDate', from: TODAY, to: '2026-08-01' }
    ])
  })

  it('a rep who left stays in the workspace with their history but off the team rows', async () => {
    const rep = await roster.addRep(input({ startDate: '2025-01-01' }))
    await expect(roster.leave(rep.id, '2024-12-31')).rejects.toThrow('cannot be earlier')
    const left = await roster.leave(rep.id, '2026-11-20')
    expect(left).toMatchObject({ active: false, leftOn: '2026-11-20' })
    expect(await loadTeamRows(db, TODAY)).toEqual([])
    expect(await loadTeamRows(db, TODAY, rep.id)).toHaveLength(1)
    const back = await roster.rejoin(rep.id)
    expect(back.active).toBe(true)
    expect(back.leftOn).toBeUndefined()
    expect(back.changes?.map((c) => [c.field, c.to])).toEqual([
      ['active', 'false'],
      ['active', 'true']
    ])
  })

  it('merging moves every record and override of the duplicate, and notes it on its plans', async () => {
    const keep = await roster.addRep(input())
    const dup = await roster.addRep(input({ name: 'A. Lima', startDate: '2026-02-01' }))
    const opp = { id: 'o1', repId: dup.id } as unknown as Opportunity
    await db.opportunities.add(opp)
    await db.recognitions.add({
      id: 'w1',
      repId: dup.id,
      date: '2026-11-01',
      text: 'Closed Acme',
      visibility: 'public',
      createdAt: keep.createdAt,
      updatedAt: keep.createdAt
    })
    await db.plans.add({ id: 'p1', repId: dup.id } as unknown as Plan)
    const set = (await db.expectationSets.toArray())[0]!
    const dimensionKey = set.dimensions[0]!.key
    await db.expectationSets.update(set.id, {
      overrides: [
        { repId: dup.id, dimensionKey, target: 1, reason: 'Half-time', setAt: keep.createdAt }
      ]
    })
    const kept = await roster.merge(keep.id, dup.id)
    expect(kept.crmAliases).toContain('A. Lima')
    expect(kept.startDate).toBe('2026-02-01')
    expect((await db.opportunities.get('o1'))?.repId).toBe(keep.id)
    expect((await db.recognitions.get('w1'))?.repId).toBe(keep.id)
    expect((await db.plans.get('p1'))?.repId).toBe(keep.id)
    expect((await db.expectationSets.get(set.id))?.overrides[0]?.repId).toBe(keep.id)
    const audit = await db.planAuditLog.where('planId').equals('p1').toArray()
    expect(audit.map((a) => a.summary)).toEqual([
      'A. Lima was merged into Ana Lima: the plan now belongs to Ana Lima.'
    ])
    expect(await db.reps.get(dup.id)).toMatchObject({ active: false, mergedInto: keep.id })
    await expect(roster.merge(keep.id, dup.id)).rejects.toThrow('merged already')
  })

  it('roles: rename and ramp changes are dated; a duplicate copies the expectations', async () => {
    const roles = new RoleRepository(db, ctx)
    const ae = (await db.roles.get(roleId))!
    const copy = await roles.duplicateRole(roleId, 'Senior AE')
    const source = (await db.expectationSets.get(ae.expectationSetId!))!
    const copied = (await db.expectationSets.get(copy.expectationSetId!))!
    expect(copied.roleId).toBe(copy.id)
    expect(copied.dimensions).toEqual(source.dimensions)
    expect(copied.overrides).toEqual([])
    await expect(roles.duplicateRole(roleId, 'senior ae')).rejects.toThrow('already a role')
    const edited = await roles.editRole(copy.id, { name: 'Enterprise AE', defaultRampMonths: 6 })
    expect(edited.changes?.map((c) => `${c.field}: ${c.from} → ${c.to}`)).toEqual([
      'name: Senior AE → Enterprise AE',
      `defaultRampMonths: ${ae.defaultRampMonths} → 6`
    ])
  })

  it('settings: a new currency relabels money targets; an unknown one is refused', async () => {
    const settings = (await db.settings.get('workspace'))!
    await saveWorkspaceSettings(
      db,
      { ...settings, currency: 'EUR', locale: 'de-DE', managerName: 'Dana Reyes' },
      new Date('2026-11-23T10:00:00Z')
    )
    const money = (await db.expectationSets.toArray())[0]!.dimensions.filter((d) => d.currency)
    expect(money.length).toBeGreaterThan(0)
    expect(money.every((d) => d.currency === 'EUR')).toBe(true)
    expect((await db.settings.get('workspace'))?.managerName).toBe('Dana Reyes')
    await expect(
      saveWorkspaceSettings(db, { ...settings, currency: 'EURO' }, new Date())
    ).rejects.toThrow('is not an ISO 4217 currency code')
    await expect(
      saveWorkspaceSettings(db, { ...settings, currency: 'XYZ' }, new Date())
    ).rejects.toThrow('“XYZ” is not an ISO 4217 currency code')
  })
})
