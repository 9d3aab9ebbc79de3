import type { ImportDecisions } from '../decisions'
import type { Imported } from '../plan'
import type { ParsedTable } from '../table'
import { normaliseActivities } from './activities'
import { normaliseMeasures } from './measures'
import { normaliseOpportunities, type Normalised } from './opportunities'
import { normaliseReps } from './reps'

export type { ImportedActivity } from './activities'
export type { ImportedMeasure } from './measures'
export type { ImportedOpportunity, Normalised } from './opportunities'
export type { ImportedRep } from './reps'
export { activityTypeOf } from './activities'
export { MEASURE_UNITS, metricOf } from './measures'
export { canonicalCrmId } from './opportunities'

/** Rows → typed records of the decided kind, with every rejected cell and skipped row. */
export function normaliseTable(
  table: ParsedTable,
  decisions: ImportDecisions
): Normalised<Imported> {
  switch (decisions.kind) {
    case 'opportunities':
      return normaliseOpportunities(table, decisions)
    case 'activities':
      return normaliseActivities(table, decisions)
    case 'reps':
      return normaliseReps(table, decisions)
    case 'manualMeasures':
      return normaliseMeasures(table, decisions)
  }
}
