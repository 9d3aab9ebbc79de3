import type { ParsedTable } from '../table'
import type { Normalised } from './opportunities'

/**
 * A normaliser takes rows one at a time and reports at the end, so a big file can be
 * normalised in slices with pauses between them (the page stays responsive) or all at once.
 */
export interface RowNormaliser<T> {
  each(row: string[], index: number): void
  finish(): Normalised<T>
}

export function normaliseAll<T>(table: ParsedTable, normaliser: RowNormaliser<T>): Normalised<T> {
  table.rows.forEach((row, i) => normaliser.each(row, i))
  return normaliser.finish()
}

/** The same, pausing every `slice` rows; `pause` yields to the event loop. */
export async function normaliseInSlices<T>(
  table: ParsedTable,
  normaliser: RowNormaliser<T>,
  pause: () => Promise<void>,
  slice = 2000
): Promise<Normalised<T>> {
  for (let start = 0; start < table.rows.length; start += slice) {
    const end = Math.min(table.rows.length, start + slice)
    for (let i = start; i < end; i++) normaliser.each(table.rows[i] ?? [], i)
    if (end < table.rows.length) await pause()
  }
  return normaliser.finish()
}
