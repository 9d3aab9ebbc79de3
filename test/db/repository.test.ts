import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { openDatabase, type FieldbookDb } from '../../src/renderer/src/db/database'
import { Repository } from '../../src/renderer/src/db/repository'
import { ValidationError } from '../../src/shared/validation'
import { testContext } from './fixtures'
import { uniqueDbName } from './upgradeHarness'

const newRep = {
  name: 'Dana Okafor',
  email: 'dana@example.com',
  roleId: 'role-ae',
  startDate: '2026-01-05',
  rampMonths: 3,
  territory: 'North',
  crmAliases: ['Dana Okafor'],
  oneOnOneCadenceDays: 7,
  active: true
}

describe('Repository', () => {
  let db: FieldbookDb
  afterEach(() => db?.close())

  it('stamps id and timestamps on add, and keeps createdAt on update', async () => {
    db = openDatabase(uniqueDbName())
    const ctx = testContext()
    const reps = new Repository(db, 'reps', ctx)
    const added = await reps.add(newRep)
    expect(added).toMatchObject({
      id: 'id-1',
      createdAt: '2026-11-23T09:00:00.000Z',
      updatedAt: '2026-11-23T09:00:00.000Z'
    })
    ctx.advance(60_000)
    const updated = await reps.update(added.id, { territory: 'South' })
    expect(updated.territory).toBe('South')
    expect(updated.createdAt).toBe('2026-11-23T09:00:00.000Z')
    expect(updated.updatedAt).toBe('2026-11-23T09:01:00.000Z')
    expect(await db.reps.get(added.id)).toEqual(updated)
  })

  it('rejects invalid records with a message naming the field, and writes nothing', async () => {
    db = openDatabase(uniqueDbName())
    const reps = new Repository(db, 'reps', testContext())
    await expect(
      reps.add({ ...newRep, email: 'not-an-email', startDate: '2026-13-45' })
    ).rejects.toThrow(ValidationError)
    await expect(reps.add({ ...newRep, startDate: '05/01/2026' })).rejects.toThrow(
      /startDate: expected a date as yyyy-MM-dd/
    )
    expect(await db.reps.count()).toBe(0)
  })

  it('refuses to update a record that does not exist', async () => {
    db = openDatabase(uniqueDbName())
    const reps = new Repository(db, 'reps', testContext())
    await expect(reps.update('missing', { territory: 'x' })).rejects.toThrow(/does not exist/)
  })
})
