import type {
  CheckInPhase,
  ExpectationSet,
  MetricKey,
  Plan,
  PlanConcern,
  PlanGoal,
  PlanKind,
  PlanMilestone,
  SalesDayBlock
} from '@shared/domain'
import { MetricKey as MetricKeySchema } from '@shared/domain'
import { baselineBefore } from '@shared/plans/measure'
import { expectationLines, goalFromDimension, type MoneyContext } from '@shared/plans/goals'
import { workspaceMoney } from '@shared/money'
import { defaultSalesDay } from '@shared/plans/salesDay'
import type { EvidenceChoice } from '@shared/plans/evidence'
import { coachingBefore } from '@shared/plans/rules'
import { describeCheckInPhases, endDateAfter } from '@shared/plans/schedule'
import type { NewRecord } from '../../db/repository'
import type { NewMilestone } from '@shared/plans/checkInSteps'
import type { NewPlanContext } from '../../db/usePlans'
import { managerNameAndTitle } from '@shared/team'

export interface ConcernDraft {
  title: string
  /** One example per line. */
  examples: string
  businessImpact: string
  coachingGiven: PlanConcern['coachingGiven']
}

export interface PlanDraft {
  kind: PlanKind
  repId: string
  title: string
  roleName: string
  managerName: string
  hrContact: string
  startDate: string
  length: '30' | '60' | '90' | 'custom'
  endDate: string
  origin: Plan['origin']
  originRef?: string
  expectations: string[]
  concerns: ConcernDraft[]
  goals: PlanGoal[]
  /** One per line. */
  support: string
  repCommitment: string
  checkInPhases: CheckInPhase[]
  salesDay: SalesDayBlock[]
  milestones: NewMilestone[]
  consequences: string
  /** Why a PIP starts with no coaching on record (asked only then). */
  coachingExplanation: string
}

export const PIP_CONSEQUENCES =
  'If the standards above are not met and sustained by the end of the plan, further action may follow, up to and including termination of employment.'

const DEFAULT_SUPPORT: Record<PlanKind, string[]> = {
  coaching: ['Weekly 15-minute check-in with the manager', 'A structured sales day to follow'],
  pip: [
    'Coaching session with the manager at every check-in',
    'A ride-along or call review every second week',
    'Pairing with a peer who is strong at this for one session a week',
    'A structured sales-day outline (time blocks for prospecting, follow-up, CRM and meetings)'
  ]
}

export interface DraftParams {
  kind: PlanKind
  repId: string
  concern?: string
  evidence?: string
  metric?: string
  fromPlan?: string
}

function goalsFor(
  set: ExpectationSet | undefined,
  metric: MetricKey | undefined,
  money: MoneyContext
) {
  if (!set || !metric) return []
  return set.dimensions.filter((d) => d.metric === metric).map((d) => goalFromDimension(d, money))
}

/** A new plan's starting point, from the link's parameters and the rep's records. */
export function initialDraft(params: DraftParams, ctx: NewPlanContext, today: string): PlanDraft {
  const metric = MetricKeySchema.safeParse(params.metric)
  const set = ctx.expectationSet
  const from = ctx.fromPlan
  const money = workspaceMoney(ctx.settings)
  const activityTarget = set?.dimensions.find((d) => d.metric === 'activities')?.target
  const goals = (
    from?.goals.length ? from.goals : goalsFor(set, metric.success ? metric.data : undefined, money)
  ).map((g) => withBaseline(g, ctx, today))
  const concerns: ConcernDraft[] = from
    ? from.concerns.map((c) => ({ ...c, examples: c.examples.join('\n') }))
    : params.concern || params.evidence
      ? [
          {
            title: params.concern ?? '',
            examples: params.evidence ?? '',
            businessImpact: '',
            coachingGiven: []
          }
        ]
      : []
  const pip = params.kind === 'pip'
  return {
    kind: params.kind,
    repId: params.repId,
    title: pip
      ? '90-day performance improvement plan'
      : params.concern
        ? `Coaching: ${params.concern}`
        : 'Coaching plan',
    roleName: ctx.role?.name ?? '',
    managerName: managerNameAndTitle(ctx.settings),
    hrContact: '',
    startDate: today,
    length: pip ? '90' : '30',
    endDate: endDateAfter(today, pip ? 90 : 30),
    origin: from ? 'coachingPlan' : params.concern ? 'diagnosis' : 'scratch',
    ...(from ? { originRef: from.id } : params.concern ? { originRef: params.concern } : {}),
    expectations: set ? expectationLines(set, money) : [],
    concerns,
    goals,
    support: DEFAULT_SUPPORT[params.kind].join('\n'),
    repCommitment: from?.repCommitment ?? '',
    checkInPhases: pip ? [{ every: 'workday', count: 10 }, { every: 'week' }] : [{ every: 'week' }],
    salesDay: from?.salesDay.length ? from.salesDay : defaultSalesDay(activityTarget),
    milestones: [],
    consequences: pip ? PIP_CONSEQUENCES : '',
    coachingExplanation: ''
  }
}

/** A goal with its baseline filled from the CRM record when the app can count it. */
export function withBaseline(
  goal: PlanGoal,
  ctx: Pick<NewPlanContext, 'activities'>,
  startDate: string
): PlanGoal {
  if (goal.baseline !== undefined) return goal
  const b = baselineBefore(goal, ctx.activities, startDate)
  return b ? { ...goal, baseline: b.value } : goal
}

/** An existing draft back into the form. */
export function draftFromPlan(plan: Plan, milestones: PlanMilestone[]): PlanDraft {
  const days = Math.round((Date.parse(plan.endDate) - Date.parse(plan.startDate)) / 86_400_000)
  const length =
    days === 30 || days === 60 || days === 90 ? (String(days) as '30' | '60' | '90') : 'custom'
  return {
    ...plan,
    length,
    concerns: plan.concerns.map((c) => ({ ...c, examples: c.examples.join('\n') })),
    support: plan.support.join('\n'),
    coachingExplanation: plan.coachingBefore?.explanation ?? '',
    milestones: milestones.map((m) => ({
      title: m.title,
      dueDate: m.dueDate,
      ...(m.goalKey ? { goalKey: m.goalKey } : {})
    }))
  }
}

const lines = (text: string): string[] =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)

/**
 * The form's state as the repository's input. A PIP records the coaching on file when it was
 * written (coach first, then hold accountable), with the manager's explanation if there was none.
 */
export function planInput(
  d: PlanDraft,
  evidence: readonly Pick<EvidenceChoice, 'documentsCoaching'>[] = [],
  today = d.startDate
): NewRecord<'plans'> {
  return {
    kind: d.kind,
    repId: d.repId,
    title: d.title,
    status: 'draft',
    startDate: d.startDate,
    endDate: d.endDate,
    origin: d.origin,
    ...(d.originRef ? { originRef: d.originRef } : {}),
    roleName: d.roleName,
    managerName: d.managerName,
    hrContact: d.hrContact,
    repCommitment: d.repCommitment,
    expectations: d.expectations,
    concerns: d.concerns
      .filter((c) => c.title.trim())
      .map((c) => ({ ...c, examples: lines(c.examples) })),
    goals: d.goals,
    support: lines(d.support),
    checkInSchedule: describeCheckInPhases(d.checkInPhases),
    checkInPhases: d.checkInPhases,
    salesDay: d.salesDay,
    consequences: d.consequences,
    ...(d.kind === 'pip'
      ? { coachingBefore: coachingBefore(evidence, today, d.coachingExplanation) }
      : {})
  }
}
