import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import Dexie from 'dexie'
import { SCHEMA_V1, SCHEMA_VERSIONS, type SchemaVersion } from '../../src/renderer/src/db/schema'
import { WorkspaceSettings } from '../../src/shared/domain'
import { CURRENT_SCHEMA_VERSION, upgradeWorkspaceRecords } from '../../src/shared/upgrades'
import { storedAcmeRenewal, upgradeFrom } from './upgradeHarness'

const rep = {
  id: 'rep-1',
  name: 'Ana Ruiz',
  roleId: 'role-1',
  startDate: '2025-03-01',
  rampMonths: 3,
  territory: 'West',
  crmAliases: ['Ana Ruiz'],
  oneOnOneCadenceDays: 7,
  active: true,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z'
}

describe('schema versions', () => {
  it('are numbered in order, dated, and v1 is the first', () => {
    expect(SCHEMA_VERSIONS[0]).toBe(SCHEMA_V1)
    SCHEMA_VERSIONS.forEach((v, i) => {
      expect(v.version).toBe(i + 1)
      expect(v.date).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    })
  })

  it('v1 keeps its data when reopened at the current version', async () => {
    const db = await upgradeFrom(1, async (old) => {
      await old.reps.add(rep)
      await old.opportunities.add(
        storedAcmeRenewal({
          createdDate: '2026-09-01',
          createdAt: rep.createdAt,
          updatedAt: rep.updatedAt
        })
      )
    })
    expect(db.verno).toBe(SCHEMA_VERSIONS.at(-1)?.version)
    expect(await db.reps.get('rep-1')).toEqual(rep)
    expect(
      await db.opportunities
        .where('[source+crmId]')
        .equals(['salesforceExport', '0065g00000XyZab'])
        .count()
    ).toBe(1)
    db.close()
  })

  it('v1 → v2: settings gain backup preferences, snapshots can be read by date', async () => {
    const settingsV1 = {
      id: 'workspace',
      mode: 'own',
      managerName: 'Lee',
      teamName: 'West',
      currency: 'EUR',
      fiscalYearStartMonth: 4,
      thresholds: { staleOpportunityDays: 21, teamGapPercent: 25, marketShiftShare: 0.6 },
      createdAt: rep.createdAt,
      updatedAt: rep.updatedAt
    }
    const snapshot = (id: string, asOf: string) => ({
      id,
      opportunityId: 'opp-1',
      takenAt: '2026-01-01T00:00:00.000Z',
      asOf,
      crmStage: 'Prospecting',
      stageKey: 'prospect',
      status: 'open' as const,
      nextStep: ''
    })
    const db = await upgradeFrom(
      1,
      async (old) => {
        await old.table('settings').add(settingsV1)
        await old.opportunitySnapshots.bulkAdd([
          snapshot('s1', '2026-01-05'),
          snapshot('s2', '2026-02-05'),
          snapshot('s3', '2026-03-05')
        ])
      },
      SCHEMA_VERSIONS.slice(0, 2)
    )
    expect(db.verno).toBe(2)
    expect(await db.settings.get('workspace')).toEqual({ ...settingsV1, backups: { keep: 10 } })
    expect(WorkspaceSettings.safeParse(await db.settings.get('workspace')).success).toBe(true)
    const since = await db.opportunitySnapshots.where('asOf').aboveOrEqual('2026-02-01').toArray()
    expect(since.map((s) => s.id)).toEqual(['s2', 's3'])
    const history = await db.opportunitySnapshots
      .where('[opportunityId+asOf]')
      .between(['opp-1', Dexie.minKey], ['opp-1', Dexie.maxKey])
      .reverse()
      .toArray()
    expect(history.map((s) => s.asOf)).toEqual(['2026-03-05', '2026-02-05', '2026-01-05'])
    db.close()
  })

  it('a restored v1 backup gets the same change as a database upgraded in place', () => {
    expect(CURRENT_SCHEMA_VERSION).toBe(SCHEMA_VERSIONS.at(-1)?.version)
    const upgraded = upgradeWorkspaceRecords({ settings: [{ id: 'workspace' }], reps: [rep] }, 1)
    expect(upgraded).toEqual({
      settings: [{ id: 'workspace', backups: { keep: 10 } }],
      reps: [rep]
    })
    expect(upgradeWorkspaceRecords({ settings: [{ id: 'workspace' }] }, 2)).toEqual({
      settings: [{ id: 'workspace' }]
    })
  })

  it('the harness runs an upgrade function (checked with a trial version that is not shipped)', async () => {
    const trial: SchemaVersion = {
      version: SCHEMA_VERSIONS.length + 1,
      date: '2099-01-01',
      stores: { reps: 'id, roleId, territory' },
      upgrade: (tx) =>
        tx
          .table('reps')
          .toCollection()
          .modify((r: { territory: string }) => {
            r.territory = r.territory.toUpperCase()
          })
    }
    const db = await upgradeFrom(1, (old) => old.reps.add(rep).then(() => undefined), [
      ...SCHEMA_VERSIONS,
      trial
    ])
    expect(db.verno).toBe(trial.version)
    expect(await db.reps.where('territory').equals('WEST').count()).toBe(1)
    db.close()
  })
})
