import type { ActionItem, CalendarDate, OneOnOne, Rep } from '../domain'
import { formatDay } from '../words/dates'
import type { DocumentBlock, DocumentModel } from './model'

/**
 * The 1:1 summary a manager can send the rep (the rep's copy): what was discussed, the shared
 * notes and the commitments. Private notes never appear, and neither do manager-only labels
 * (the development level and leadership style of a development item) or the prep's evidence.
 * The screen's preview shows this same model, so what the manager reads is what the rep gets.
 */
export interface OneOnOneSummaryInput {
  meeting: OneOnOne
  rep: Pick<Rep, 'name'>
  managerName: string
  /** Commitments agreed in this 1:1. */
  commitments: readonly ActionItem[]
  /** Commitments from earlier 1:1s still open on the day of this one. */
  carriedOver: readonly ActionItem[]
  createdOn: CalendarDate
  /** Dates are written in the workspace locale (default en-US). */
  locale?: string
}

type AgendaItem = OneOnOne['agenda'][number]

/**
 * An agenda item's title as the rep may read it. A development item names the skill only:
 * "Development: Discovery — D2, use S2 Coaching" is the manager's diagnosis of the rep, not a
 * topic to send them.
 */
export function repCopyTitle(item: Pick<AgendaItem, 'title' | 'source'>): string {
  if (item.source !== 'development') return item.title
  const topic = item.title.split(' — ')[0]?.trim()
  return topic && !/\b[DS][1-4]\b/.test(topic) ? topic : 'Development'
}

const STATUS_WORDS: Record<ActionItem['status'], string> = {
  open: 'Open',
  done: 'Done',
  dropped: 'Dropped'
}

function meetingLine(m: OneOnOne, day: (d: string) => string): string {
  switch (m.status) {
    case 'held':
      return `Held on ${day(m.heldOn ?? m.scheduledFor)}`
    case 'planned':
      return `Planned for ${day(m.scheduledFor)} (not held yet)`
    case 'skipped':
      return `Skipped (was planned for ${day(m.scheduledFor)})`
    case 'moved':
      return m.movedTo ? `Moved to ${day(m.movedTo)}` : 'Moved to another day'
  }
}

function commitmentRows(
  items: readonly ActionItem[],
  repName: string,
  managerName: string,
  day: (d: string) => string
): string[][] {
  return items.map((a) => [
    a.text,
    a.owner === 'rep' ? repName : managerName || 'Your manager',
    a.dueDate ? day(a.dueDate) : 'No due date',
    STATUS_WORDS[a.status]
  ])
}

export function oneOnOneSummary(input: OneOnOneSummaryInput): DocumentModel {
  const { meeting, rep, managerName } = input
  const written = (d: string) => formatDay(d, input.locale)
  const day = written(meeting.heldOn ?? meeting.scheduledFor)
  const blocks: DocumentBlock[] = [
    {
      kind: 'fields',
      fields: [
        { label: 'Rep', value: rep.name },
        // Without a name in Settings the line is left out ("Manager: Manager" said nothing).
        ...(managerName ? [{ label: 'Manager', value: managerName }] : []),
        { label: 'Meeting', value: meetingLine(meeting, written) }
      ]
    },
    { kind: 'heading', level: 2, text: 'Agenda' }
  ]
  if (meeting.agenda.length === 0)
    blocks.push({ kind: 'paragraph', text: 'No agenda was recorded.', tone: 'muted' })
  for (const item of meeting.agenda) {
    blocks.push({
      kind: 'heading',
      level: 3,
      text: `${item.done ? '[x]' : '[ ]'} ${repCopyTitle(item)}`
    })
    if (item.notes.trim()) blocks.push({ kind: 'paragraph', text: item.notes.trim() })
  }
  blocks.push({ kind: 'heading', level: 2, text: 'Notes' })
  blocks.push(
    meeting.sharedNotes.trim()
      ? { kind: 'paragraph', text: meeting.sharedNotes.trim() }
      : { kind: 'paragraph', text: 'No shared notes.', tone: 'muted' }
  )
  const columns = ['Commitment', 'Owner', 'Due', 'Status']
  blocks.push({ kind: 'heading', level: 2, text: 'Commitments' })
  blocks.push(
    input.commitments.length > 0
      ? {
          kind: 'table',
          columns,
          rows: commitmentRows(input.commitments, rep.name, managerName, written)
        }
      : { kind: 'paragraph', text: 'No new commitments.', tone: 'muted' }
  )
  if (input.carriedOver.length > 0) {
    blocks.push({ kind: 'heading', level: 2, text: 'Still open from earlier 1:1s' })
    blocks.push({
      kind: 'table',
      columns,
      rows: commitmentRows(input.carriedOver, rep.name, managerName, written)
    })
  }
  return {
    title: `1:1 summary: ${rep.name}`,
    subtitle: day,
    author: managerName || undefined,
    createdOn: input.createdOn,
    ...(input.locale ? { locale: input.locale } : {}),
    footer: `1:1 of ${day} with ${rep.name}. Shared notes and commitments only.`,
    blocks
  }
}

/** "1-1 Dana Whitfield 2026-11-30": safe in every file system, without the extension. */
export function oneOnOneSummaryName(repName: string, day: CalendarDate): string {
  return `1-1 ${repName
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()} ${day}`
}
