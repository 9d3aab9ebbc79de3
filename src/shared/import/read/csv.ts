import Papa from 'papaparse'
import { ImportCancelledError, ImportFileError, type ParsedTable, type ReadOptions } from '../table'
import { TableBuilder, listRows, quoted } from './builder'
import { delimiterName, guessDelimiter } from './delimiter'
import type { DecodedText } from './sniff'
import { TABLE_LIMITS, type TableLimits } from './tableLimits'

/** Progress is reported, and the event loop given a turn (so a cancel can arrive), this often. */
export const PROGRESS_EVERY_ROWS = 5000

const nextTurn = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0))

/**
 * Parses decoded CSV text record by record (papaparse `step`), so no intermediate array of all
 * records is built, pausing every few thousand records to report progress and honour the abort
 * signal. Row numbers count physical records: a quoted field spanning lines is still one row.
 */
export async function parseCsv(
  decoded: DecodedText,
  fileName: string,
  totalBytes: number,
  options: ReadOptions = {},
  limits: TableLimits = TABLE_LIMITS
): Promise<ParsedTable> {
  const { signal, onProgress } = options
  const name = quoted(fileName)
  // papaparse picks ONE line ending for the whole file, so CRLF and LF mixed in a file would
  // leave lone LFs inside cells. Normalise first (inside quoted fields too: CRLF → LF in text).
  const text = decoded.text.includes('\r') ? decoded.text.replace(/\r\n?/g, '\n') : decoded.text
  const guess = guessDelimiter(text)
  const delimiter = guess.delimiter
  const builder = new TableBuilder(fileName, limits)
  const notes = [...decoded.notes]
  const invalidQuoteRows: number[] = []
  let invalidQuoteCount = 0
  let recordNumber = 0
  let consumedChars = 0
  let sinceYield = 0

  const progress = (done: boolean): void => {
    onProgress?.({
      rowsRead: builder.rowCount,
      bytesRead: done
        ? totalBytes
        : Math.min(totalBytes, Math.round((consumedChars / Math.max(1, text.length)) * totalBytes)),
      totalBytes
    })
  }

  if (signal?.aborted) throw new ImportCancelledError()
  await new Promise<void>((resolve, reject) => {
    let settled = false
    const fail = (error: unknown, parser?: Papa.Parser): void => {
      if (settled) return
      settled = true
      parser?.abort()
      reject(error)
    }
    Papa.parse<string[]>(text, {
      delimiter,
      newline: '\n',
      quoteChar: '"',
      escapeChar: '"',
      skipEmptyLines: false,
      step(results, parser) {
        if (settled) return
        try {
          if (signal?.aborted) throw new ImportCancelledError()
          recordNumber++
          const cells = results.data
          for (const error of results.errors) {
            if (error.code === 'MissingQuotes') {
              throw new ImportFileError(
                `${name} ends inside a quoted field that opens on row ${recordNumber}; ` +
                  'the file may be truncated (cut off before it was fully saved or downloaded).',
                fileName,
                recordNumber
              )
            }
            if (error.code === 'InvalidQuotes') {
              invalidQuoteCount++
              if (invalidQuoteRows.length < 5) invalidQuoteRows.push(recordNumber)
            }
          }
          for (const cell of cells) consumedChars += cell.length + 1
          builder.add(cells, recordNumber)
          if (++sinceYield >= PROGRESS_EVERY_ROWS) {
            sinceYield = 0
            progress(false)
            parser.pause()
            void nextTurn().then(() => {
              if (settled) return
              if (signal?.aborted) fail(new ImportCancelledError(), parser)
              else parser.resume()
            })
          }
        } catch (error) {
          fail(error, parser)
        }
      },
      complete() {
        if (settled) return
        settled = true
        resolve()
      },
      error(error: Error) {
        fail(error)
      }
    })
  })
  if (signal?.aborted) throw new ImportCancelledError()

  const built = builder.finish({ delimiterName: `${delimiterName(delimiter)}-separated` })
  if (!guess.found && built.headers.length === 1) {
    notes.push(`${name} has a single column: no comma, semicolon, tab or | separates its values.`)
  }
  if (invalidQuoteCount > 0) {
    const rows = listRows(invalidQuoteRows, invalidQuoteCount)
    notes.push(
      `${invalidQuoteCount === 1 ? 'Row' : 'Rows'} ${rows} of ${name} ` +
        `${invalidQuoteCount === 1 ? 'has' : 'have'} a quote in an unexpected place; check that ` +
        `${invalidQuoteCount === 1 ? 'its' : 'their'} cells were split as intended.`
    )
  }
  progress(true)
  return {
    fileName,
    format: 'csv',
    encoding: decoded.encoding,
    bom: decoded.bom,
    delimiter,
    sheetNames: [],
    headers: built.headers,
    rows: built.rows,
    rowNumbers: built.rowNumbers,
    notes: [...notes, ...built.notes]
  }
}
