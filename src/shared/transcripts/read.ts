import { readTable } from '../import/read'
import { listRows, quoted } from '../import/read/builder'
import { decodeText, describeBinary, sniffKind } from '../import/read/sniff'
import { ImportCancelledError, ImportFileError, type ReadProgress } from '../import/table'
import { buildTranscript, splitSpeakerLine, type RawCue } from './cues'
import { containsName, readDocxText } from './docx'
import { fillEndTimes, parsePlainText } from './plainText'
import { isTimingLine, parseSubtitles } from './subtitles'
import { conversationFromLines, conversationsFromRows, transcriptColumn } from './table'
import type { Transcript, TranscriptFileResult, TranscriptFormat } from './types'

/**
 * Reading a transcript file: bytes → conversations, the format told from the content (never
 * the name alone). Every problem is a sentence naming the file and what was expected; nothing
 * throws, except ImportCancelledError when `options.signal` aborts.
 */

/** The largest transcript file read: a four-hour call's .vtt is about 1 MB. */
export const MAX_TRANSCRIPT_BYTES = 20 * 1024 * 1024

export const EXPECTED =
  'a WebVTT (.vtt) or SRT subtitle file, a text file of “Name: what they said” lines, a Word (.docx) transcript, or a CSV/Excel file with a transcript column'

export interface ReadTranscriptOptions {
  onProgress?: (progress: ReadProgress) => void
  signal?: AbortSignal
}

