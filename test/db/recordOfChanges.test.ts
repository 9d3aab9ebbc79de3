import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { openDatabase, type FieldbookDb } from '../../src/renderer/src/db/database'
import { loadDemoTeam } from '../../src/renderer/src/db/firstRun'
import { PlanRepository } from '../../src/renderer/src/db/planRepository'
import {
  readWorkspace,
  replaceWorkspace,
  resetWorkspace
} from '../../src/renderer/src/db/workspace'
import {
  GENESIS_HASH,
  auditEntryHash,
  inRecordOrder,
  verifyChain
} from '../../src/shared/plans/auditChain'
import { testContext } from './fixtures'
import { uniqueDbName } from './upgradeHarness'

const draft = {
  kind: 'pip' as const,
  repId: 'rep-1',
  title: '90-day plan: CRM discipline',
  status: 'draft' as const,
  startDate: '2026-11-02',
  endDate: '2027-01-31',
  origin: 'scratch' as const,
  roleName: 'Account Executive',
  managerName: 'Jordan Ellis',
  hrContact: 'Priya Shah',
  repCommitment: '',
  expectations: [],
  concerns: [],
  goals: [],
  support: [],
  checkInSchedule: 'Weekly',
  checkInPhases: [{ every: 'week' as const }],
  salesDay: [],
  consequences: ''
}

async function planWithRecord(db: FieldbookDb) {
  const plans = new PlanRepository(db, testContext())
  const plan = await plans.add(draft)
  await plans.addNote(plan.id, 'Talked about the pipeline review.')
  await plans.changeStatus(plan.id, 'hrReview')
  return { plans, plan, entries: await plans.auditLog(plan.id) }
}

const DELETE_REFUSED = /append-only: its entries cannot be deleted/

describe('the record of changes', () => {
  let db: FieldbookDb
  afterEach(() => db?.close())

  it('chains every entry the app appends to the one before it', async () => {
    db = openDatabase(uniqueDbName())
    const { entries } = await planWithRecord(db)
    expect(entries).toHaveLength(3)
    expect(entries[0]?.prevHash).toBe(GENESIS_HASH)
    entries.forEach((e, i) => {
      if (i > 0) expect(e.prevHash).toBe(entries[i - 1]?.hash)
      expect(e.hash).toBe(auditEntryHash(e, e.prevHash ?? ''))
    })
    expect(verifyChain(entries)).toEqual({ intact: true, entries: 3 })
  })

  it('refuses delete, bulkDelete, clear and where().delete(), and keeps every entry', async () => {
    db = openDatabase(uniqueDbName())
    const { plan, entries } = await planWithRecord(db)
    const ids = entries.map((e) => e.id)
    await expect(db.planAuditLog.delete(ids[1]!)).rejects.toThrow(DELETE_REFUSED)
    await expect(db.planAuditLog.bulkDelete(ids)).rejects.toThrow(DELETE_REFUSED)
    await expect(db.planAuditLog.clear()).rejects.toThrow(DELETE_REFUSED)
    await expect(db.planAuditLog.where('planId').equals(plan.id).delete()).rejects.toThrow(
      DELETE_REFUSED
    )
    await expect(db.planAuditLog.toCollection().delete()).rejects.toThrow(DELETE_REFUSED)
    // Inside a transaction of its own, too: the refusal rolls it back.
    await expect(
      db.transaction('rw', db.planAuditLog, () => db.planAuditLog.delete(ids[0]!))
    ).rejects.toThrow(DELETE_REFUSED)
    expect((await db.planAuditLog.toArray()).map((e) => e.id).sort()).toEqual([...ids].sort())
  })

  it('refuses a change, even one that recomputes the hash', async () => {
    db = openDatabase(uniqueDbName())
    const { entries } = await planWithRecord(db)
    const first = entries[0]!
    const rewritten = { ...first, summary: 'Rewritten' }
    const hash = auditEntryHash(rewritten, first.prevHash ?? '')
    await expect(db.planAuditLog.put({ ...rewritten, hash })).rejects.toThrow(/append-only/)
    await expect(db.planAuditLog.update(first.id, { hash: GENESIS_HASH })).rejects.toThrow(
      /append-only/
    )
    expect(await db.planAuditLog.get(first.id)).toEqual(first)
  })

  it('lets a restore and a start-over replace the record, and only those', async () => {
    db = openDatabase(uniqueDbName())
    const { entries } = await planWithRecord(db)
    const saved = await readWorkspace(db)
    await resetWorkspace(db)
    expect(await db.planAuditLog.count()).toBe(0)
    await replaceWorkspace(db, saved)
    expect(await db.planAuditLog.count()).toBe(entries.length)
    await loadDemoTeam(db, testContext(), '2026-11-23')
    const demo = await db.planAuditLog.toArray()
    expect(demo.length).toBeGreaterThan(0)
    expect(demo.some((e) => entries.some((old) => old.id === e.id))).toBe(false)
    // The permission ended with those transactions.
    await expect(db.planAuditLog.clear()).rejects.toThrow(DELETE_REFUSED)
    expect(await db.planAuditLog.count()).toBe(demo.length)
  })

  it('keeps a restored break as it is: nothing is recomputed', async () => {
    db = openDatabase(uniqueDbName())
    const { plan, entries } = await planWithRecord(db)
    const saved = await readWorkspace(db)
    const edited = saved.planAuditLog.map((e) =>
      e.id === entries[1]?.id ? { ...e, summary: 'Nothing was discussed.' } : e
    )
    await replaceWorkspace(db, { ...saved, planAuditLog: edited })
    const after = inRecordOrder(await db.planAuditLog.where('planId').equals(plan.id).toArray())
    expect(after[1]?.summary).toBe('Nothing was discussed.')
    expect(after[1]?.hash).toBe(entries[1]?.hash)
    const check = verifyChain(after)
    expect(check.intact).toBe(false)
    if (!check.intact)
      expect(check.breaks.map((b) => [b.position, b.problem])).toEqual([[2, 'changed']])
  })

  it('chains the demo team’s records', async () => {
    db = openDatabase(uniqueDbName())
    await loadDemoTeam(db, testContext(), '2026-11-23')
    const planIds = (await db.plans.toArray()).map((p) => p.id)
    expect(planIds.length).toBeGreaterThan(0)
    for (const id of planIds) {
      const entries = inRecordOrder(await db.planAuditLog.where('planId').equals(id).toArray())
      expect(verifyChain(entries)).toEqual({ intact: true, entries: entries.length })
    }
  })
})
