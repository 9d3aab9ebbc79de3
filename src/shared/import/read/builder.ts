import { ImportFileError } from '../table'
import { packRow, type TableRows } from '../tableRows'
import { TABLE_LIMITS, TableLimitCounter, type TableLimits } from './tableLimits'

/** How many row numbers a note or message lists before saying "and N more". */
const ROWS_NAMED = 5

export interface BuiltTable {
  headers: string[]
  rows: TableRows
  rowNumbers: number[]
  notes: string[]
}

/** "“deals.csv”" — every message names the file the same way. */
export function quoted(fileName: string): string {
  return `“${fileName}”`
}

/** "5", "5 and 9", "5, 9 and 12", "5, 9, 12, 15, 20 and 7 more" */
export function listRows(rowNumbers: number[], total: number): string {
  const more = total - rowNumbers.length
  const named = rowNumbers.map(String)
  if (more > 0) return `${named.join(', ')} and ${more} more`
  if (named.length <= 1) return named.join('')
  return `${named.slice(0, -1).join(', ')} and ${named[named.length - 1]}`
}

function isBlank(cells: readonly string[]): boolean {
  for (const cell of cells) if (cell.trim() !== '') return false
  return true
}

/**
 * Turns physical records (CSV records or sheet rows, each with its spreadsheet row number)
 * into a table: the first non-blank record is the header, blank records are skipped, short
 * rows are padded, and cells beyond the header are left out (with a note naming the rows).
 * Shared by the CSV and XLSX readers so both behave the same.
 */
export class TableBuilder {
  private headers: string[] | undefined
  private headerRow = 0
  /** Each row packed into one string as it is added (tableRows.ts): the cells are not kept. */
  private readonly rows: string[] = []
  private readonly rowNumbers: number[] = []
  private longerCount = 0
  private readonly longerRows: number[] = []
  private firstLongerWidth = 0
  private readonly limits: TableLimitCounter

  constructor(
    private readonly fileName: string,
    limits: TableLimits = TABLE_LIMITS
  ) {
    this.limits = new TableLimitCounter(fileName, limits)
  }

  /** Data rows kept so far (the header row is not counted). */
  get rowCount(): number {
    return this.rows.length
  }

  get hasHeader(): boolean {
    return this.headers !== undefined
  }

  /** Throws an ImportFileError when the table would go past its limits (tableLimits.ts). */
  add(cells: string[], rowNumber: number): void {
    this.limits.countText(cells, rowNumber)
    if (isBlank(cells)) return
    const headers = this.headers
    if (headers === undefined) {
      const names = cells.map((cell) => cell.replace(/^\uFEFF/, '').trim())
      // "a,b,c," — a trailing delimiter makes an empty last column that is no column at all
      while (names.length > 1 && names[names.length - 1] === '') names.pop()
      this.headers = names
      this.headerRow = rowNumber
      return
    }
    const width = headers.length
    this.limits.countRow(width, rowNumber)
    let row: string[]
    if (cells.length === width) {
      row = cells
    } else if (cells.length < width) {
      row = cells.slice()
      while (row.length < width) row.push('')
    } else {
      row = cells.slice(0, width)
      // Extra cells that are all empty (a trailing delimiter on data rows) are dropped silently.
      if (!isBlank(cells.slice(width))) {
        if (this.longerCount === 0) this.firstLongerWidth = cells.length
        this.longerCount++
        if (this.longerRows.length < ROWS_NAMED) this.longerRows.push(rowNumber)
      }
    }
    this.rows.push(packRow(row))
    this.rowNumbers.push(rowNumber)
  }

  /**
   * The finished table; throws when the file had no header, or (with `rejectOverflow`) when
   * most rows overflow the header — in a CSV, a sign of a title line or the wrong delimiter.
   */
  finish(rejectOverflow?: { delimiterName?: string }): BuiltTable {
    const name = quoted(this.fileName)
    if (this.headers === undefined) throw new ImportFileError(`${name} is empty.`, this.fileName)
    const notes: string[] = []
    if (this.rows.length === 0) notes.push(`${name} has a header row but no data rows.`)
    if (this.longerCount > 0) {
      const width = this.headers.length
      const first = this.longerRows[0] ?? 0
      if (rejectOverflow && this.longerCount >= 2 && this.longerCount * 2 > this.rows.length) {
        const cause = rejectOverflow.delimiterName
          ? `the first row may be a title rather than the column names, or the values are not ${rejectOverflow.delimiterName}`
          : 'the first row may be a title rather than the column names'
        throw new ImportFileError(
          `Most rows of ${name} have more cells than its header row (row ${this.headerRow} has ` +
            `${width} ${width === 1 ? 'column' : 'columns'}, row ${first} has ` +
            `${this.firstLongerWidth}): ${cause}.`,
          this.fileName,
          first
        )
      }
      const rows = listRows(this.longerRows, this.longerCount)
      notes.push(
        this.longerCount === 1
          ? `Row ${rows} has more cells than the header row; the extra cells were left out.`
          : `Rows ${rows} have more cells than the header row; the extra cells were left out.`
      )
    }
    return {
      headers: this.headers,
      rows: { packed: this.rows },
      rowNumbers: this.rowNumbers,
      notes
    }
  }
}