function extension(fileName: string): string {
  const dot = fileName.lastIndexOf('.')
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase()
}

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`

class TranscriptProblem extends Error {}

/** The sentence for a file over MAX_TRANSCRIPT_BYTES (main and the browser check before reading). */
export function transcriptTooBigMessage(fileName: string, size: number): string {
  return `${quoted(fileName)} is ${mb(size)}; Fieldbook reads transcripts up to ${mb(MAX_TRANSCRIPT_BYTES)}. Export the one call you want to review, or split the file.`
}

function noSpeakers(name: string): TranscriptProblem {
  return new TranscriptProblem(
    `${name} has no speakers Fieldbook can find; expected lines like “Alan Smith: Hello” or, in a .vtt file, voice tags like “<v Alan Smith>Hello”.`
  )
}

function oneConversation(
  fileName: string,
  format: TranscriptFormat,
  cues: RawCue[],
  notes: string[] = []
) {
  const transcript = buildTranscript(fileName, format, cues, notes)
  if (transcript.cues.length === 0) {
    throw new TranscriptProblem(
      `${quoted(fileName)} has no transcript lines; expected ${EXPECTED}.`
    )
  }
  if (transcript.speakers.length === 0) throw noSpeakers(quoted(fileName))
  return [transcript]
}

/** A Word transcript: its paragraphs read like a text transcript; the heading before the first speaker is left out. */
function fromDocx(bytes: Uint8Array, fileName: string): Transcript[] {
  const read = readDocxText(bytes, quoted(fileName))
  if ('problem' in read) throw new TranscriptProblem(read.problem)
  const plain = parsePlainText(read.text)
  const first = plain.cues.findIndex((c) => c.speaker !== '')
  if (first <= 0) return oneConversation(fileName, 'docx', plain.cues, plain.notes)
  // Without the heading, every line may have a time: ends are then worked out again.
  const { cues, notes } = fillEndTimes(plain.cues.slice(first))
  return oneConversation(fileName, 'docx', cues, [...plain.notes, ...notes])
}

async function fromTable(
  bytes: Uint8Array,
  fileName: string,
  options: ReadTranscriptOptions
): Promise<Transcript[]> {
  let table
  try {
    table = await readTable(bytes, fileName, options)
  } catch (error) {
    if (error instanceof ImportFileError) throw new TranscriptProblem(error.message)
    throw error
  }
  const name = quoted(fileName)
  const column = transcriptColumn(table)
  if (column >= 0) {
    const { conversations, skippedRows } = conversationsFromRows(table, column)
    if (conversations.length === 0) throw noSpeakers(name)
    if (skippedRows.length > 0) {
      const rows = listRows(skippedRows.slice(0, 5), skippedRows.length)
      const note = `${skippedRows.length === 1 ? 'Row' : 'Rows'} ${rows} of ${name} ${skippedRows.length === 1 ? 'has' : 'have'} no speakers in “${table.headers[column]}” and ${skippedRows.length === 1 ? 'was' : 'were'} left out.`
      for (const c of conversations) c.notes = [...(c.notes ?? []), note]
    }
    return conversations
  }
  const lines = conversationFromLines(table, fileName)
  if (lines) return [lines]
  const columns = table.headers.map((h) => `“${h}”`).join(', ')
  throw new TranscriptProblem(
    `${name} has no transcript-like column: expected a column such as “Transcript” whose cells hold lines like “Alan Smith: Hello” (or “Speaker” and “Text” columns, a line a row); its columns are ${columns || 'none'}.`
  )
}

/**
 * Whether text is a table: 'yes' for a .csv/.tsv name or a header naming a transcript column;
 * 'maybe' for a first line of several delimited cells that is not itself a "Name: text" line.
 */
function tableLikeness(text: string, ext: string): 'yes' | 'maybe' | 'no' {
  if (ext === 'csv' || ext === 'tsv') return 'yes'
  const first = (text.slice(0, 2000).split(/\r?\n/)[0] ?? '').trim()
  if (!/[,;\t|]/.test(first) || splitSpeakerLine(first) !== undefined || /^[[(]?\d/.test(first)) {
    return 'no'
  }
  const cells = first.split(/[,;\t|]/).map((c) => c.trim().replace(/^"|"$/g, '').toLowerCase())
  if (cells.length < 2 || cells.some((c) => c.length > 60)) return 'no'
  return cells.some((c) => /transcript|^speaker$|^conversation$/.test(c)) ? 'yes' : 'maybe'
}

async function readConversations(
  bytes: Uint8Array,
  fileName: string,
  options: ReadTranscriptOptions
): Promise<Transcript[]> {
  const name = quoted(fileName)
  if (bytes.byteLength === 0) throw new TranscriptProblem(`${name} is empty; expected ${EXPECTED}.`)
  if (bytes.byteLength > MAX_TRANSCRIPT_BYTES) {
    throw new TranscriptProblem(transcriptTooBigMessage(fileName, bytes.byteLength))
  }
  const kind = sniffKind(bytes)
  if (kind === 'xls') {
    throw new TranscriptProblem(
      `${name} is an old Word or Excel 97-2003 file; save it as .docx or .xlsx and read that.`
    )
  }
  const isDocument = kind === 'xlsx' && containsName(bytes, 'word/document.xml')
  if (kind === 'xlsx' && !isDocument && !containsName(bytes, 'xl/workbook.xml')) {
    throw new TranscriptProblem(
      `${name} is a ZIP archive with neither a Word document nor an Excel workbook inside; expected ${EXPECTED}.`
    )
  }
  if (kind === 'xlsx')
    return isDocument ? fromDocx(bytes, fileName) : fromTable(bytes, fileName, options)
  let decoded
  try {
    decoded = decodeText(bytes, fileName)
  } catch {
    const what = describeBinary(bytes)
    const text = bytes.some(
      (b) =>
        b !== 0x20 &&
        b !== 0x0a &&
        b !== 0x0d &&
        b !== 0x09 &&
        b !== 0xef &&
        b !== 0xbb &&
        b !== 0xbf
    )
    if (!text) throw new TranscriptProblem(`${name} is empty; expected ${EXPECTED}.`)
    throw new TranscriptProblem(
      `${name} is not a transcript${what ? ` (${what})` : ' (it holds binary data, not text)'}; expected ${EXPECTED}.`
    )
  }
  const text = decoded.text
  if (/^\s*WEBVTT/.test(text) || text.split('\n', 400).some(isTimingLine)) {
    const format = /^\s*WEBVTT/.test(text) || extension(fileName) === 'vtt' ? 'vtt' : 'srt'
    const cues = parseSubtitles(text)
    if (cues.length > 0 && cues.some((c) => c.speaker !== ''))
      return oneConversation(fileName, format, cues, decoded.notes)
    // A text transcript with "0:0:0.0 --> 0:0:5.1" lines (Teams) and names on their own lines.
    const plain = parsePlainText(text)
    if (plain.cues.some((c) => c.speaker !== ''))
      return oneConversation(fileName, 'text', plain.cues, [...decoded.notes, ...plain.notes])
    return oneConversation(fileName, format, cues, decoded.notes)
  }
  const likeness = tableLikeness(text, extension(fileName))
  if (likeness === 'yes') return fromTable(bytes, fileName, options)
  if (likeness === 'maybe') {
    try {
      const rows = await fromTable(bytes, fileName, options)
      // A heading with commas above "Name: text" lines is not a table of conversations: a
      // conversation a row holds several lines (or the table has a line a row).
      if (rows.every((t) => t.cues.length >= 2 || t.title === fileName)) return rows
    } catch (error) {
      // Not a table of transcripts after all: read it as text below.
      if (!(error instanceof TranscriptProblem)) throw error
    }
  }
  const plain = parsePlainText(text)
  return oneConversation(fileName, 'text', plain.cues, [...decoded.notes, ...plain.notes])
}

/**
 * Reads a transcript file into its conversations (one, or one a row for a many-conversation
 * table). Resolves `{ ok: false, message }` for anything that is not a readable transcript.
 */
export async function readTranscriptBytes(
  bytes: Uint8Array,
  fileName: string,
  options: ReadTranscriptOptions = {}
): Promise<TranscriptFileResult> {
  const totalBytes = bytes.byteLength
  try {
    if (options.signal?.aborted) throw new ImportCancelledError()
    options.onProgress?.({ rowsRead: 0, bytesRead: 0, totalBytes })
    const conversations = await readConversations(bytes, fileName, options)
    options.onProgress?.({ rowsRead: conversations.length, bytesRead: totalBytes, totalBytes })
    return { ok: true, fileName, conversations }
  } catch (error) {
    if (error instanceof ImportCancelledError) {
      if (options.signal?.aborted) throw error
    }
    if (error instanceof TranscriptProblem) return { ok: false, fileName, message: error.message }
    const why = error instanceof Error ? error.message : String(error)
    return {
      ok: false,
      fileName,
      message: `${quoted(fileName)} could not be read as a transcript (${why.slice(0, 200)}); expected ${EXPECTED}.`
    }
  }
}
