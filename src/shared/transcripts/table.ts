import type { ParsedTable } from '../import/table'
import { allRows, eachRow } from '../import/tableRows'
import { buildTranscript, parseTime, type RawCue } from './cues'
import { parsePlainText } from './plainText'
import type { Transcript } from './types'

/**
 * Transcripts in a table (CSV or an Excel sheet):
 * - many conversations, one a row, the whole transcript in one cell (a database or CRM export,
 *   newlines often escaped as `\n`); the transcript column is picked by its header and by
 *   whether its cells hold "Speaker: text" lines, and each row is titled from a title, subject
 *   or date column when there is one;
 * - one conversation, a line a row, with a speaker column and a text column (and times).
 */

const TRANSCRIPT_HEADERS: [RegExp, number][] = [
  [/transcript/i, 3],
  [/conversation|dialog(ue)?|utterances|call text/i, 2],
  [/^(text|body|content|notes?|messages?)$/i, 1]
]
const TITLE_HEADER = /^(title|subject|topic|call|meeting|name)$|title|subject|topic/i
const DATE_HEADER = /date|when|started|created|start time/i
const SPEAKER_HEADER = /^(speaker|speaker name|participant|who|name)$/i
const LINE_TEXT_HEADER = /^(text|transcript|utterance|sentence|content|words|line|message)$/i
const START_HEADER = /^(start|start time|start_time|begin|time|timestamp|offset|start \(s\))$/i
const END_HEADER = /^(end|end time|end_time|stop|end \(s\))$/i
const SAMPLE_ROWS = 50

/** Database exports write newlines inside a cell as `\n` (and `\r\n`, `\t`, `\"`). */
export function unescapeCell(cell: string): string {
  return cell
    .replace(/\\r\\n|\\n|\\r/g, '\n')
    .replace(/\\t/g, '\t')
    .replace(/\\"/g, '"')
}

function headerScore(header: string): number {
  for (const [pattern, score] of TRANSCRIPT_HEADERS) if (pattern.test(header.trim())) return score
  return 0
}

/** Share of the sampled non-empty cells that read as a transcript with at least one speaker. */
function speakerShare(table: ParsedTable, column: number): number {
  let filled = 0
  let voiced = 0
  for (const row of eachRow(table.rows, 0, SAMPLE_ROWS)) {
    const cell = unescapeCell(row[column] ?? '').trim()
    if (cell === '') continue
    filled++
    if (parsePlainText(cell).cues.some((c) => c.speaker !== '')) voiced++
  }
  return filled === 0 ? 0 : voiced / filled
}

/** The transcript-like column's position, or -1 when no column holds transcripts. */
export function transcriptColumn(table: ParsedTable): number {
  let best = -1
  let bestScore = 0
  table.headers.forEach((header, column) => {
    const byHeader = headerScore(header)
    const share = speakerShare(table, column)
    const likely = share >= 0.5 || (byHeader >= 2 && share > 0)
    const score = byHeader + 4 * share
    if (likely && score > bestScore) {
      best = column
      bestScore = score
    }
  })
  return best
}

function findColumn(table: ParsedTable, pattern: RegExp, except: number[] = []): number {
  return table.headers.findIndex((h, i) => !except.includes(i) && pattern.test(h.trim()))
}

function rowTitle(table: ParsedTable, row: string[], rowNumber: number, skip: number): string {
  const titleAt = findColumn(table, TITLE_HEADER, [skip])
  const dateAt = findColumn(table, DATE_HEADER, [skip, titleAt])
  const title = titleAt >= 0 ? (row[titleAt] ?? '').trim() : ''
  const date = dateAt >= 0 ? (row[dateAt] ?? '').trim() : ''
  const words = title && date ? `${title} (${date})` : title || date
  return words ? `Row ${rowNumber} — ${words}` : `Row ${rowNumber}`
}

/** Each row with a transcript in the column becomes one conversation. */
export function conversationsFromRows(
  table: ParsedTable,
  column: number
): {
  conversations: Transcript[]
  skippedRows: number[]
} {
  const conversations: Transcript[] = []
  const skippedRows: number[] = []
  allRows(table.rows).forEach((row, i) => {
    const rowNumber = table.rowNumbers[i] ?? i + 2
    const cell = unescapeCell(row[column] ?? '')
    if (cell.trim() === '') return
    const read = parsePlainText(cell)
    const transcript = buildTranscript(
      rowTitle(table, row, rowNumber, column),
      'table',
      read.cues,
      read.notes
    )
    if (transcript.speakers.length === 0) skippedRows.push(rowNumber)
    else conversations.push(transcript)
  })
  return { conversations, skippedRows }
}

/**
 * Seconds from "00:01:02", "62" or "62.5", or an Excel time cell (read as
 * "1899-12-30T00:01:02", a time of day on Excel's day zero, and "1899-12-30" for 0:00:00);
 * undefined otherwise.
 */
function cellSeconds(cell: string | undefined): number | undefined {
  const text = (cell ?? '').trim()
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text)
  if (text === '1899-12-30') return 0
  const excelTime = /^1899-12-(?:30|31)T(\d{2}:\d{2}:\d{2})$/.exec(text)
  return parseTime(excelTime?.[1] ?? text)
}

/** One conversation with a line a row, when the table has speaker and text columns. */
export function conversationFromLines(table: ParsedTable, title: string): Transcript | undefined {
  const speakerAt = findColumn(table, SPEAKER_HEADER)
  const textAt = findColumn(table, LINE_TEXT_HEADER, [speakerAt])
  if (speakerAt < 0 || textAt < 0) return undefined
  const startAt = findColumn(table, START_HEADER, [speakerAt, textAt])
  const endAt = findColumn(table, END_HEADER, [speakerAt, textAt, startAt])
  const cues: RawCue[] = allRows(table.rows).map((row) => ({
    speaker: row[speakerAt] ?? '',
    text: unescapeCell(row[textAt] ?? ''),
    startSeconds: startAt >= 0 ? cellSeconds(row[startAt]) : undefined,
    endSeconds: endAt >= 0 ? cellSeconds(row[endAt]) : undefined
  }))
  const transcript = buildTranscript(title, 'table', cues)
  return transcript.speakers.length > 0 ? transcript : undefined
}
