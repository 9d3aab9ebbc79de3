import type { MetricKey } from '../domain'
import type { DateRange } from '../metrics'

/** The kinds of finding the diagnosis makes (DESIGN.md §2.5). */
export type FindingKind =
  | 'resultsGap'
  | 'activityGap'
  | 'stageGap'
  | 'marketShift'
  | 'crmHygiene'
  | 'activityWithoutProgress'

/**
 * How urgent: `act` = take it up in the next 1:1 with a coaching step; `watch` = below the
 * standard but not yet a pattern, or explained by something else (ramp, market); `info` =
 * context the manager should know.
 */
export type Severity = 'info' | 'watch' | 'act'

/** The coaching move a finding suggests (DESIGN.md §1 principle 4: coach before you correct). */
export type CoachingActionKind =
  | 'structureDay' // will: structure the sales day, short daily check-ins
  | 'rideAlong' // skill: ride along at stage X
  | 'callReview' // skill: review recorded calls at stage X
  | 'rolePlay' // skill: role-play a stage X scenario
  | 'teamPlan' // market: re-plan with the team, not individual correction
  | 'crmRoutine' // hygiene: a daily CRM routine (15 minutes each morning)
  | 'oneOnOne' // talk it through in the next 1:1

export interface CoachingAction {
  kind: CoachingActionKind
  /** What to do, in one or two sentences, addressed to the manager. */
  text: string
  /** The sales-process stage the action is about (ride-along, call review, role-play). */
  stageKey?: string
}

/** A labelled number behind a finding; `value` is already formatted for reading. */
export interface FindingNumber {
  label: string
  value: string
}

export interface Finding {
  /** Stable within one diagnosis: kind + rep + stage, for keys and links. */
  id: string
  kind: FindingKind
  /** The rep the finding is about, or 'team' for team-level findings (market shift). */
  repId: string | 'team'
  severity: Severity
  /** Short headline, e.g. "Stalls at Propose". */
  title: string
  /** The rule that fired, in words, with its thresholds. */
  rule: string
  numbers: FindingNumber[]
  stageKey?: string
  stageName?: string
  /** The metric most related to the finding (for "start a plan on this metric" links). */
  metric?: MetricKey
  /** The suggested coaching action first, then others worth considering. */
  actions: [CoachingAction, ...CoachingAction[]]
}

/** Thresholds the rules use: WorkspaceSettings.thresholds with every default filled in. */
export interface DiagnosisThresholds {
  staleOpportunityDays: number
  /** A rep's stage conversion this many percent below the team's (relative) is a stage gap. */
  teamGapPercent: number
  /** Share of the team (0..1) down together against their own history that makes a market shift. */
  marketShiftShare: number
  /** How far (percent) below their own history a rep's results must be to count as "down". */
  marketShiftDropPercent: number
  /** Attainment below this percent of target is a results gap to act on (above: watch). */
  attainmentActPercent: number
  /** Activity this many percent below the expectation is an activity gap. */
  activityGapPercent: number
  /** Share (percent) of open deals with a hygiene issue above which hygiene is a finding. */
  hygieneIssuePercent: number
  /** Fewest stage exits (or observations) before a conversion rate is compared. */
  minimumSample: number
}

export interface RepDiagnosis {
  repId: string
  range: DateRange
  findings: Finding[]
}

export interface TeamDiagnosis {
  range: DateRange
  byRep: RepDiagnosis[]
  /** Team-level findings (market shift). */
  team: Finding[]
}
