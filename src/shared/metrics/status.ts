import type { CalendarDate, Plan } from '../domain'
import type { Finding, Severity } from '../diagnosis/types'
import { countOf, WORDS } from '../words/plural'
import { daysBetween, type DateRange } from './dates'
import { money } from './text'

/**
 * Who needs the manager: per rep a status with the numbers and the rule behind it
 * (DESIGN.md principle 3: evidence, then judgement). Pure: the period, today, the rep's
 * closed-won revenue and target, findings and plans are passed in.
 */
export type RepStatusKind = 'onPace' | 'behind' | 'atRisk'

export const STATUS_WORDS: Record<RepStatusKind, string> = {
  onPace: 'On pace',
  behind: 'Behind',
  atRisk: 'At risk'
}

/** Revenue at this share of the pace or more is on pace; below AT_RISK_PACE is at risk. */
export const ON_PACE = 0.9
export const AT_RISK_PACE = 0.7

export const STATUS_RULE =
  `On pace: closed-won revenue at ${ON_PACE * 100}% or more of the target due by today ` +
  `(the period's target for the days gone, after ramp). Behind: below ${ON_PACE * 100}% of that, or a ` +
  `finding to act on. At risk: below ${AT_RISK_PACE * 100}%, or on an active PIP.`

export interface RepStatusInput {
  /** The period the screen shows (its label names it in the reasons). */
  period: DateRange & { label: string }
  today: CalendarDate
  wonMinor: number
  /**
   * The revenue target for the part of the period gone by today, after ramp (the scorecard's
   * to-date target); undefined when none is set.
   */
  targetDueMinor?: number
  currency: string
  /** The rep's findings for the period. */
  findings: readonly Pick<Finding, 'severity' | 'title'>[]
  /** The rep's plans (any status; closed ones are ignored). */
  plans: readonly Pick<Plan, 'id' | 'kind' | 'status' | 'title'>[]
}

export interface RepStatus {
  kind: RepStatusKind
  words: string
  /** Revenue so far ÷ target due by today (1 = exactly on pace); undefined without a target. */
  pace?: number
  /** Why, in sentences with the numbers: the first one decided the status. */
  reasons: string[]
  topFinding?: Pick<Finding, 'severity' | 'title'>
  /** The plan still open (draft, in HR review or active), a PIP before a coaching plan. */
  openPlan?: Pick<Plan, 'id' | 'kind' | 'status' | 'title'>
}

const SEVERITY_ORDER: Record<Severity, number> = { act: 0, watch: 1, info: 2 }
const whole = (ratio: number): string => `${Math.round(ratio * 100)}%`

/** Share of the period gone by the end of `today` (0..1). */
export function periodGone(period: DateRange, today: CalendarDate): number {
  const days = daysBetween(period.start, period.end) + 1
  const gone = daysBetween(period.start, today) + 1
  return Math.min(1, Math.max(0, gone / days))
}

export function repStatus(input: RepStatusInput): RepStatus {
  const findings = [...input.findings].sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]
  )
  const toActOn = findings.filter((f) => f.severity === 'act')
  const open = input.plans
    .filter((p) => p.status !== 'closed')
    .sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'pip' ? -1 : 1))
  const activePip = open.find((p) => p.kind === 'pip' && p.status === 'active')

  const m = (minor: number) => money(minor, input.currency)
  const reasons: { weight: RepStatusKind; text: string }[] = []
  let pace: number | undefined
  if (input.targetDueMinor && input.targetDueMinor > 0) {
    const gone = periodGone(input.period, input.today)
    pace = input.wonMinor / input.targetDueMinor
    const line =
      `Closed ${m(input.wonMinor)} of the ${m(input.targetDueMinor)} due by today ` +
      `(${whole(gone)} of ${input.period.label} gone): ${whole(pace)} of pace.`
    const weight: RepStatusKind =
      pace >= ON_PACE ? 'onPace' : pace >= AT_RISK_PACE ? 'behind' : 'atRisk'
    reasons.push({ weight, text: line })
  } else {
    reasons.push({ weight: 'onPace', text: `No revenue target for ${input.period.label}.` })
  }
  if (activePip) reasons.push({ weight: 'atRisk', text: `On an active PIP: ${activePip.title}.` })
  if (toActOn.length > 0)
    reasons.push({
      weight: 'behind',
      text: `${countOf(toActOn.length, WORDS.finding)} to act on: ${toActOn.map((f) => f.title).join('; ')}.`
    })
  const rank: Record<RepStatusKind, number> = { atRisk: 0, behind: 1, onPace: 2 }
  const kind = reasons.reduce<RepStatusKind>(
    (worst, r) => (rank[r.weight] < rank[worst] ? r.weight : worst),
    'onPace'
  )
  // The reason that decided the status first, then the others.
  const ordered = [...reasons].sort((a, b) => rank[a.weight] - rank[b.weight])
  return {
    kind,
    words: STATUS_WORDS[kind],
    pace,
    reasons: ordered.map((r) => r.text),
    topFinding: findings[0],
    openPlan: open[0]
  }
}
