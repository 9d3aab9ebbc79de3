/**
 * Reading an import file: bytes → ParsedTable (header and rows as text, with spreadsheet row
 * numbers). CSV of any delimiter and common encodings, or an .xlsx sheet, told apart by the
 * content, never the file name. Pure: runs in Electron main (worker thread), a browser Web
 * Worker and Vitest alike.
 */
import { ImportCancelledError, ImportFileError, type ParsedTable, type ReadOptions } from '../table'
import { quoted } from './builder'
import { parseCsv } from './csv'
import { decodeText, sniffKind } from './sniff'
import { parseXlsx } from './xlsx'

export { PROGRESS_EVERY_ROWS } from './csv'
export { delimiterName, describeTable } from './describe'
export { cellText } from './xlsx'

function extension(fileName: string): string {
  const dot = fileName.lastIndexOf('.')
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase()
}

/**
 * Reads a CSV/TSV/TXT or XLSX file into a table. Throws ImportFileError (a sentence naming the
 * file and, where it applies, the row) for files that are not tables, and ImportCancelledError
 * when `options.signal` aborts.
 */
export async function readTable(
  bytes: Uint8Array,
  fileName: string,
  options: ReadOptions = {}
): Promise<ParsedTable> {
  if (options.signal?.aborted) throw new ImportCancelledError()
  const name = quoted(fileName)
  if (bytes.byteLength === 0) throw new ImportFileError(`${name} is empty.`, fileName)
  const ext = extension(fileName)
  const kind = sniffKind(bytes)
  if (kind === 'xls') {
    throw new ImportFileError(
      `${name} is an old Excel 97-2003 file; save it as .xlsx or CSV and import that.`,
      fileName
    )
  }
  if (kind === 'xlsx') {
    const table = await parseXlsx(bytes, fileName, options)
    if (ext !== 'xlsx' && ext !== 'xlsm') {
      table.notes.unshift(
        `${name} is an Excel workbook despite its name; it was read as an .xlsx file.`
      )
    }
    return table
  }
  const decoded = decodeText(bytes, fileName)
  const totalBytes = bytes.byteLength
  options.onDecoded?.()
  const table = await parseCsv(decoded, fileName, totalBytes, options)
  if (ext === 'xlsx' || ext === 'xls' || ext === 'xlsm') {
    table.notes.unshift(`${name} is a text (CSV) file despite its name; it was read as CSV.`)
  }
  return table
}
