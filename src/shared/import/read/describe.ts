import type { CsvDelimiter, ParsedTable } from '../table'
import type { TableRows } from '../tableRows'
import { encodingName } from './sniff'

// No parser imports here: the UI uses this module without pulling papaparse into the page.

const DELIMITER_NAMES: Record<CsvDelimiter, string> = {
  ',': 'comma',
  ';': 'semicolon',
  '\t': 'tab',
  '|': 'pipe'
}

/** "comma", "semicolon", "tab", "pipe" */
export function delimiterName(delimiter: CsvDelimiter): string {
  return DELIMITER_NAMES[delimiter]
}

/** A one-line summary for the UI: "412 rows, comma-separated, UTF-8 with BOM". */
export function describeTable(
  table: Omit<ParsedTable, 'rows' | 'rowNumbers'> & { rows?: TableRows; rowCount?: number }
): string {
  const n = table.rowCount ?? table.rows?.packed.length ?? 0
  const rows = `${n.toLocaleString('en-US')} ${n === 1 ? 'row' : 'rows'}`
  if (table.format === 'xlsx') {
    const of =
      table.sheetNames.length > 1
        ? ` (${table.sheetNames.indexOf(table.sheet ?? '') + 1} of ${table.sheetNames.length})`
        : ''
    return `${rows}, Excel sheet “${table.sheet ?? ''}”${of}`
  }
  const parts = [rows]
  if (table.delimiter) parts.push(`${delimiterName(table.delimiter)}-separated`)
  if (table.encoding) parts.push(`${encodingName(table.encoding)}${table.bom ? ' with BOM' : ''}`)
  return parts.join(', ')
}
