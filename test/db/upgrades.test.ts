import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { SCHEMA_V1, SCHEMA_VERSIONS, type SchemaVersion } from '../../src/renderer/src/db/schema'
import { upgradeFrom } from './upgradeHarness'

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
      await old.opportunities.add({
        id: 'opp-1',
        crmId: '0065g00000XyZab',
        source: 'salesforceExport',
        repId: 'rep-1',
        ownerAlias: 'Ana Ruiz',
        name: 'Acme renewal',
        account: 'Acme',
        crmStage: 'Proposal/Price Quote',
        stageKey: 'propose',
        status: 'open',
        createdDate: '2026-09-01',
        nextStep: '',
        createdAt: rep.createdAt,
        updatedAt: rep.updatedAt
      })
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

  it('the harness runs an upgrade function (checked with a trial v2 that is not shipped)', async () => {
    const trialV2: SchemaVersion = {
      version: 2,
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
      SCHEMA_V1,
      trialV2
    ])
    expect(db.verno).toBe(2)
    expect(await db.reps.where('territory').equals('WEST').count()).toBe(1)
    db.close()
  })
})
