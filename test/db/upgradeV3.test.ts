import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { SCHEMA_V3, SCHEMA_VERSIONS } from '../../src/renderer/src/db/schema'
import { Rep } from '../../src/shared/domain'
import { repairImportedStarts, upgradeWorkspaceRecords } from '../../src/shared/upgrades'
import { upgradeFrom } from './upgradeHarness'

const IMPORT_DAY = '2026-11-30T09:00:00.000Z'

const rep = (id: string, name: string, startDate: string, createdAt = IMPORT_DAY) => ({
  id,
  name,
  roleId: 'role-1',
  startDate,
  rampMonths: 3,
  territory: '',
  crmAliases: [],
  oneOnOneCadenceDays: 7,
  active: true,
  createdAt,
  updatedAt: createdAt
})

const deal = (id: string, repId: string, createdDate: string, extra: object = {}) => ({
  id,
  crmId: `crm-${id}`,
  source: 'generic' as const,
  repId,
  ownerAlias: repId,
  name: `Deal ${id}`,
  account: '',
  crmStage: 'Won',
  status: 'won' as const,
  createdDate,
  closeDate: '2017-03-01',
  nextStep: '',
  importId: 'import-1',
  createdAt: IMPORT_DAY,
  updatedAt: IMPORT_DAY,
  ...extra
})

describe('schema v3: imported reps start at their earliest record', () => {
  it('is the third shipped version and dated', () => {
    expect(SCHEMA_VERSIONS[2]).toBe(SCHEMA_V3)
    expect(SCHEMA_V3.date).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  })

  it('moves an import-day start back to the earliest deal or activity, and leaves chosen starts alone', async () => {
    const db = await upgradeFrom(2, async (old) => {
      await old.reps.bulkAdd([
        // Imported on 30 Nov 2026 with that day as start; deals from 2016.
        rep('darcel', 'Darcel Schlecht', '2026-11-30'),
        // Imported too, and an activity is earlier than any deal.
        rep('marty', 'Marty Freudenburg', '2026-11-30'),
        // A start somebody chose, before the rep was created: kept.
        rep('ana', 'Ana Ruiz', '2025-03-01'),
        // Imported with no records at all: nothing proves another date.
        rep('cecily', 'Cecily Lampkin', '2026-11-30')
      ])
      await old.opportunities.bulkAdd([
        deal('d1', 'darcel', '2016-10-25'),
        deal('d2', 'darcel', '2016-11-02'),
        deal('d3', 'marty', '2016-12-01'),
        deal('d4', 'ana', '2016-01-01'),
        // A demo deal (no import) does not count.
        deal('d5', 'marty', '2015-01-01', { importId: undefined, source: 'demo' })
      ])
      await old.activities.add({
        id: 'a1',
        source: 'generic',
        repId: 'marty',
        ownerAlias: 'Marty Freudenburg',
        type: 'call',
        subject: 'Intro call',
        date: '2016-11-20',
        importId: 'import-2',
        createdAt: IMPORT_DAY,
        updatedAt: IMPORT_DAY
      })
    })
    expect(db.verno).toBe(SCHEMA_VERSIONS.at(-1)?.version)
    const starts = Object.fromEntries((await db.reps.toArray()).map((r) => [r.id, r.startDate]))
    expect(starts).toEqual({
      darcel: '2016-10-25',
      marty: '2016-11-20',
      ana: '2025-03-01',
      cecily: '2026-11-30'
    })
    for (const r of await db.reps.toArray()) expect(Rep.safeParse(r).success).toBe(true)
    db.close()
  })

  it('a restored v2 backup gets the same repair', () => {
    const tables = {
      reps: [rep('darcel', 'Darcel Schlecht', '2026-11-30')],
      opportunities: [deal('d1', 'darcel', '2016-10-25')],
      activities: []
    }
    const upgraded = upgradeWorkspaceRecords(tables, 2)
    expect((upgraded['reps'] as { startDate: string }[])[0]?.startDate).toBe('2016-10-25')
    expect(repairImportedStarts(tables)[0]?.startDate).toBe('2016-10-25')
  })
})
