import type { Activity, ImportMapping, Opportunity } from '../domain'
import type { DealHygieneKind } from './openDeals'

/**
 * No data is not a miss: a metric whose source no imported file carries (activities before any
 * activity export, "meetings with an agreed next step" when no export has that column) is
 * shown as "no data" with what to import, and left out of findings, weighted attainment, the
 * quadrant and CRM hygiene. Derived from the stored records and the saved column mappings, so
 * nothing extra is stored.
 */
export interface DataSources {
  /** Any activity (call, email, meeting, task) is in the workspace. */
  activities: boolean
  /** Meetings say whether a next step was agreed (a column some exports carry). */
  meetingOutcomes: boolean
  /** Deals carry a next step (a "Next Step" column was imported, or any deal has one). */
  nextSteps: boolean
  /** A deal's last touch is known: activities, or a "Last Activity" column. */
  lastTouch: boolean
}

export const ALL_SOURCES: DataSources = {
  activities: true,
  meetingOutcomes: true,
  nextSteps: true,
  lastTouch: true
}

/** What to import to get each missing source, in the manager's words. */
export const TO_IMPORT: Record<keyof DataSources, string> = {
  activities: 'import an activities export (calls, emails, meetings, tasks) to measure this',
  meetingOutcomes:
    'import an activities export with a "next step agreed" column for meetings to measure this',
  nextSteps: 'import an opportunities export with a "Next Step" column to check next steps',
  lastTouch: 'import activities or an opportunities export with a "Last Activity" column to check'
}

export const MANUAL_TO_ENTER =
  'enter it under Import, Manual measures (or import a measures file) to measure this'

export function dataSourcesOf(input: {
  opportunities: readonly Pick<Opportunity, 'nextStep' | 'lastActivityDate' | 'source'>[]
  activities: readonly Pick<Activity, 'nextStepAgreed'>[]
  mappings: readonly Pick<ImportMapping, 'kind' | 'columns'>[]
}): DataSources {
  const carried = (kind: ImportMapping['kind'], field: string): boolean =>
    input.mappings.some((m) => m.kind === kind && (m.columns[field] ?? '') !== '')
  // The demo writes every kind of record itself.
  if (input.opportunities.some((o) => o.source === 'demo')) return ALL_SOURCES
  const activities = input.activities.length > 0
  return {
    activities,
    meetingOutcomes:
      carried('activities', 'nextStepAgreed') ||
      input.activities.some((a) => a.nextStepAgreed !== undefined),
    nextSteps:
      carried('opportunities', 'nextStep') || input.opportunities.some((o) => o.nextStep !== ''),
    lastTouch:
      activities ||
      carried('opportunities', 'lastActivityDate') ||
      input.opportunities.some((o) => o.lastActivityDate !== undefined)
  }
}

/** The source each hygiene check needs (undefined: the deal's own close dates suffice). */
export const HYGIENE_SOURCE: Record<DealHygieneKind, keyof DataSources | undefined> = {
  stale: 'lastTouch',
  missingNextStep: 'nextSteps',
  closeDateInPast: undefined,
  closeDatePushed: undefined
}

/** The hygiene checks the workspace's data can support. */
export function measurableHygiene(
  sources: DataSources | undefined,
  kind: DealHygieneKind
): boolean {
  const needs = HYGIENE_SOURCE[kind]
  return !sources || needs === undefined || sources[needs]
}
