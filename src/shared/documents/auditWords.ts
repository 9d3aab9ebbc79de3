import type { PlanAuditEntry } from '../domain'
import { ExportedFile, exportSummary } from '../plans/exportRecords'
import { formatDay, writeDaysIn } from '../words/dates'

/**
 * The record of changes is read by HR and by the rep, not parsed: each entry becomes one or
 * two plain sentences, with the app's internal names (hrReview, offTrack…) in words and no
 * raw data.
 */

const STATUS_WORDS: Record<string, string> = {
  draft: 'draft',
  hrReview: 'in HR review',
  active: 'active',
  closed: 'closed'
}

/** Internal names that older entries (and the demo) carry inside their summaries. */
const INTERNAL_WORDS: Record<string, string> = {
  hrReview: 'HR review',
  onTrack: 'on track',
  atRisk: 'at risk',
  offTrack: 'off track',
  someProgress: 'some progress',
  changesRequested: 'changes requested',
  inPerson: 'in person',
  videoCall: 'video call',
  coachingPlan: 'coaching plan',
  endDate: 'end date',
  startDate: 'start date',
  checkInPhases: 'check-in schedule',
  repCommitment: "rep's commitment",
  hrContact: 'HR contact'
}
const INTERNAL = new RegExp(`\\b(${Object.keys(INTERNAL_WORDS).join('|')})\\b`, 'g')

const FIELD_WORDS: Record<string, string> = {
  endDate: 'End date',
  startDate: 'Start date',
  title: 'Title',
  hrContact: 'HR contact',
  consequences: 'Consequences',
  repCommitment: "Rep's commitment",
  checkInSchedule: 'Check-in schedule'
}

/** Standard PDF fonts have no arrow: "draft → hrReview" is written "draft to HR review". */
export const noArrows = (text: string): string => text.replace(/\s*→\s*/g, ' to ')

/** A summary in words: arrows and internal names replaced, ending with a full stop. */
export function inWords(text: string): string {
  const words = noArrows(text)
    .replace(INTERNAL, (name) => INTERNAL_WORDS[name] ?? name)
    .trim()
  return /[.!?…”)]$/.test(words) ? words : `${words}.`
}

const isPlain = (v: unknown): v is string | number => typeof v === 'string' || typeof v === 'number'
/** A day among the values ("2027-01-03") is written as the locale writes days. */
const valueWords = (v: string | number, locale?: string): string =>
  typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? formatDay(v, locale) : String(v)

/** One entry of a plan's record of changes as sentences a person reads. */
export function changeSentence(
  entry: Pick<PlanAuditEntry, 'action' | 'summary' | 'field' | 'before' | 'after'>,
  locale?: string
): string {
  const { before, after } = entry
  // An exported file is written as logged: its name and hash are data to compare, not words.
  const file = entry.action === 'exported' ? ExportedFile.safeParse(after) : undefined
  if (file?.success) return `${exportSummary(file.data)}.`
  if (entry.action === 'statusChanged' && isPlain(before) && isPlain(after)) {
    const change = `Status changed from ${STATUS_WORDS[before] ?? before} to ${STATUS_WORDS[after] ?? after}.`
    // Old entries said only "Status draft → hrReview": the generated sentence says it better.
    return /^status\b/i.test(entry.summary)
      ? change
      : `${writeDaysIn(inWords(entry.summary), locale)} ${change}`
  }
  const summary = writeDaysIn(inWords(entry.summary), locale)
  if (
    entry.action === 'fieldChanged' &&
    entry.field &&
    isPlain(before) &&
    isPlain(after) &&
    !summary.includes(String(after))
  ) {
    const field = FIELD_WORDS[entry.field] ?? 'The value'
    return `${summary} ${field} changed from ${valueWords(before, locale)} to ${valueWords(after, locale)}.`
  }
  return summary
}
