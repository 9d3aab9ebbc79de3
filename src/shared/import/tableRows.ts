/**
 * A table's data rows, each kept as one string (issue 18: the memory of a big import). An array
 * of cells costs an array and a string per cell. The import worker keeps the table from the
 * file's reading to the end of its commit: for the 100,000-deal report (20 MB) in Chromium, its
 * heap after a full collection during the commit was 46–49 MB with arrays of cells and 33–36 MB
 * with one string per row (2026-12-07, the bench's deals file). A row's cells are cut out
 * again when it is read (`eachRow`), a pass at a time.
 *
 * A row is its cells joined by U+001F (the unit separator). A cell that itself holds U+001E or
 * U+001F (never in a CRM export, possible in a damaged or hostile file) makes the row U+001E
 * followed by its cells as JSON, so every row reads back exactly as it was. Plain data, so a
 * table crosses `postMessage` as it is.
 */
export interface TableRows {
  readonly packed: readonly string[]
}

const UNIT = '\u001f'
const MARK = '\u001e'

/** One row's cells as one string. */
export function packRow(cells: readonly string[]): string {
  for (const cell of cells) {
    if (cell.includes(UNIT) || cell.includes(MARK)) return MARK + JSON.stringify(cells)
  }
  return cells.join(UNIT)
}

/** A packed row's cells. */
export function unpackRow(packed: string): string[] {
  if (packed.charCodeAt(0) === 0x1e) return JSON.parse(packed.slice(1)) as string[]
  return packed.split(UNIT)
}

/** Rows built from cells (readers build them a row at a time; tests and small tables at once). */
export function tableRowsOf(rows: readonly (readonly string[])[]): TableRows {
  return { packed: rows.map(packRow) }
}

export function rowCount(rows: TableRows): number {
  return rows.packed.length
}

/** Rows `from` to `to` (past the end: to the last), in order, each cut out as it is reached. */
export function* eachRow(rows: TableRows, from = 0, to = rows.packed.length): Generator<string[]> {
  const end = Math.min(to, rows.packed.length)
  for (let i = from; i < end; i++) yield unpackRow(rows.packed[i] as string)
}

/** Every row's cells at once: for small tables and tests (a big table would be held twice). */
export function allRows(rows: TableRows): string[][] {
  return rows.packed.map(unpackRow)
}
