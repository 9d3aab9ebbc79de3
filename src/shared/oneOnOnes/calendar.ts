import { createEvents, type EventAttributes } from 'ics'
import { foldIcsLines } from '../calendar/fold'
import type { CalendarDate, OneOnOne, ReminderSettings, Rep } from '../domain'
import { addDaysTo } from '../metrics/dates'
import { icsAlarms } from '../reminders/alarms'
import { nextOneOnOne } from './schedule'

/** A 1:1 in the series: a planned one in the workspace, or the next ones at the rep's cadence. */
export interface SeriesOneOnOne {
  repId: string
  repName: string
  day: CalendarDate
  /** The planned 1:1 in the workspace on that day; absent for a day worked out from the cadence. */
  plannedId?: string
  cadenceDays: number
}

/**
 * A rep's 1:1s from today to `until`: the next one (today when it is overdue), every 1:1
 * planned from today on, then one every cadence after the last of them.
 */
export function oneOnOneSeries(
  rep: Rep,
  meetings: readonly OneOnOne[],
  today: CalendarDate,
  until: CalendarDate
): SeriesOneOnOne[] {
  const next = nextOneOnOne(rep, meetings, today)
  const planned = new Map(
    meetings
      .filter((m) => m.repId === rep.id && m.status === 'planned' && m.scheduledFor >= today)
      .map((m) => [m.scheduledFor, m.id])
  )
  const days = new Set([next.due < today ? today : next.due, ...planned.keys()])
  const sorted = [...days].sort()
  let day = addDaysTo(sorted.at(-1)!, rep.oneOnOneCadenceDays)
  while (day <= until) {
    sorted.push(day)
    day = addDaysTo(day, rep.oneOnOneCadenceDays)
  }
  return sorted
    .filter((day) => day <= until)
    .map((day) => ({
      repId: rep.id,
      repName: rep.name,
      day,
      ...(planned.has(day) ? { plannedId: planned.get(day) } : {}),
      cadenceDays: rep.oneOnOneCadenceDays
    }))
}

export interface OneOnOneCalendarInput {
  /** One rep, or the whole team (active reps). */
  reps: readonly Rep[]
  meetings: readonly OneOnOne[]
  today: CalendarDate
  /** The last day of the series. */
  until: CalendarDate
  /** The first 1:1 of a day starts at this local time (HH:mm); others on that day follow it. */
  time: string
  minutes: number
  /** The calendar's name, e.g. "1:1s with Aisha Bello" or "Team 1:1s". */
  calendarName: string
  reminders?: Partial<ReminderSettings>
  /** The export's instant (DTSTAMP): passed in, shared code has no clock. */
  now: Date
}

export class OneOnOneCalendarError extends Error {}

const oneLine = (text: string): string => text.replace(/[\r\n\t]+/g, ' ').trim()
const DAY_MINUTES = 24 * 60

const plural = new Intl.PluralRules('en')
const cadenceWords = (days: number): string => {
  if (days === 7) return 'every week'
  if (days % 7 === 0) return `every ${days / 7} weeks`
  return `every ${days} ${plural.select(days) === 'one' ? 'day' : 'days'}`
}

const hhmm = (minutes: number): string =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`

/**
 * The 1:1 series as an iCalendar file (RFC 5545): one event per 1:1 of `oneOnOneSeries`, at
 * floating local times, with the alarms of the reminder settings. On a day with several 1:1s
 * they follow one another from `time`, in name order. A UID is the rep and the day, so
 * importing a newer file updates the events of the same days instead of duplicating them.
 */
export function oneOnOneCalendar(input: OneOnOneCalendarInput): string {
  const [hour = 9, minute = 0] = input.time.split(':').map(Number)
  const first = hour * 60 + minute
  const series = input.reps
    .flatMap((r) => oneOnOneSeries(r, input.meetings, input.today, input.until))
    .sort((a, b) => a.day.localeCompare(b.day) || a.repName.localeCompare(b.repName))
  const perDay = new Map<CalendarDate, number>()
  const events = series.map((s): EventAttributes & { timestamp: number } => {
    const slot = perDay.get(s.day) ?? 0
    perDay.set(s.day, slot + 1)
    const start = first + slot * input.minutes
    if (start + input.minutes > DAY_MINUTES)
      throw new OneOnOneCalendarError(
        `The 1:1s on ${s.day} would run past midnight from ${input.time}: choose an earlier start time or shorter 1:1s.`
      )
    const [y = 0, m = 0, d = 0] = s.day.split('-').map(Number)
    const name = oneLine(s.repName)
    return {
      uid: `${s.repId}-${s.day}@fieldbook.oneonone`,
      timestamp: input.now.getTime(),
      start: [y, m, d, Math.floor(start / 60), start % 60],
      startInputType: 'local',
      startOutputType: 'local',
      duration: { minutes: input.minutes },
      title: `1:1 with ${name}`,
      description: [
        s.plannedId
          ? `1:1 with ${name}, planned in Fieldbook.`
          : `1:1 with ${name}, due by the cadence (${cadenceWords(s.cadenceDays)}).`,
        'Prepare it in Fieldbook: what changed, open commitments and the agenda.'
      ].join('\n'),
      categories: ['Fieldbook', '1:1'],
      status: s.plannedId ? 'CONFIRMED' : 'TENTATIVE',
      busyStatus: 'BUSY',
      alarms: icsAlarms(input.reminders, 'oneOnOnes', hhmm(start), `1:1 with ${name}`)
    }
  })
  const result = createEvents(events, {
    productId: '-//Fieldbook//One-on-ones//EN',
    calName: oneLine(input.calendarName)
  })
  if (result.error || result.value === null) {
    throw new OneOnOneCalendarError(
      `The calendar file could not be made: ${result.error?.message ?? 'no output'}`
    )
  }
  return foldIcsLines(result.value)
}
