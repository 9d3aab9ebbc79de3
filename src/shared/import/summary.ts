import type { ImportCounts } from '../domain'
import type { RepStart, ImportChangeSet } from './changeSet'
import type { RowProblem, SkippedRow } from './decisions'
import type { ParsedTable } from './table'
import { eachRow, rowCount } from './tableRows'
import type { TeamChoice } from './team'

/**
 * What the page needs of a file and of its change set while the rows themselves stay in the
 * import worker (issue 18): the header, a few sample values per column and the counts, and the
 * first problems the review lists. A 100,000-row table never crosses to the page.
 */

/** How many sample values each column shows in the mapping. */
export const SAMPLES_PER_COLUMN = 3
/** How many skipped and rejected rows the review lists (the counts are always whole). */
export const SHOWN_PROBLEMS = 200

export interface TableSummary extends Omit<ParsedTable, 'rows' | 'rowNumbers'> {
  rowCount: number
  /** For each column, its first few non-blank values. */
  columnSamples: string[][]
}

export function summariseTable(table: ParsedTable): TableSummary {
  const { rows, rowNumbers, ...rest } = table
  void rowNumbers // the page gets none of them
  // One pass, each row's cells cut out once, until every column has its samples.
  const columnSamples: string[][] = table.headers.map(() => [])
  let wanting = table.headers.length
  for (const row of eachRow(rows)) {
    if (wanting === 0) break
    columnSamples.forEach((found, index) => {
      if (found.length === SAMPLES_PER_COLUMN) return
      const value = row[index] ?? ''
      if (value.trim() === '') return
      found.push(value)
      if (found.length === SAMPLES_PER_COLUMN) wanting -= 1
    })
  }
  return { ...rest, rowCount: rowCount(rows), columnSamples }
}

export interface ImportPreviewSummary {
  counts: ImportCounts
  notes: string[]
  starts: RepStart[]
  team?: TeamChoice
  /** The first SHOWN_PROBLEMS skipped rows, and how many there are in all. */
  skipped: SkippedRow[]
  skippedCount: number
  /** The first SHOWN_PROBLEMS rejected cells, and how many there are in all. */
  rejected: RowProblem[]
  rejectedCount: number
}

export function summarisePreview(changes: ImportChangeSet): ImportPreviewSummary {
  return {
    counts: changes.counts,
    notes: changes.notes,
    starts: changes.starts,
    ...(changes.team ? { team: changes.team } : {}),
    skipped: changes.skipped.slice(0, SHOWN_PROBLEMS),
    skippedCount: changes.skipped.length,
    rejected: changes.rejected.slice(0, SHOWN_PROBLEMS),
    rejectedCount: changes.rejected.length
  }
}
