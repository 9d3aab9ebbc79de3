import type { Alarm } from 'ics'
import { reminderSettingsOf, type ReminderSettings } from '../domain/reminderSettings'

/** The kinds of things that can be reminded of, as the settings name them. */
export type ReminderKind = 'oneOnOnes' | 'commitments' | 'checkIns' | 'milestones'

/** When the on-the-day time is not before the event's start, the alarm rings this long before it. */
export const FALLBACK_MINUTES_BEFORE = 15

export interface AlarmTime {
  when: 'dayBefore' | 'onTheDay'
  /** How long before the event's start the alarm rings (always more than 0). */
  minutesBefore: number
}

const minutesOfDay = (time: string): number => {
  const [h = 0, m = 0] = time.split(':').map(Number)
  return h * 60 + m
}

/**
 * The alarms of an event that starts at `startsAt` (HH:mm, the event's local time), matching
 * the reminder settings: the day before at `dayBeforeAt` (when on), and on the day at
 * `onTheDayAt`, or 15 minutes before the start when the event starts at or before that time
 * (an alarm after the start reminds of nothing). None when the kind is switched off.
 */
export function alarmTimes(
  settings: Partial<ReminderSettings> | undefined,
  kind: ReminderKind,
  startsAt: string
): AlarmTime[] {
  const s = reminderSettingsOf({ reminders: settings })
  if (!s[kind]) return []
  const start = minutesOfDay(startsAt)
  const out: AlarmTime[] = []
  if (s.dayBefore)
    out.push({ when: 'dayBefore', minutesBefore: 24 * 60 - minutesOfDay(s.dayBeforeAt) + start })
  const onTheDay = start - minutesOfDay(s.onTheDayAt)
  out.push({ when: 'onTheDay', minutesBefore: onTheDay > 0 ? onTheDay : FALLBACK_MINUTES_BEFORE })
  return out
}

/**
 * The same alarms as VALARM components for the `ics` package: DISPLAY alarms with a trigger
 * relative to the start (`-PT16H30M`), which calendars apply in the event's own time.
 */
export function icsAlarms(
  settings: Partial<ReminderSettings> | undefined,
  kind: ReminderKind,
  startsAt: string,
  what: string
): Alarm[] {
  return alarmTimes(settings, kind, startsAt).map((a) => ({
    action: 'display',
    description: `${a.when === 'dayBefore' ? 'Tomorrow' : 'Today'}: ${what}`,
    trigger: {
      before: true,
      hours: Math.floor(a.minutesBefore / 60),
      minutes: a.minutesBefore % 60
    }
  }))
}
