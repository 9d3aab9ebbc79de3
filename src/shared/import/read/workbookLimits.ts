import { Unzip, UnzipInflate, type UnzipFile } from 'fflate'
import { ImportFileError } from '../table'
import { quoted } from './builder'
import { sizeText } from './tableLimits'

/**
 * What a workbook may hold before it is handed to the spreadsheet reader, which inflates every
 * part in memory. A hostile .xlsx (a zip bomb, a sheet of endless empty cells, an XML entity
 * bomb) is refused here, by measuring what the parts really inflate to, not what the zip says.
 */
export interface WorkbookLimits {
  /** All parts together, once inflated. */
  maxInflatedBytes: number
  maxSheets: number
  /** Rows of any one sheet (Excel's own maximum is 1,048,576). */
  maxRows: number
  /** Cells of all sheets together. */
  maxCells: number
  /** Text in the sheet read, with shared strings filled in (see TableLimits.maxTextChars). */
  maxTextChars: number
}

export const WORKBOOK_LIMITS: WorkbookLimits = {
  maxInflatedBytes: 300 * 1024 * 1024,
  maxSheets: 100,
  maxRows: 1_048_576,
  maxCells: 10_000_000,
  maxTextChars: 300 * 1024 * 1024
}

/** How much of the zip is fed at a time: DEFLATE inflates at most ~1,032×, so ≤ 17 MB a step. */
const FEED_BYTES = 16 * 1024

