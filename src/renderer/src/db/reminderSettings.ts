import { ReminderSettings, reminderSettingsOf } from '@shared/domain'
import { ValidationError } from '@shared/validation'
import type { FieldbookDb } from './database'
import { readSettings } from './workspace'

/** The fields as Settings → Reminders labels them, for messages. */
const LABELS: Record<string, string> = {
  onTheDayAt: '“On the day at”',
  dayBeforeAt: '“The day before at”',
  dayBefore: '“Also the day before”'
}

/** The workspace's reminder settings, every default filled in. */
export async function readReminderSettings(db: FieldbookDb): Promise<ReminderSettings> {
  return reminderSettingsOf(await readSettings(db))
}

/**
 * Saves the reminder settings: validated first, then written into the settings row in one
 * transaction that reads the row again, so a change made meanwhile to another setting stays.
 */
export async function saveReminderSettings(
  db: FieldbookDb,
  reminders: ReminderSettings,
  now: Date
): Promise<ReminderSettings> {
  const parsed = ReminderSettings.safeParse(reminders)
  if (!parsed.success)
    throw new ValidationError(
      `The reminder settings were not saved: ${parsed.error.issues
        .map((i) => `${LABELS[String(i.path[0])] ?? String(i.path[0])}: ${i.message}`)
        .join('; ')}.`
    )
  await db.transaction('rw', db.settings, async () => {
    const settings = await readSettings(db)
    if (!settings) throw new Error('There is no workspace to save reminder settings in.')
    await db.settings.put({ ...settings, reminders: parsed.data, updatedAt: now.toISOString() })
  })
  return parsed.data
}
