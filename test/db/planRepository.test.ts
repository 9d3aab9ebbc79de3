import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { openDatabase, type FieldbookDb } from '../../src/renderer/src/db/database'
import { PlanRepository } from '../../src/renderer/src/db/planRepository'
import { testContext } from './fixtures'
import { uniqueDbName } from './upgradeHarness'

const draftPip = {
  kind: 'pip' as const,
  repId: 'rep-1',
  title: '90-day plan: CRM discipline',
  status: 'draft' as const,
  startDate: '2026-11-02',
  endDate: '2027-01-31',
  origin: 'scratch' as const,
  repCommitment: '',
  expectations: [],
  concerns: [],
  goals: [
    {
      key: 'hygiene',
      description: 'Keep the CRM current',
      standard: 'No open opportunity untouched for 14 days'
    }
  ],
  support: [],
  checkInSchedule: 'Weekly',
  consequences: ''
}

describe('PlanRepository', () => {
  let db: FieldbookDb
  afterEach(() => db?.close())

  it('logs creation and every status change, and follows draft → HR review → active → closed', async () => {
    db = openDatabase(uniqueDbName())
    const ctx = testContext()
    const plans = new PlanRepository(db, ctx)
    const plan = await plans.add(draftPip)
    await expect(plans.changeStatus(plan.id, 'active')).rejects.toThrow(
      'A plan cannot go from draft to active.'
    )
    ctx.advance(1000)
    await plans.changeStatus(plan.id, 'hrReview')
    ctx.advance(1000)
    await plans.changeStatus(plan.id, 'active')
    const log = await plans.auditLog(plan.id)
    expect(log.map((e) => [e.action, e.summary])).toEqual([
      ['created', 'PIP created'],
      ['statusChanged', 'Status draft → hrReview'],
      ['statusChanged', 'Status hrReview → active']
    ])
    expect(log.map((e) => e.at)).toEqual([...log.map((e) => e.at)].sort())
  })

  it('allows free edits in draft but makes an active plan append-only', async () => {
    db = openDatabase(uniqueDbName())
    const plans = new PlanRepository(db, testContext())
    const plan = await plans.add(draftPip)
    await plans.update(plan.id, { consequences: 'Employment may end.' })
    await plans.changeStatus(plan.id, 'hrReview')
    await plans.changeStatus(plan.id, 'active')
    await expect(plans.update(plan.id, { title: 'Quietly renamed' })).rejects.toThrow(/append-only/)
    expect((await plans.get(plan.id))?.title).toBe(draftPip.title)

    await plans.recordChange(
      plan.id,
      'endDate',
      '2027-02-28',
      'Extended by four weeks after the holidays'
    )
    const log = await plans.auditLog(plan.id)
    expect(log.at(-1)).toMatchObject({
      action: 'fieldChanged',
      field: 'endDate',
      before: '2027-01-31',
      after: '2027-02-28'
    })
  })

  it('never changes a closed plan', async () => {
    db = openDatabase(uniqueDbName())
    const plans = new PlanRepository(db, testContext())
    const plan = await plans.add({ ...draftPip, kind: 'coaching' })
    await plans.changeStatus(plan.id, 'hrReview')
    await plans.changeStatus(plan.id, 'active')
    await plans.changeStatus(plan.id, 'closed')
    await expect(plans.recordChange(plan.id, 'title', 'x', 'y')).rejects.toThrow(
      'A closed plan cannot change.'
    )
    await expect(plans.changeStatus(plan.id, 'active')).rejects.toThrow(/cannot go from closed/)
  })
})
