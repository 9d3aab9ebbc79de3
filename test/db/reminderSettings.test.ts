import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { openDatabase, type FieldbookDb } from '../../src/renderer/src/db/database'
import { ownTeamWorkspace } from '../../src/renderer/src/db/firstRun'
import {
  readReminderSettings,
  saveReminderSettings
} from '../../src/renderer/src/db/reminderSettings'
import { readSettings, readWorkspace, replaceWorkspace } from '../../src/renderer/src/db/workspace'
import { ReminderSettings, WorkspaceDataSchema } from '../../src/shared/domain'
import { testContext } from './fixtures'
import { uniqueDbName } from './upgradeHarness'

describe('reminder settings in the workspace', () => {
  let db: FieldbookDb
  afterEach(() => db?.close())

  it('reads the defaults from a workspace that never saved any, then saves only its own field', async () => {
    db = openDatabase(uniqueDbName())
    await replaceWorkspace(db, ownTeamWorkspace(testContext()))
    expect((await readSettings(db))?.reminders).toBeUndefined()
    expect(await readReminderSettings(db)).toEqual(ReminderSettings.parse({}))

    const before = (await readSettings(db))!
    const chosen = {
      ...ReminderSettings.parse({}),
      onTheDayAt: '07:45',
      dayBeforeAt: '17:30',
      milestones: false
    }
    await saveReminderSettings(db, chosen, new Date('2026-12-04T10:00:00Z'))
    const after = (await readSettings(db))!
    expect(after.reminders).toEqual(chosen)
    expect(after.updatedAt).toBe('2026-12-04T10:00:00.000Z')
    // Everything else in the row is as it was.
    expect({ ...after, reminders: undefined, updatedAt: before.updatedAt }).toEqual({
      ...before,
      reminders: undefined
    })
    expect(await readReminderSettings(db)).toEqual(chosen)
    // The workspace with the new field is still a valid backup.
    expect(WorkspaceDataSchema.safeParse(await readWorkspace(db)).success).toBe(true)
  })

  it('refuses a time that is not a time of day and leaves the row alone', async () => {
    db = openDatabase(uniqueDbName())
    await replaceWorkspace(db, ownTeamWorkspace(testContext()))
    const bad = { ...ReminderSettings.parse({}), dayBeforeAt: '4pm' }
    await expect(saveReminderSettings(db, bad, new Date())).rejects.toThrow(
      'The reminder settings were not saved: “The day before at”: expected a time of day as HH:mm, from 00:00 to 23:59.'
    )
    expect((await readSettings(db))?.reminders).toBeUndefined()
  })

  it('says so when there is no workspace yet', async () => {
    db = openDatabase(uniqueDbName())
    await expect(saveReminderSettings(db, ReminderSettings.parse({}), new Date())).rejects.toThrow(
      'There is no workspace to save reminder settings in.'
    )
  })
})
