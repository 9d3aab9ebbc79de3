import type { ParsedTable } from '../table'
import { eachRow } from '../tableRows'
import type { Normalised } from './opportunities'

/**
 * A normaliser takes rows one at a time, answering each with its record (or nothing: the row
 * was rejected or skipped), and reports the problems and notes at the end. A file is
 * normalised all at once, or a slice at a time straight into the planner without ever holding
 * every record (recordSlices.ts).
 */
export interface RowNormaliser<T> {
  each(row: string[], index: number): T | undefined
  finish(): NormaliseReport
}

/** What a normaliser reports once every row was read: everything but the records. */
export type NormaliseReport = Omit<Normalised<never>, 'records'>

/** The report every normaliser starts from. */
export function emptyReport(): NormaliseReport {
  return { rejected: [], skipped: [], notes: [] }
}

export function normaliseAll<T>(table: ParsedTable, normaliser: RowNormaliser<T>): Normalised<T> {
  const records: T[] = []
  let i = 0
  for (const row of eachRow(table.rows)) {
    const record = normaliser.each(row, i++)
    if (record !== undefined) records.push(record)
  }
  return { records, ...normaliser.finish() }
}
