import type { MetricKey } from '../domain'
import { DEAL_HYGIENE_KINDS, type DealHygieneKind } from './openDeals'
import { MANUAL_TO_ENTER, measurableHygiene, TO_IMPORT, type DataSources } from './sources'
import type { MetricValue } from './types'

/** What the imports cannot support: hygiene checks left out, metrics with no data. */

export const HYGIENE_LABEL: Record<DealHygieneKind, string> = {
  stale: 'No activity for too long',
  missingNextStep: 'No next step',
  closeDateInPast: 'Close date in the past',
  closeDatePushed: 'Close date pushed more than once'
}

/** The hygiene checks the imports cannot support, named in the formula so 100% is not misread. */
export function uncheckedHygiene(sources: DataSources | undefined): string {
  const unchecked = DEAL_HYGIENE_KINDS.filter((k) => !measurableHygiene(sources, k)).map((k) =>
    HYGIENE_LABEL[k].toLowerCase()
  )
  return unchecked.length === 0 ? '' : ` (not checked, no data: ${unchecked.join('; ')})`
}

/** Metrics whose source no import carries become "no data", saying what to import. */
export function markNoData(
  values: Record<MetricKey, MetricValue>,
  sources: DataSources | undefined
): void {
  if (!sources) return
  const missing: [MetricKey, keyof DataSources][] = [
    ['activities', 'activities'],
    ['meetings', 'activities'],
    ['meetingsWithNextStep', sources.activities ? 'meetingOutcomes' : 'activities']
  ]
  // Measures no CRM holds: none entered for the range means there is nothing to judge.
  for (const metric of ['expenses', 'csat', 'margin', 'teamwork'] as const) {
    if (values[metric].value === undefined) {
      values[metric] = { ...values[metric], noData: MANUAL_TO_ENTER }
    }
  }
  for (const [metric, source] of missing) {
    if (sources[source]) continue
    values[metric] = {
      ...values[metric],
      value: undefined,
      numerator: undefined,
      denominator: undefined,
      noData: TO_IMPORT[source],
      formula: `No data: ${TO_IMPORT[source]}.`
    }
  }
}
