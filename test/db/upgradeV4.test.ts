import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { SCHEMA_V4, SCHEMA_VERSIONS } from '../../src/renderer/src/db/schema'
import { PlanAuditEntry } from '../../src/shared/domain'
import { GENESIS_HASH, inRecordOrder, verifyChain } from '../../src/shared/plans/auditChain'
import { upgradeWorkspaceRecords } from '../../src/shared/upgrades'
import { upgradeFrom } from './upgradeHarness'

/** Entries as v3 stored them: no prevHash, no hash. */
const entry = (id: string, planId: string, at: string, summary: string) => ({
  id,
  planId,
  at,
  by: 'Dana Reyes',
  action: 'noteAdded' as const,
  summary
})

const oldEntries = [
  entry('a3', 'plan-a', '2026-11-03T09:00:00.000Z', 'Check-in held'),
  entry('a1', 'plan-a', '2026-11-01T09:00:00.000Z', 'Plan created'),
  entry('b1', 'plan-b', '2026-11-02T09:00:00.000Z', 'Plan created'),
  entry('a2', 'plan-a', '2026-11-02T09:00:00.000Z', 'Sent to HR review')
]

describe('schema v4 (the record of changes as a hash chain)', () => {
  it('chains each plan’s existing entries in time order, as found, and adds nothing', async () => {
    expect(SCHEMA_VERSIONS[3]).toBe(SCHEMA_V4)
    const db = await upgradeFrom(3, async (old) => {
      await old.planAuditLog.bulkAdd(oldEntries)
    })
    expect(db.verno).toBe(SCHEMA_VERSIONS.at(-1)?.version)
    const all = await db.planAuditLog.toArray()
    expect(all).toHaveLength(4)
    for (const e of all) {
      const { prevHash, hash, ...content } = e
      expect(content).toEqual(oldEntries.find((o) => o.id === e.id))
      expect(prevHash).toMatch(/^[0-9a-f]{64}$/)
      expect(hash).toMatch(/^[0-9a-f]{64}$/)
      expect(PlanAuditEntry.safeParse(e).success).toBe(true)
    }
    const planA = inRecordOrder(await db.planAuditLog.where('planId').equals('plan-a').toArray())
    expect(planA.map((e) => e.id)).toEqual(['a1', 'a2', 'a3'])
    expect(planA[0]?.prevHash).toBe(GENESIS_HASH)
    expect(planA[1]?.prevHash).toBe(planA[0]?.hash)
    expect(verifyChain(planA)).toEqual({ intact: true, entries: 3 })
    expect((await db.planAuditLog.get('b1'))?.prevHash).toBe(GENESIS_HASH)
    // After the upgrade the record is append-only again.
    await expect(db.planAuditLog.update('a1', { summary: 'x' })).rejects.toThrow(/append-only/)
    db.close()
  })

  it('a restored v3 backup gets the same chain as a database upgraded in place', async () => {
    const db = await upgradeFrom(3, async (old) => {
      await old.planAuditLog.bulkAdd(oldEntries)
    })
    const inPlace = await db.planAuditLog.toArray()
    db.close()
    const restored = upgradeWorkspaceRecords({ planAuditLog: oldEntries }, 3)['planAuditLog']
    const byId = (rows: unknown[]) =>
      [...(rows as { id: string }[])].sort((x, y) => x.id.localeCompare(y.id))
    expect(byId(restored ?? [])).toEqual(byId(inPlace))
  })
})
