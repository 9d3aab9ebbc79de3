import type { Imported } from './changeSet'
import type { ImportDecisions } from './decisions'
import { normaliserFor, type Normalised, type NormaliseReport } from './normalise'
import type { ParsedTable } from './table'
import { eachRow, rowCount } from './tableRows'

/**
 * An import's records a slice at a time, for the planner (ImportPlanner): normalised from the
 * table as the slices are taken, so a 100,000-row file is never held as records too (issue 18),
 * or cut from records normalised before. `report` is the normaliser's problems and notes, once
 * every slice was taken.
 */
export interface RecordSlices {
  slices(): Iterable<readonly Imported[]>
  report(): NormaliseReport
}

/** Rows per slice: the planner's pause, the stored deals read per slice, one write slice. */
export const RECORDS_PER_SLICE = 2000

/** The table's rows, normalised a slice at a time; each call to `slices` reads the table again. */
export function tableSlices(
  table: ParsedTable,
  decisions: ImportDecisions,
  size = RECORDS_PER_SLICE
): RecordSlices {
  let finished: NormaliseReport | undefined
  return {
    *slices() {
      const normaliser = normaliserFor(table, decisions)
      finished = undefined
      const count = rowCount(table.rows)
      for (let start = 0; start < count; start += size) {
        const records: Imported[] = []
        let i = start
        for (const row of eachRow(table.rows, start, start + size)) {
          const record = normaliser.each(row, i++)
          if (record !== undefined) records.push(record)
        }
        yield records
      }
      finished = normaliser.finish()
    },
    report() {
      if (!finished) throw new Error('The file’s rows were not all read.')
      return finished
    }
  }
}

/** Records normalised before, a slice at a time. */
export function recordSlices(
  normalised: Normalised<Imported>,
  size = RECORDS_PER_SLICE
): RecordSlices {
  return {
    *slices() {
      for (let start = 0; start < normalised.records.length; start += size) {
        yield normalised.records.slice(start, start + size)
      }
    },
    report: () => normalised
  }
}
