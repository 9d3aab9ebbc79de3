import type { ActionItem, CalendarDate, OneOnOne } from '../domain'
import { meetingDay } from './carryOver'

/** Where a search word was found in a 1:1. */
export type NoteField = 'shared' | 'private' | 'agenda' | 'commitment'

export interface NoteHit {
  meetingId: string
  repId: string
  day: CalendarDate
  field: NoteField
  /** The matching text around the first match, trimmed to about 160 characters. */
  snippet: string
}

const SNIPPET = 160

function snippet(text: string, at: number): string {
  const start = Math.max(0, at - 60)
  const end = Math.min(text.length, start + SNIPPET)
  return `${start > 0 ? '…' : ''}${text.slice(start, end).replace(/\s+/g, ' ').trim()}${end < text.length ? '…' : ''}`
}

/**
 * Every 1:1 text (shared and private notes, agenda items and their notes, commitments) that
 * contains all the words of `query`, case-insensitively; newest first, one hit per field.
 */
export function searchNotes(
  meetings: readonly OneOnOne[],
  actionItems: readonly ActionItem[],
  query: string
): NoteHit[] {
  const words = query
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w.length > 0)
  if (words.length === 0) return []
  const matches = (text: string) => {
    const lower = text.toLowerCase()
    return words.every((w) => lower.includes(w)) ? lower.indexOf(words[0] as string) : -1
  }
  const byMeeting = new Map<string, ActionItem[]>()
  for (const a of actionItems)
    if (a.oneOnOneId) byMeeting.set(a.oneOnOneId, [...(byMeeting.get(a.oneOnOneId) ?? []), a])
  const hits: NoteHit[] = []
  for (const m of meetings) {
    const base = { meetingId: m.id, repId: m.repId, day: meetingDay(m) }
    const fields: [NoteField, string][] = [
      ['shared', m.sharedNotes],
      ['private', m.privateNotes],
      ['agenda', m.agenda.map((i) => `${i.title}. ${i.notes}`).join('\n')],
      ['commitment', (byMeeting.get(m.id) ?? []).map((a) => a.text).join('\n')]
    ]
    for (const [field, text] of fields) {
      const at = matches(text)
      if (at >= 0) hits.push({ ...base, field, snippet: snippet(text, at) })
    }
  }
  return hits.sort((a, b) => b.day.localeCompare(a.day))
}
