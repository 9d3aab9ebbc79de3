import type { ImportDecisions } from '../decisions'
import type { Imported } from '../changeSet'
import type { ParsedTable } from '../table'
import { activityNormaliser } from './activities'
import { measureNormaliser } from './measures'
import { opportunityNormaliser, type Normalised } from './opportunities'
import { repNormaliser } from './reps'
import { normaliseAll, type RowNormaliser } from './rowNormaliser'

export type { NormaliseReport, RowNormaliser } from './rowNormaliser'

export type { ImportedActivity } from './activities'
export type { ImportedMeasure } from './measures'
export type { ImportedOpportunity, Normalised } from './opportunities'
export type { ImportedRep } from './reps'
export { activityTypeOf } from './activities'
export { MEASURE_UNITS, metricOf } from './measures'
export { canonicalCrmId } from './opportunities'

/** The row-by-row normaliser for the decided kind. */
export function normaliserFor(
  table: ParsedTable,
  decisions: ImportDecisions
): RowNormaliser<Imported> {
  switch (decisions.kind) {
    case 'opportunities':
      return opportunityNormaliser(table, decisions)
    case 'activities':
      return activityNormaliser(table, decisions)
    case 'reps':
      return repNormaliser(table, decisions)
    case 'manualMeasures':
      return measureNormaliser(table, decisions)
  }
}

/** Rows → typed records of the decided kind, with every rejected cell and skipped row. */
export function normaliseTable(
  table: ParsedTable,
  decisions: ImportDecisions
): Normalised<Imported> {
  return normaliseAll(table, normaliserFor(table, decisions))
}
