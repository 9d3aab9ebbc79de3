import { z } from 'zod'

/** A time of day on the laptop's clock, `HH:mm` from 00:00 to 23:59. */
export const TimeOfDay = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a time of day as HH:mm, from 00:00 to 23:59')
export type TimeOfDay = z.infer<typeof TimeOfDay>

export const DEFAULT_REMINDER_SETTINGS = {
  onTheDayAt: '08:30',
  dayBefore: true,
  dayBeforeAt: '16:00',
  oneOnOnes: true,
  commitments: true,
  checkIns: true,
  milestones: true
} as const

/**
 * When Fieldbook reminds the manager (desktop notifications, and the alarms in the calendar
 * files it exports): on the day at one time, and the day before at another, for each kind of
 * thing that can be switched off. Every field has a default, so a settings row or a backup made
 * before reminders were configurable reads as the defaults.
 */
export const ReminderSettings = z.object({
  /** On the day of a 1:1, a check-in, a milestone or a commitment's due date. */
  onTheDayAt: TimeOfDay.default(DEFAULT_REMINDER_SETTINGS.onTheDayAt),
  /** Whether to remind the day before too. */
  dayBefore: z.boolean().default(DEFAULT_REMINDER_SETTINGS.dayBefore),
  dayBeforeAt: TimeOfDay.default(DEFAULT_REMINDER_SETTINGS.dayBeforeAt),
  oneOnOnes: z.boolean().default(DEFAULT_REMINDER_SETTINGS.oneOnOnes),
  commitments: z.boolean().default(DEFAULT_REMINDER_SETTINGS.commitments),
  /** Check-ins of active PIPs and coaching plans. */
  checkIns: z.boolean().default(DEFAULT_REMINDER_SETTINGS.checkIns),
  /** Milestones of active PIPs and coaching plans. */
  milestones: z.boolean().default(DEFAULT_REMINDER_SETTINGS.milestones)
})
export type ReminderSettings = z.infer<typeof ReminderSettings>

/** The settings row's reminders with every default filled in (absent or unreadable: defaults). */
export function reminderSettingsOf(
  settings: { reminders?: Partial<ReminderSettings> } | undefined
): ReminderSettings {
  const parsed = ReminderSettings.safeParse(settings?.reminders ?? {})
  return parsed.success ? parsed.data : ReminderSettings.parse({})
}