/** Text carried from one piece to the next: enough for a row's tag or a whole reference. */
const TAIL = 32
const ROW = /<row[\s>/]/g
/** Where a sheet's cells start; a sheet without it stops the reader with an error it cannot catch. */
const SHEET_DATA = /<sheetData[\s>/]/
const CELL = /<c[\s>/]/g
const DTD = /<!(DOCTYPE|ENTITY)/
/** A cell's or a row's reference (`<c r="B7">`, `<row r="7">`); not `ref=`, not `r:id=`. */
const REFERENCE = /\sr\s*=\s*(["'])(.*?)\1/g
/** An attribute still open at the end of the text: `r="` and what came of it so far. */
const OPEN_REFERENCE = /\sr\s*=\s*["']([^"']*)$/
/** What a worksheet's references look like: a cell's column letters and row, or a row's number. */
const CELL_OR_ROW = /^([A-Z]{0,3})([1-9]\d{0,6})$/
/** Excel's last column (XFD) and row, and the longest reference inside a sheet ("XFD1048576"). */
const LAST_COLUMN = 16_384
const LAST_ROW = 1_048_576
const LONGEST_REFERENCE = 10

/** The column number of letters (A = 1, Z = 26, AA = 27 … XFD = 16,384). */
function columnNumber(letters: string): number {
  let n = 0
  for (const letter of letters) n = n * 26 + (letter.charCodeAt(0) - 64)
  return n
}

/** What a piece of a sheet's text says of where its cells are. */
export interface SheetReferences {
  /** A reference no worksheet holds (past column XFD or row 1,048,576, or not a reference), as written. */
  outside?: string
  /** The furthest row and column any reference in it names (0: none). */
  lastRow: number
  lastColumn: number
}

/**
 * Where a piece of a sheet's XML puts its cells. The spreadsheet reader lays the sheet out as
 * rows × columns, padding every row to the widest: a reference outside any worksheet, or far
 * rows and columns together, would have it build arrays so long that the whole process stops
 * (V8's "invalid size" is not an exception; found by test/shared/import/read/mutations.test.ts).
 */
export function sheetReferences(text: string): SheetReferences {
  const found: SheetReferences = { lastRow: 0, lastColumn: 0 }
  REFERENCE.lastIndex = 0
  for (let m = REFERENCE.exec(text); m !== null; m = REFERENCE.exec(text)) {
    const reference = m[2] ?? ''
    // The reader turns any character before the digits into part of a column number (lower
    // case, punctuation): only what Excel writes is let through.
    const [, letters = '', digits = ''] = CELL_OR_ROW.exec(reference) ?? []
    const column = columnNumber(letters)
    const row = Number(digits)
    if (!digits || column > LAST_COLUMN || row > LAST_ROW) return { ...found, outside: reference }
    found.lastRow = Math.max(found.lastRow, row)
    found.lastColumn = Math.max(found.lastColumn, column)
  }
  const open = OPEN_REFERENCE.exec(text)?.[1]
  if (open !== undefined && open.length > LONGEST_REFERENCE) found.outside = open
  return found
}

const mb = sizeText
const count = (n: number): string => n.toLocaleString('en-US')

/** Counts matches that end inside the new text (those wholly inside the carried tail were counted before). */
function countNew(pattern: RegExp, text: string, tailLength: number): number {
  let n = 0
  pattern.lastIndex = 0
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    if (m.index + m[0].length > tailLength) n++
  }
  return n
}

interface Scan {
  parts: string[]
  inflated: number
  sheets: number
  cells: number
  problem?: string
}

function watchPart(file: UnzipFile, scan: Scan, limits: WorkbookLimits, name: string): void {
  scan.parts.push(file.name)
  const isXml = /\.(xml|rels|vml)$/i.test(file.name)
  const isSheet = /^xl\/worksheets\/[^/]+\.xml$/i.test(file.name)
  if (isSheet) scan.sheets++
  if (scan.sheets > limits.maxSheets) {
    scan.problem = `${name} has more than ${count(limits.maxSheets)} sheets (the most Fieldbook reads from one workbook); save the sheet you need as its own file.`
    return
  }
  const latin1 = new TextDecoder('latin1')
  let tail = ''
  let rows = 0
  let lastRow = 0
  let lastColumn = 0
  let sheetData = false
  file.ondata = (error, chunk, final) => {
    if (scan.problem !== undefined) return
    if (error) {
      scan.problem = `${name} is damaged: its part “${file.name}” cannot be unpacked (${error.message}); open it in Excel, save it again, or export the data as CSV.`
      return
    }
    scan.inflated += chunk.length
    if (scan.inflated > limits.maxInflatedBytes) {
      scan.problem = `${name} unpacks to more than ${mb(limits.maxInflatedBytes)} (the most Fieldbook reads from one workbook); it may be damaged or built to exhaust memory. Export only the rows you need, or save it as CSV.`
      file.terminate()
      return
    }
    if (!isXml) return
    const text = tail + latin1.decode(chunk)
    if (DTD.test(text)) {
      scan.problem = `${name} is not a workbook Excel writes: its part “${file.name}” declares XML entities (a DOCTYPE), which can be used to exhaust memory. Save it again from Excel, or export the data as CSV.`
      file.terminate()
      return
    }
    if (isSheet) {
      const { outside, lastRow: row, lastColumn: column } = sheetReferences(text)
      if (outside !== undefined) {
        const printable = outside.replace(/[^\x20-\x7e]/g, '?')
        const shown = printable.length > 20 ? `${printable.slice(0, 20)}…` : printable
        scan.problem = `${name} is damaged: a cell in its part “${file.name}” is at “${shown}”, which is not a cell of any worksheet (they run from A1 to XFD${LAST_ROW}); open it in Excel and save it again, or export the data as CSV.`
        file.terminate()
        return
      }
      rows += countNew(ROW, text, tail.length)
      scan.cells += countNew(CELL, text, tail.length)
      lastRow = Math.max(lastRow, row)
      lastColumn = Math.max(lastColumn, column)
      const laidOut = Math.max(rows, lastRow) * lastColumn
      if (rows > limits.maxRows) {
        scan.problem = `${name} has a sheet with more than ${count(limits.maxRows)} rows (the most Fieldbook reads from one sheet).`
      } else if (scan.cells > limits.maxCells) {
        scan.problem = `${name} has more than ${count(limits.maxCells)} cells (the most Fieldbook reads from one workbook); export only the columns and rows you need.`
      } else if (laidOut > limits.maxCells) {
        scan.problem = `${name} has a sheet whose cells reach row ${count(Math.max(rows, lastRow))} and column ${count(lastColumn)}: laid out, more than ${count(limits.maxCells)} cells (the most Fieldbook reads from one workbook); export only the columns and rows you need.`
      }
      if (scan.problem !== undefined) {
        file.terminate()
        return
      }
    }
    if (isSheet && !sheetData) sheetData = SHEET_DATA.test(text)
    if (isSheet && final && !sheetData) {
      scan.problem = `${name} is an Excel workbook, but its contents are damaged (the sheet part “${file.name}” has no cells part, <sheetData>); open it in Excel and save it again, or export the data as CSV.`
      return
    }
    tail = text.slice(-TAIL)
  }
  file.start()
}

/**
 * Unpacks the workbook once, measuring each part as it inflates, and throws an ImportFileError
 * naming the limit when a part goes past one. Nothing is kept: the parts are only counted, and
 * their names returned.
 */
export function checkWorkbookLimits(
  bytes: Uint8Array,
  fileName: string,
  limits: WorkbookLimits = WORKBOOK_LIMITS
): { parts: string[] } {
  const name = quoted(fileName)
  const scan: Scan = { parts: [], inflated: 0, sheets: 0, cells: 0 }
  const unzip = new Unzip((file) => {
    if (scan.problem === undefined) watchPart(file, scan, limits, name)
  })
  unzip.register(UnzipInflate)
  try {
    for (let at = 0; at < bytes.length && scan.problem === undefined; at += FEED_BYTES) {
      const end = Math.min(at + FEED_BYTES, bytes.length)
      unzip.push(bytes.subarray(at, end), end === bytes.length)
    }
  } catch (error) {
    scan.problem ??= `${name} is damaged: it cannot be unpacked as a workbook (${error instanceof Error ? error.message : String(error)}); open it in Excel, save it again, or export the data as CSV.`
  }
  if (scan.problem !== undefined) throw new ImportFileError(scan.problem, fileName)
  return { parts: scan.parts }
}
