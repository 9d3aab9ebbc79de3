import type { ImportKind, ImportMapping, Rep, SalesProcess } from '../domain'
import type { CrmSource } from '../domain/crm'
import type { ColumnMapping } from './fields'
import type { OwnerSuggestion } from './owners'
import type { StageSuggestion } from './stages'
import type { ManagerGroup, TeamChoice } from './team'
import type { DateOrderDetection } from './values/dates'
import type { DecimalDetection } from './values/money'

/** What Fieldbook makes of a table before the manager confirms it: the mapping preview. */

export interface ImportContext {
  reps: Rep[]
  process: SalesProcess
  savedMappings: ImportMapping[]
  /** The workspace currency, for amounts that name none. */
  currency: string
  today: string
  /** The workspace manager's name: preselected when a people file names them as a manager. */
  managerName?: string
  /** What the last people import chose: other teams' owners are skipped in later files. */
  team?: TeamChoice
}

export interface ImportAnalysis {
  kind: ImportKind | undefined
  kindEvidence: string
  source: CrmSource
  sourceEvidence: string
  signature: string
  columns: ColumnMapping
  /** The saved mapping the columns came from, when this header signature was seen before. */
  savedMapping?: ImportMapping
  missing: string[]
  dates: DateOrderDetection
  decimal: DecimalDetection
  stages: StageSuggestion[]
  owners: OwnerSuggestion[]
  /** Report footers, pivot totals and blank rows found, to be left out. */
  footerRows: number
  /** A people file's managers (with a Manager column): the review asks whose team. */
  managers: ManagerGroup[]
  /** The latest date in the file, up to today: proposed as the day the export reflects. */
  latestDate?: string
  /** A deals or activities file with no owner column: the review asks whose records. */
  ownerColumnMissing: boolean
}

export interface AnalyseOptions {
  kind?: ImportKind
  columns?: ColumnMapping
}
