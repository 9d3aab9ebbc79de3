import type { ActionItem, CalendarDate, OneOnOne } from '../domain'

type AgendaItem = OneOnOne['agenda'][number]

/**
 * Nothing agreed or raised in a 1:1 is lost:
 * - commitments (action items) stay open until someone marks them done or dropped, whatever
 *   happens to the meetings in between, so every open one is carried;
 * - agenda items the manager added by hand and did not tick off are carried from the last held
 *   1:1 and from every 1:1 skipped after it. Items drafted from data are not carried: the next
 *   prep drafts them again from the data of that day.
 * Moving a 1:1 copies its agenda to the 1:1 on the new day (so the moved record is not a source
 * again: an item removed there stays removed); a skipped 1:1 keeps its items and the next prep
 * collects them, however many meetings in a row were moved or skipped.
 */

/** The day a meeting happened or was meant to: held → heldOn, else its scheduled day. */
export const meetingDay = (m: OneOnOne): CalendarDate => m.heldOn ?? m.scheduledFor

/** A rep's 1:1s in date order (ties: the one created first). */
export function inDateOrder(meetings: readonly OneOnOne[]): OneOnOne[] {
  return [...meetings].sort(
    (a, b) => meetingDay(a).localeCompare(meetingDay(b)) || a.createdAt.localeCompare(b.createdAt)
  )
}

/** The last held 1:1 on or before `today`. */
export function lastHeld(meetings: readonly OneOnOne[], today: CalendarDate): OneOnOne | undefined {
  return inDateOrder(meetings)
    .filter((m) => m.status === 'held' && meetingDay(m) <= today)
    .at(-1)
}

/**
 * The one answer to "when was the last 1:1?" on every screen (Home, Team, rep page, 1:1 list,
 * prep): the day of the last held 1:1 on or before `today`, whatever day it was planned for.
 */
export function lastHeldDay(
  meetings: readonly OneOnOne[],
  today: CalendarDate
): CalendarDate | undefined {
  const held = lastHeld(meetings, today)
  return held ? meetingDay(held) : undefined
}

/** The next 1:1 to prepare: the earliest one still planned. */
export function plannedMeeting(meetings: readonly OneOnOne[]): OneOnOne | undefined {
  return inDateOrder(meetings).find((m) => m.status === 'planned')
}

/** A barrier ("what is getting in your way?") rather than a commitment (issue 14). */
export const isBarrier = (a: Pick<ActionItem, 'kind'>): boolean => a.kind === 'barrier'

/**
 * Every open barrier of the rep, oldest first: like commitments they carry from 1:1 to 1:1,
 * whatever happens to the meetings in between, until someone marks them resolved.
 */
export function openBarriers(items: readonly ActionItem[], repId: string): ActionItem[] {
  return items
    .filter((a) => a.repId === repId && a.status === 'open' && isBarrier(a))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
}

/** Every open commitment of the rep, the ones due first at the top (undated last). */
export function openCommitments(items: readonly ActionItem[], repId: string): ActionItem[] {
  return items
    .filter((a) => a.repId === repId && a.status === 'open' && !isBarrier(a))
    .sort(
      (a, b) =>
        (a.dueDate ?? '9999-12-31').localeCompare(b.dueDate ?? '9999-12-31') ||
        a.createdAt.localeCompare(b.createdAt)
    )
}

export interface CarriedItem {
  item: AgendaItem
  /** The 1:1 it comes from, and what happened to that 1:1. */
  fromMeetingId: string
  fromDay: CalendarDate
  fromStatus: OneOnOne['status']
}

const normalise = (title: string) => title.trim().toLowerCase().replace(/\s+/g, ' ')

/** The key a carried item keeps across meetings, so carrying twice never duplicates it. */
export const carriedKey = (key: string): string =>
  key.startsWith('carried-') ? key : `carried-${key}`

/**
 * Undone hand-added agenda items to carry into `target` (the 1:1 being prepared; excluded from
 * the sources). Sources: the last held 1:1 before it and every skipped 1:1 after that.
 */
export function carriedAgendaItems(
  meetings: readonly OneOnOne[],
  target: { id?: string; scheduledFor: CalendarDate } | undefined
): CarriedItem[] {
  const ordered = inDateOrder(meetings).filter((m) => m.id !== target?.id)
  const candidates = target ? ordered.filter((m) => meetingDay(m) <= target.scheduledFor) : ordered
  let start = 0
  candidates.forEach((m, i) => {
    if (m.status === 'held') start = i
  })
  const seen = new Set<string>()
  const out: CarriedItem[] = []
  for (const m of candidates.slice(start)) {
    if (m.status === 'planned' || m.status === 'moved') continue
    for (const item of m.agenda) {
      if (item.done || item.source !== 'manager') continue
      const name = normalise(item.title)
      if (seen.has(name)) continue
      seen.add(name)
      out.push({
        item: { ...item, key: carriedKey(item.key) },
        fromMeetingId: m.id,
        fromDay: meetingDay(m),
        fromStatus: m.status
      })
    }
  }
  return out
}
