import readXlsxFile from 'read-excel-file/universal'
import { ImportCancelledError, ImportFileError, type ParsedTable, type ReadOptions } from '../table'
import { rowCount } from '../tableRows'
import { TableBuilder, quoted } from './builder'
import { PROGRESS_EVERY_ROWS } from './csv'
import { notTextError } from './sniff'
import { checkWorkbookLimits, WORKBOOK_LIMITS, type WorkbookLimits } from './workbookLimits'

type CellValue = string | number | boolean | Date | null | undefined

const pad = (n: number, width = 2): string => String(n).padStart(width, '0')

/**
 * A cell as text. read-excel-file gives date cells as Dates at UTC midnight (plus the time of
 * day), so UTC getters give the date the sheet shows in every time zone.
 */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE'
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return String(value)
    // Excel keeps 15 significant digits: 0.1+0.2 stored as 0.30000000000000004 shows as 0.3
    return String(Number(value.toPrecision(15)))
  }
  if (Number.isNaN(value.getTime())) return ''
  // Times stored as fractions of a day come back a millisecond off; round to the second.
  const d = new Date(Math.round(value.getTime() / 1000) * 1000)
  const date = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`
  const h = d.getUTCHours()
  const m = d.getUTCMinutes()
  const s = d.getUTCSeconds()
  if (h === 0 && m === 0 && s === 0) return date
  return `${date}T${pad(h)}:${pad(m)}:${pad(s)}`
}

function isEmptySheet(data: readonly (readonly CellValue[] | undefined)[]): boolean {
  return data.every((row) => (row ?? []).every((cell) => cellText(cell).trim() === ''))
}

/** Reads one sheet (options.sheet, else the first) of an .xlsx workbook into a table. */
export async function parseXlsx(
  bytes: Uint8Array,
  fileName: string,
  options: ReadOptions = {},
  limits: WorkbookLimits = WORKBOOK_LIMITS
): Promise<ParsedTable> {
  const { signal, onProgress } = options
  const name = quoted(fileName)
  const totalBytes = bytes.byteLength
  if (signal?.aborted) throw new ImportCancelledError()
  const { parts } = checkWorkbookLimits(bytes, fileName, limits)
  // An exact ArrayBuffer copy: a Node Buffer's .buffer may be a shared pool bigger than the file.
  const buffer = bytes.slice().buffer
  let sheets: { sheet: string; data: CellValue[][] }[]
  try {
    // The library types date cells as `typeof Date` (the constructor); they are Date instances.
    sheets = (await readXlsxFile<number>(buffer, { trim: false })) as unknown as typeof sheets
  } catch (error) {
    if (!parts.includes('xl/workbook.xml')) throw notTextError(bytes, fileName)
    const why = error instanceof Error ? error.message : String(error)
    throw new ImportFileError(
      `${name} is an Excel workbook, but its contents are damaged (${why.slice(0, 200)}); open it in Excel and save it again, or export the data as CSV.`,
      fileName
    )
  }
  if (signal?.aborted) throw new ImportCancelledError()
  // A workbook whose relationships lead nowhere lists a sheet the library has no rows for.
  const missing = sheets.find((s) => !Array.isArray(s.data))
  if (missing !== undefined) {
    throw new ImportFileError(
      `${name} is an Excel workbook, but its contents are damaged (the sheet “${String(missing.sheet)}” has no cells part); open it in Excel and save it again, or export the data as CSV.`,
      fileName
    )
  }
  const sheetNames = sheets.map((s) => s.sheet)
  const notes: string[] = []
  const wanted = options.sheet
  let sheet: (typeof sheets)[number] | undefined
  if (wanted === undefined) {
    // The first sheet, unless it is empty and another one is not.
    sheet = sheets[0]
    if (sheet !== undefined && isEmptySheet(sheet.data)) {
      const filled = sheets.find((s) => !isEmptySheet(s.data))
      if (filled !== undefined) {
        notes.push(
          `The first sheet “${sheet.sheet}” is empty; the sheet “${filled.sheet}” was read.`
        )
        sheet = filled
      }
    }
  } else {
    const key = wanted.trim().toLowerCase()
    sheet =
      sheets.find((s) => s.sheet === wanted) ??
      sheets.find((s) => s.sheet.trim().toLowerCase() === key)
  }
  if (sheet === undefined) {
    if (wanted === undefined) throw new ImportFileError(`${name} has no sheets.`, fileName)
    throw new ImportFileError(
      `${name} has no sheet named “${wanted}”; its sheets are ${sheetNames.map((s) => `“${s}”`).join(', ')}.`,
      fileName
    )
  }

  const builder = new TableBuilder(fileName, {
    maxRows: limits.maxRows,
    maxCells: limits.maxCells,
    maxTextChars: limits.maxTextChars
  })
  const data = sheet.data
  for (let i = 0; i < data.length; i++) {
    const row = data[i] ?? []
    builder.add(row.map(cellText), i + 1)
    if ((i + 1) % PROGRESS_EVERY_ROWS === 0) {
      onProgress?.({
        rowsRead: builder.rowCount,
        bytesRead: Math.round(((i + 1) / data.length) * totalBytes),
        totalBytes
      })
      await new Promise((resolve) => setTimeout(resolve, 0))
      if (signal?.aborted) throw new ImportCancelledError()
    }
  }
  const emptySheet = `The sheet “${sheet.sheet}” in ${name} is empty.`
  if (!builder.hasHeader) {
    // A workbook whose sheets are all empty is an empty file; otherwise the manager may pick
    // another sheet, so the (empty) table still lists them.
    if (sheets.every((s) => isEmptySheet(s.data))) {
      throw new ImportFileError(`${name} is empty.`, fileName)
    }
    onProgress?.({ rowsRead: 0, bytesRead: totalBytes, totalBytes })
    return {
      fileName,
      format: 'xlsx',
      sheetNames,
      sheet: sheet.sheet,
      headers: [],
      rows: { packed: [] },
      rowNumbers: [],
      notes: [...notes, emptySheet]
    }
  }
  // No rejection for rows wider than the header: a sheet has no delimiter to get wrong, and
  // the table keeps sheetNames so the manager can pick another sheet.
  const built = builder.finish()
  onProgress?.({ rowsRead: rowCount(built.rows), bytesRead: totalBytes, totalBytes })
  return {
    fileName,
    format: 'xlsx',
    sheetNames,
    sheet: sheet.sheet,
    headers: built.headers,
    rows: built.rows,
    rowNumbers: built.rowNumbers,
    notes: [...notes, ...built.notes]
  }
}
