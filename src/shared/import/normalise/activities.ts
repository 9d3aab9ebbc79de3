import type { ActivityType } from '../../domain/crm'
import type { ParsedTable } from '../table'
import type { ImportDecisions } from '../decisions'
import { isPlaceholderId } from '../values/ids'
import { footerReason } from './footers'
import { canonicalCrmId, type Normalised } from './opportunities'
import { RowReader } from './rowReader'
import {
  emptyReport,
  normaliseAll,
  type NormaliseReport,
  type RowNormaliser
} from './rowNormaliser'

export interface ImportedActivity {
  rowNumber: number
  crmId?: string
  owner: string
  ownerKey: string
  type: ActivityType
  subject: string
  date: string
  /** The linked opportunity's CRM id, resolved to a stored opportunity in the change set. */
  opportunityCrmId?: string
  durationSeconds?: number
  nextStepAgreed?: boolean
}

const TYPE_WORDS: [RegExp, ActivityType][] = [
  [/\b(call|phone|dial)/i, 'call'],
  [/\b(e-?mail|mail|letter|inmail|message)/i, 'email'],
  [/\b(meeting|event|visit|demo|appointment|lunch|presentation)/i, 'meeting'],
  [/\b(task|to-?do|follow.?up|other)/i, 'task']
]

const typeWord = (text: string): ActivityType | undefined =>
  TYPE_WORDS.find(([re]) => re.test(text))?.[1]

/**
 * 'Call', 'Outbound call', 'Email', 'Event', 'To-do' → the four kinds Fieldbook counts.
 * Salesforce writes two columns (TaskSubtype "Task" with Type "Meeting"): the more specific
 * one wins. With no type at all, the subject decides ("Call: pricing" is a call), else task.
 * Undefined means the type column holds a word Fieldbook does not know.
 */
export function activityTypeOf(
  typeCell: string,
  subject: string,
  detail = ''
): ActivityType | undefined {
  const types = [typeCell, detail].filter((t) => t.trim() !== '').map(typeWord)
  const specific = types.find((t) => t !== undefined && t !== 'task')
  if (specific) return specific
  if (types.includes('task')) return 'task'
  if (typeCell.trim() !== '') return undefined
  return typeWord(subject) ?? 'task'
}

/** '90' minutes, '1:30' (h:mm) or '0:01:30' (h:mm:ss) → seconds. */
function durationOf(read: RowReader): number | undefined {
  if (read.text('durationSeconds') !== '') {
    const seconds = read.number('durationSeconds')
    if (seconds === undefined) return undefined
    return seconds < 0 ? read.reject('durationSeconds', 'is negative') : Math.round(seconds)
  }
  const text = read.text('durationMinutes')
  if (text === '') return undefined
  const clock = /^(\d{1,3}):([0-5]\d)(?::([0-5]\d))?$/.exec(text)
  if (clock) return Number(clock[1]) * 3600 + Number(clock[2]) * 60 + Number(clock[3] ?? 0)
  const minutes = read.number('durationMinutes')
  if (minutes === undefined) return undefined
  return minutes < 0 ? read.reject('durationMinutes', 'is negative') : Math.round(minutes * 60)
}

export function activityNormaliser(
  table: ParsedTable,
  decisions: ImportDecisions
): RowNormaliser<ImportedActivity> {
  const out = emptyReport()
  const read = new RowReader(table, decisions)
  const unknownTypes = new Map<string, number>()
  const each = (row: string[], i: number): ImportedActivity | undefined => {
    const rowNumber = table.rowNumbers[i] ?? i + 2
    const footer = footerReason(row, 'n/a')
    if (footer) {
      out.skipped.push({ rowNumber, reason: footer })
      return
    }
    read.start(row, rowNumber)
    const owner = read.has('owner')
      ? read.required('owner', 'The owner')
      : decisions.everyRowOwner || read.required('owner', 'The owner')
    const date =
      read.date('date') ??
      (read.text('date') === '' ? read.reject('date', 'The date is blank') : undefined)
    const subject = read.text('subject')
    const typeCell = read.text('type')
    let type = activityTypeOf(typeCell, subject, read.text('typeDetail'))
    if (type === undefined) {
      unknownTypes.set(typeCell, (unknownTypes.get(typeCell) ?? 0) + 1)
      type = 'task'
    }
    const link = read.text('opportunityId')
    const durationSeconds = durationOf(read)
    const nextStepAgreed =
      read.has('nextStepAgreed') && read.text('nextStepAgreed') !== ''
        ? read.boolean('nextStepAgreed')
        : undefined
    const rawId = read.text('crmId')
    if (read.problems.length > 0 || owner === undefined || date === undefined) {
      out.rejected.push(...read.problems)
      return
    }
    return {
      rowNumber,
      crmId:
        rawId === '' || isPlaceholderId(rawId)
          ? undefined
          : canonicalCrmId(rawId, decisions.source),
      owner,
      ownerKey: read.ownerKey(owner),
      type,
      subject: subject || typeCell || type,
      date,
      opportunityCrmId: isPlaceholderId(link) ? undefined : canonicalCrmId(link, decisions.source),
      durationSeconds,
      nextStepAgreed
    }
  }
  const finish = (): NormaliseReport => {
    for (const [word, rows] of unknownTypes) {
      out.notes.push(`${rows} row(s) of type "${word}" were counted as tasks.`)
    }
    return out
  }
  return { each, finish }
}

export function normaliseActivities(
  table: ParsedTable,
  decisions: ImportDecisions
): Normalised<ImportedActivity> {
  return normaliseAll(table, activityNormaliser(table, decisions))
}
