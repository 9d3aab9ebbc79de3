import type { CrmSource, ImportKind } from '../domain/crm'
import type { ColumnMapping } from './fields'
import type { StageMap } from './stages'
import type { DateOrder } from './values/dates'
import type { DecimalSeparator } from './values/money'

/**
 * Everything the manager confirmed in the preview: which columns feed which fields, how dates
 * and amounts are written, what each CRM stage means and who each owner is. Normalising a
 * table with the same decisions always gives the same records.
 */

export type OwnerChoice =
  { action: 'rep'; repId: string } | { action: 'create'; name: string } | { action: 'skip' }

export interface ImportDecisions {
  kind: ImportKind
  source: CrmSource
  columns: ColumnMapping
  dateOrder: DateOrder
  decimal: DecimalSeparator
  /** Currency for amounts whose cell and row name none. */
  defaultCurrency: string
  stageMap: StageMap
  /** Keyed by `ownerKey(owner cell)`. Owners with no entry are matched by rep alias. */
  owners: Record<string, OwnerChoice>
  /** The day the export reflects: stamped on history snapshots. */
  asOf: string
  /**
   * A people file with a Manager column: the managers whose people join the team (keyed like
   * owners). Absent or empty: everyone in the file joins.
   */
  managers?: string[]
  /** A deals or activities file with no owner column: whose records they all are (an owner cell). */
  everyRowOwner?: string
  /** Start date and ramp the manager set in the review, by `startKey`. */
  starts?: Record<string, RepStartChoice>
}

export interface RepStartChoice {
  startDate: string
  rampMonths: number
}

/** A cell the import refused, as the manager sees it in the list of rejected rows. */
export interface RowProblem {
  rowNumber: number
  column: string
  value: string
  reason: string
}

export interface SkippedRow {
  rowNumber: number
  reason: string
}

/** Owner cells compare trimmed, case-insensitively, with inner spaces collapsed. */
export function ownerKey(value: string): string {
  return value.trim().replace(/\s+/g, ' ').toLowerCase()
}
