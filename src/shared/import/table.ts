import type { TableRows } from './tableRows'

/**
 * What reading an import file produces: the header row and the data rows as text, before any
 * meaning is given to them. Reading (bytes → table) lives in `./read`; giving meaning (kind,
 * mapping, values) lives next to this file.
 */

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252'
export type CsvDelimiter = ',' | ';' | '\t' | '|'

export interface ParsedTable {
  fileName: string
  format: 'csv' | 'xlsx'
  /** CSV only: how the bytes were decoded, and whether they started with a byte-order mark. */
  encoding?: TextEncoding
  bom?: boolean
  delimiter?: CsvDelimiter
  /** XLSX only: every sheet in the workbook, and the one this table was read from. */
  sheetNames: string[]
  sheet?: string
  headers: string[]
  /** Data rows as text, each as long as `headers` (short rows padded with ''): see tableRows.ts. */
  rows: TableRows
  /** For each row, its row number in the file as a spreadsheet shows it (header row = 1). */
  rowNumbers: number[]
  /** Things the manager should know about the reading itself (e.g. "decoded as Windows-1252"). */
  notes: string[]
}

export interface ReadProgress {
  rowsRead: number
  bytesRead: number
  totalBytes: number
}

export interface ReadOptions {
  /** XLSX: the sheet to read; the first one when absent. */
  sheet?: string
  onProgress?: (progress: ReadProgress) => void
  signal?: AbortSignal
  /**
   * CSV: called once the bytes are decoded, before the rows are parsed; the reader does not
   * touch them again, so a caller that owns them can let them go.
   */
  onDecoded?: () => void
}

/** A file that cannot be read as a table, with a sentence that names the file and the place. */
export class ImportFileError extends Error {
  constructor(
    message: string,
    readonly fileName: string,
    readonly row?: number
  ) {
    super(message)
    this.name = 'ImportFileError'
  }
}

/** Thrown when the signal aborts a read. */
export class ImportCancelledError extends Error {
  constructor() {
    super('The import was cancelled.')
    this.name = 'ImportCancelledError'
  }
}

/**
 * A chosen import file as it reaches the import worker: its bytes, or in a browser the file
 * itself (a Blob: the worker reads it, so the page never holds or copies the bytes), or the
 * table main already read (Electron reads files in main).
 */
export type ImportSource =
  | { kind: 'bytes'; fileName: string; bytes: ArrayBuffer | Blob }
  | { kind: 'table'; table: ParsedTable }
