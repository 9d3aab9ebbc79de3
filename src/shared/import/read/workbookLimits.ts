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

const TAIL = 9
const ROW = /<row[\s>/]/g
const CELL = /<c[\s>/]/g
const DTD = /<!(DOCTYPE|ENTITY)/

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
  file.ondata = (error, chunk) => {
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
      rows += countNew(ROW, text, tail.length)
      scan.cells += countNew(CELL, text, tail.length)
      if (rows > limits.maxRows) {
        scan.problem = `${name} has a sheet with more than ${count(limits.maxRows)} rows (the most Fieldbook reads from one sheet).`
      } else if (scan.cells > limits.maxCells) {
        scan.problem = `${name} has more than ${count(limits.maxCells)} cells (the most Fieldbook reads from one workbook); export only the columns and rows you need.`
      }
      if (scan.problem !== undefined) {
        file.terminate()
        return
      }
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
