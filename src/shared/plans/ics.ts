import { createEvents, type EventAttributes } from 'ics'
import { foldIcsLines } from '../calendar/fold'
import type { CheckIn, Plan, ReminderSettings } from '../domain'
import { icsAlarms } from '../reminders/alarms'

export interface CheckInCalendarInput {
  plan: Pick<Plan, 'id' | 'kind' | 'title' | 'goals'>
  repName: string
  checkIns: readonly Pick<CheckIn, 'id' | 'scheduledFor' | 'status'>[]
  /** Local time of day for every check-in, HH:mm. */
  time: string
  minutes: number
  /** The export's instant (DTSTAMP): passed in, shared code has no clock. */
  now: Date
  /** The workspace's reminder settings: each event carries their alarms (defaults when absent). */
  reminders?: Partial<ReminderSettings>
}

export class CalendarError extends Error {}

const oneLine = (text: string): string => text.replace(/[\r\n\t]+/g, ' ').trim()

/**
 * An iCalendar file (RFC 5545) with one event per scheduled check-in, for the manager's and
 * the rep's calendars. Times are floating local times (no zone), as a meeting "at 9:00" is.
 * UIDs are the check-in ids, so importing the file again updates the events instead of
 * duplicating them. Check-ins already held or missed are left out. Each event has the alarms
 * of the reminder settings (the day before and on the day), so the calendar reminds the manager
 * even when Fieldbook is closed.
 */
export function checkInCalendar(input: CheckInCalendarInput): string {
  const [hour = 9, minute = 0] = input.time.split(':').map(Number)
  const kind = input.plan.kind === 'pip' ? 'PIP' : 'Coaching plan'
  const goals = input.plan.goals.map((g) => `- ${oneLine(g.description)}: ${oneLine(g.standard)}`)
  const all = [...input.checkIns].sort((a, b) => a.scheduledFor.localeCompare(b.scheduledFor))
  // Numbered within the whole plan, so a check-in keeps its number (and its event its title)
  // when the file is exported again after one was held: "3 of 20", not "1 of 18".
  const number = new Map(all.map((c, i) => [c.id, i + 1]))
  const upcoming = all.filter((c) => c.status === 'scheduled')
  const rep = oneLine(input.repName)
  const alarms = icsAlarms(input.reminders, 'checkIns', input.time, `${kind} check-in with ${rep}`)
  const events = upcoming.map((c): EventAttributes & { timestamp: number } => {
    const [y = 0, m = 0, d = 0] = c.scheduledFor.split('-').map(Number)
    return {
      uid: `${c.id}@fieldbook.checkin`,
      timestamp: input.now.getTime(),
      start: [y, m, d, hour, minute],
      startInputType: 'local',
      startOutputType: 'local',
      duration: { minutes: input.minutes },
      title: `${kind} check-in ${number.get(c.id) ?? 0} of ${all.length}: ${rep}`,
      description: [
        `${kind}: ${oneLine(input.plan.title)}`,
        'Goals to review:',
        ...goals,
        'Record the check-in in Fieldbook: status per goal, notes and next steps.'
      ].join('\n'),
      categories: ['Fieldbook', kind],
      status: 'CONFIRMED',
      busyStatus: 'BUSY',
      alarms: alarms.map((a) => ({ ...a }))
    }
  })
  const result = createEvents(events, {
    productId: '-//Fieldbook//Plan check-ins//EN',
    calName: `${kind} check-ins: ${rep}`
  })
  if (result.error || result.value === null) {
    throw new CalendarError(
      `The calendar file could not be made: ${result.error?.message ?? 'no output'}`
    )
  }
  return foldIcsLines(result.value)
}
