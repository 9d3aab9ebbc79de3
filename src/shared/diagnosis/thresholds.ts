import type { WorkspaceSettings } from '../domain'
import type { DiagnosisThresholds } from './types'

/** The defaults, also the values a new workspace starts with. */
export const DEFAULT_DIAGNOSIS_THRESHOLDS: DiagnosisThresholds = {
  staleOpportunityDays: 30,
  teamGapPercent: 25,
  marketShiftShare: 0.6,
  marketShiftDropPercent: 25,
  attainmentActPercent: 70,
  activityGapPercent: 20,
  hygieneIssuePercent: 20,
  minimumSample: 5
}

/** Settings thresholds with every missing one set to its default. */
export function diagnosisThresholds(
  thresholds: Partial<WorkspaceSettings['thresholds']> | undefined
): DiagnosisThresholds {
  const t = thresholds ?? {}
  const d = DEFAULT_DIAGNOSIS_THRESHOLDS
  return {
    staleOpportunityDays: t.staleOpportunityDays ?? d.staleOpportunityDays,
    teamGapPercent: t.teamGapPercent ?? d.teamGapPercent,
    marketShiftShare: t.marketShiftShare ?? d.marketShiftShare,
    marketShiftDropPercent: t.marketShiftDropPercent ?? d.marketShiftDropPercent,
    attainmentActPercent: t.attainmentActPercent ?? d.attainmentActPercent,
    activityGapPercent: t.activityGapPercent ?? d.activityGapPercent,
    hygieneIssuePercent: t.hygieneIssuePercent ?? d.hygieneIssuePercent,
    minimumSample: t.minimumSample ?? d.minimumSample
  }
}
