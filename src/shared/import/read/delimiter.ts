import Papa from 'papaparse'
import type { CsvDelimiter } from '../table'
export { delimiterName } from './describe'

export const DELIMITERS: readonly CsvDelimiter[] = [',', ';', '\t', '|']

/** How much text and how many records the guess looks at. */
export const DELIMITER_SAMPLE = 64 * 1024
const SAMPLE_RECORDS = 60

export interface DelimiterGuess {
  delimiter: CsvDelimiter
  /** False when no candidate splits the header row into two or more columns. */
  found: boolean
}

/**
 * Guesses the delimiter from the content (never from the file name). Each candidate parses the
 * first records with papaparse, so quoted fields are respected; a candidate must split the
 * header row into at least two columns, and wins by how many of the next rows have the
 * header's width, then by the number of columns, then by the order , ; tab |.
 * Its line endings are made LF first; a caller may pass only the text's first
 * 2 × DELIMITER_SAMPLE characters (at most half of them are CRs).
 */
export function guessDelimiter(text: string): DelimiterGuess {
  const lf = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text
  const truncated = lf.length > DELIMITER_SAMPLE
  const sample = truncated ? lf.slice(0, DELIMITER_SAMPLE) : lf
  let best: { delimiter: CsvDelimiter; consistency: number; width: number } | undefined
  for (const delimiter of DELIMITERS) {
    const parsed = Papa.parse<string[]>(sample, {
      delimiter,
      newline: '\n',
      quoteChar: '"',
      preview: SAMPLE_RECORDS
    })
    const records = parsed.data.filter((r) => r.some((cell) => cell.trim() !== ''))
    // The sample may end in the middle of a record.
    if (truncated && records.length > 2) records.pop()
    const header = records[0]
    if (header === undefined) continue
    const width = header.length
    let narrowest = width
    while (narrowest > 1 && header[narrowest - 1]?.trim() === '') narrowest--
    if (narrowest < 2) continue
    const rest = records.slice(1)
    const fitting = rest.filter((r) => r.length >= narrowest && r.length <= width).length
    const consistency = rest.length === 0 ? 1 : fitting / rest.length
    if (
      best === undefined ||
      consistency > best.consistency + 1e-9 ||
      (Math.abs(consistency - best.consistency) <= 1e-9 && width > best.width)
    ) {
      best = { delimiter, consistency, width }
    }
  }
  return best ? { delimiter: best.delimiter, found: true } : { delimiter: ',', found: false }
}
