import Papa from 'papaparse'
import { ImportCancelledError, ImportFileError, type ParsedTable, type ReadOptions } from '../table'
import { TableBuilder, listRows, quoted } from './builder'
import { DELIMITER_SAMPLE, delimiterName, guessDelimiter } from './delimiter'
import type { DecodedText } from './sniff'
import { TABLE_LIMITS, type TableLimits } from './tableLimits'

/**
 * The text to parse and its line ending. papaparse takes ONE line ending for the whole file,
 * so a file that mixes CRLF, LF or a lone CR is made LF throughout first (inside quoted fields
 * too: a cell's line breaks are LF). A file that uses CRLF throughout (a CRM export) is parsed
 * as it is, and a cell's CRLF becomes LF as the cell is read (issue 18: making the whole text
 * again held a second copy of a 20 MB file while it was parsed); the cells are the same.
 */
export function lineEndings(text: string): { text: string; newline: '\n' | '\r\n' } {
  if (!text.includes('\r')) return { text, newline: '\n' }
  if (!/\r(?!\n)|(?<!\r)\n/.test(text)) return { text, newline: '\r\n' }
  return { text: text.replace(/\r\n?/g, '\n'), newline: '\n' }
}

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
  const { text, newline } = lineEndings(decoded.text)
  const guess = guessDelimiter(
    text.length > 2 * DELIMITER_SAMPLE ? text.slice(0, 2 * DELIMITER_SAMPLE) : text
  )
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
      newline,
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
          for (let i = 0; i < cells.length; i++) {
            const cell = cells[i] as string
            consumedChars += cell.length + newline.length
            if (newline === '\r\n' && cell.includes('\r')) cells[i] = cell.replace(/\r\n/g, '\n')
          }
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
