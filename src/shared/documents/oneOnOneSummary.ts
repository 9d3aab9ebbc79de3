import type { ActionItem, CalendarDate, OneOnOne, Rep } from '../domain'
import type { DocumentBlock, DocumentModel } from './model'

/**
 * The 1:1 summary a manager can send the rep: what was discussed, the shared notes and the
 * commitments. Private notes never appear, and neither does anything else not meant for the rep
 * (the prep's evidence stays in the app).
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
}

const STATUS_WORDS: Record<ActionItem['status'], string> = {
  open: 'Open',
  done: 'Done',
  dropped: 'Dropped'
}

function meetingLine(m: OneOnOne): string {
  switch (m.status) {
    case 'held':
      return `Held on ${m.heldOn ?? m.scheduledFor}`
    case 'planned':
      return `Planned for ${m.scheduledFor} (not held yet)`
    case 'skipped':
      return `Skipped (was planned for ${m.scheduledFor})`
    case 'moved':
      return `Moved to ${m.movedTo ?? 'another day'}`
  }
}

function commitmentRows(
  items: readonly ActionItem[],
  repName: string,
  managerName: string
): string[][] {
  return items.map((a) => [
    a.text,
    a.owner === 'rep' ? repName : managerName || 'Manager',
    a.dueDate ?? 'No due date',
    STATUS_WORDS[a.status]
  ])
}

export function oneOnOneSummary(input: OneOnOneSummaryInput): DocumentModel {
  const { meeting, rep, managerName } = input
  const day = meeting.heldOn ?? meeting.scheduledFor
  const blocks: DocumentBlock[] = [
    {
      kind: 'fields',
      fields: [
        { label: 'Rep', value: rep.name },
        { label: 'Manager', value: managerName || 'Manager' },
        { label: 'Meeting', value: meetingLine(meeting) }
      ]
    },
    { kind: 'heading', level: 2, text: 'Agenda' }
  ]
  if (meeting.agenda.length === 0)
    blocks.push({ kind: 'paragraph', text: 'No agenda was recorded.', tone: 'muted' })
  for (const item of meeting.agenda) {
    blocks.push({ kind: 'heading', level: 3, text: `${item.done ? '[x]' : '[ ]'} ${item.title}` })
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
      ? { kind: 'table', columns, rows: commitmentRows(input.commitments, rep.name, managerName) }
      : { kind: 'paragraph', text: 'No new commitments.', tone: 'muted' }
  )
  if (input.carriedOver.length > 0) {
    blocks.push({ kind: 'heading', level: 2, text: 'Still open from earlier 1:1s' })
    blocks.push({
      kind: 'table',
      columns,
      rows: commitmentRows(input.carriedOver, rep.name, managerName)
    })
  }
  return {
    title: `1:1 summary: ${rep.name}`,
    subtitle: day,
    author: managerName || undefined,
    createdOn: input.createdOn,
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
