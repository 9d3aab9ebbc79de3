import { ImportFileError } from '../table'

/**
 * What one table (a CSV file, or the sheet read from a workbook) may hold. Checked row by row
 * as the table is built, before a row is kept, so a hostile file is refused before its rows
 * are copied: in Electron the import worker also has a heap cap, but a browser Web Worker
 * cannot be given one, so these caps are what protect the page there.
 */
export interface TableLimits {
  /** Data rows kept (Excel's own maximum is 1,048,576). */
  maxRows: number
  /** Cells kept, all rows together. */
  maxCells: number
  /**
   * Characters of text in all cells. A workbook's shared strings let one long string fill many
   * cells, so the text can be far larger than the file once the cells are filled in.
   */
  maxTextChars: number
}

export const TABLE_LIMITS: TableLimits = {
  maxRows: 1_048_576,
  maxCells: 10_000_000,
  maxTextChars: 300 * 1024 * 1024
}

const count = (n: number): string => n.toLocaleString('en-US')

/** "300 MB", "4 KB": the same words for a limit in every message. */
export function sizeText(bytes: number): string {
  const mb = bytes / 1024 / 1024
  return mb >= 1 ? `${Math.round(mb)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`
}

/** Counts what a table keeps and throws an ImportFileError naming the limit it goes past. */
export class TableLimitCounter {
  private rows = 0
  private cells = 0
  private text = 0

  constructor(
    private readonly fileName: string,
    private readonly limits: TableLimits = TABLE_LIMITS
  ) {}

  /** Every record read, kept or not (lengths only: nothing is copied). */
  countText(cells: readonly string[], rowNumber: number): void {
    for (const cell of cells) this.text += cell.length
    if (this.text > this.limits.maxTextChars) {
      this.refuse(
        `holds more than ${sizeText(this.limits.maxTextChars)} of text by row ${count(rowNumber)} ` +
          `(with repeated cells filled in); Fieldbook reads at most ${sizeText(this.limits.maxTextChars)} ` +
          'of text from one file. It may be damaged or built to exhaust memory: export only the rows you need.',
        rowNumber
      )
    }
  }

  /** A row about to be kept, `width` cells wide. */
  countRow(width: number, rowNumber: number): void {
    this.rows++
    this.cells += width
    if (this.rows > this.limits.maxRows) {
      this.refuse(
        `has more than ${count(this.limits.maxRows)} rows; Fieldbook reads at most ` +
          `${count(this.limits.maxRows)} rows from one file. Split it, or export only the rows you need.`,
        rowNumber
      )
    }
    if (this.cells > this.limits.maxCells) {
      this.refuse(
        `has more than ${count(this.limits.maxCells)} cells; Fieldbook reads at most ` +
          `${count(this.limits.maxCells)} cells from one file. Export only the columns and rows you need.`,
        rowNumber
      )
    }
  }

  private refuse(why: string, rowNumber: number): never {
    throw new ImportFileError(`“${this.fileName}” ${why}`, this.fileName, rowNumber)
  }
}
