import type { DiagnosisThresholds } from '@shared/diagnosis'

/** Each diagnosis threshold as Settings shows it: the label, its unit, and what it changes. */
export const THRESHOLD_FIELDS: {
  key: keyof DiagnosisThresholds
  label: string
  unit: string
  min: number
  max: number
  step: number
  /** Shown as a percent but stored as a share (0.6 = 60 %). */
  share?: boolean
  effect: (v: number) => string
}[] = [
  {
    key: 'attainmentActPercent',
    label: 'Attainment to act on',
    unit: '%',
    min: 0,
    max: 200,
    step: 1,
    effect: (v) => `A rep below ${v}% of their target gets a results finding to act on.`
  },
  {
    key: 'activityGapPercent',
    label: 'Activity gap',
    unit: '%',
    min: 0,
    max: 100,
    step: 1,
    effect: (v) =>
      `Activity more than ${v}% under the standard counts as a will problem (structure the day).`
  },
  {
    key: 'teamGapPercent',
    label: 'Stage gap against the team',
    unit: '%',
    min: 0,
    max: 100,
    step: 1,
    effect: (v) =>
      `A stage conversion ${v}% or more below the team’s names a skill gap at that stage.`
  },
  {
    key: 'marketShiftShare',
    label: 'Share of the team for a market shift',
    unit: '%',
    min: 0,
    max: 100,
    step: 5,
    share: true,
    effect: (v) => `When ${v}% of the team drop together, it reads as the market, not the reps.`
  },
  {
    key: 'marketShiftDropPercent',
    label: 'Drop that counts for a market shift',
    unit: '%',
    min: 0,
    max: 100,
    step: 1,
    effect: (v) =>
      `A rep counts as dropping when a result falls ${v}% or more from the period before.`
  },
  {
    key: 'staleOpportunityDays',
    label: 'Stale opportunity after',
    unit: 'days',
    min: 1,
    max: 365,
    step: 1,
    effect: (v) => `An open deal with no change for ${v} days is flagged as stale (CRM hygiene).`
  },
  {
    key: 'hygieneIssuePercent',
    label: 'CRM hygiene issues',
    unit: '%',
    min: 0,
    max: 100,
    step: 1,
    effect: (v) =>
      `More than ${v}% of a rep’s open deals stale, past due or without a next step is a hygiene finding.`
  },
  {
    key: 'minimumSample',
    label: 'Minimum sample',
    unit: 'records',
    min: 1,
    max: 100,
    step: 1,
    effect: (v) =>
      `With fewer than ${v} deals or activities a rate is shown but never used for a finding.`
  }
]
