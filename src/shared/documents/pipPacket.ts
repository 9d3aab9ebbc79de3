import type { CheckIn, Plan, PlanAuditEntry, PlanMilestone } from '../domain'
import { daysBetween } from '../metrics/dates'
import type { MoneyContext } from '../plans/goals'
import { SALES_DAY_LABELS } from '../plans/salesDay'
import type { DocumentBlock, DocumentModel } from './model'
import { verifyChain } from '../plans/auditChain'
import {
  appendixBlocks,
  chainFooter,
  checkInLogBlocks,
  goalBlocks,
  outcomeBlocks,
  STATUS_WORDS
} from './pipPacketLog'
import { coachingFirstBlocks, hrReviewBlocks } from './pipPacketReview'
import { safeLine, safeText } from './safeText'
import { formatDay, writeDaysIn } from '../words/dates'

export interface PacketInput {
  plan: Plan
  repName: string
  repEmail?: string
  milestones: readonly PlanMilestone[]
  checkIns: readonly CheckIn[]
  auditLog: readonly PlanAuditEntry[]
  /** The coaching plan a PIP follows, cited as coaching already given. */
  coachingPlan?: Pick<
    Plan,
    'title' | 'startDate' | 'endDate' | 'repCommitment' | 'status' | 'outcome'
  >
  /** The day the document is made; a closed plan's packet uses the decision day instead. */
  createdOn: string
  /** The workspace's currency and locale: money goals print as money (USD when absent). */
  money?: MoneyContext
  /** The role's current expectations, printed when the plan recorded none (older plans). */
  roleExpectations?: readonly string[]
}

export const RECEIPT_NOT_AGREEMENT =
  'Signing this plan confirms that the employee received it and that it was discussed with them. It does not mean that the employee agrees with it. The employee may add comments, and a refusal to sign is recorded.'

const ORIGIN_WORDS: Record<Plan['origin'], string> = {
  diagnosis: 'A finding of the diagnosis',
  coachingPlan: 'A coaching plan that did not reach its goals',
  scratch: 'Written from scratch'
}
const METHOD_WORDS = {
  inPerson: 'In person',
  email: 'By email',
  videoCall: 'On a video call',
  phone: 'By phone',
  other: 'Other'
} as const
const MILESTONE_WORDS = { pending: 'Pending', met: 'Met', missed: 'Missed' } as const
const OUTCOME_SHORT = {
  successful: 'successful',
  extended: 'extended',
  unsuccessful: 'unsuccessful'
} as const

const t = (text: string): string => safeText(text)
const orNone = (text: string, none = 'None recorded.'): string => (text.trim() ? t(text) : none)

/** The packet's title: "Performance improvement plan" or "Coaching plan". */
export const packetKindName = (plan: Pick<Plan, 'kind'>): string =>
  plan.kind === 'pip' ? 'Performance improvement plan' : 'Coaching plan'

/** Every day in the packet is written the one way the workspace's locale writes days. */
const dayIn = (input: PacketInput) => (d: string | undefined) => formatDay(d, input.money?.locale)

function detailsBlocks(input: PacketInput): DocumentBlock[] {
  const day = dayIn(input)
  const { plan } = input
  const days = daysBetween(plan.startDate, plan.endDate)
  const origin =
    plan.origin === 'coachingPlan' && input.coachingPlan
      ? `Follows the coaching plan “${t(input.coachingPlan.title)}” (${day(input.coachingPlan.startDate)} to ${day(input.coachingPlan.endDate)})`
      : plan.origin === 'diagnosis' && plan.originRef
        ? `${ORIGIN_WORDS.diagnosis}: ${t(plan.originRef)}`
        : ORIGIN_WORDS[plan.origin]
  return [
    { kind: 'heading', level: 2, text: '1. Plan details' },
    {
      kind: 'fields',
      fields: [
        {
          label: 'Employee',
          value: t(input.repName) + (input.repEmail ? ` (${t(input.repEmail)})` : '')
        },
        { label: 'Role', value: orNone(plan.roleName, '—') },
        { label: 'Manager', value: orNone(plan.managerName, '—') },
        { label: 'HR contact', value: orNone(plan.hrContact, '—') },
        {
          label: 'Plan period',
          value: `${day(plan.startDate)} to ${day(plan.endDate)} (${days} days)`
        },
        { label: 'Status', value: STATUS_WORDS[plan.status] },
        { label: 'Started from', value: origin }
      ]
    },
    ...hrReviewBlocks(plan, input.money?.locale)
  ]
}

function concernBlocks(plan: Plan, input: PacketInput): DocumentBlock[] {
  const day = dayIn(input)
  const out: DocumentBlock[] = [
    { kind: 'heading', level: 2, text: '3. Specific concerns' },
    ...coachingFirstBlocks(plan, input.money?.locale)
  ]
  if (plan.concerns.length === 0) out.push({ kind: 'paragraph', text: 'No concerns recorded.' })
  plan.concerns.forEach((c, i) => {
    out.push({ kind: 'heading', level: 3, text: safeLine(`3.${i + 1} ${c.title}`) })
    out.push({ kind: 'paragraph', text: 'Examples', tone: 'strong' })
    out.push(
      c.examples.filter((e) => e.trim()).length > 0
        ? { kind: 'list', items: c.examples.filter((e) => e.trim()).map(t) }
        : { kind: 'paragraph', text: 'No examples recorded.', tone: 'muted' }
    )
    out.push({
      kind: 'fields',
      fields: [{ label: 'Business impact', value: orNone(c.businessImpact) }]
    })
    out.push({ kind: 'paragraph', text: 'Coaching already given', tone: 'strong' })
    const given = [...c.coachingGiven].sort((a, b) => a.date.localeCompare(b.date))
    if (i === 0 && plan.origin === 'coachingPlan' && input.coachingPlan) {
      const cp = input.coachingPlan
      given.unshift({
        date: cp.startDate,
        summary: `Coaching plan “${cp.title}” ${day(cp.startDate)} to ${day(cp.endDate)}${cp.repCommitment ? `; rep's commitment: ${cp.repCommitment}` : ''}${cp.outcome ? `; outcome: ${OUTCOME_SHORT[cp.outcome.result]}` : ''}`
      })
    }
    out.push(
      given.length > 0
        ? {
            kind: 'table',
            columns: ['Date', 'Coaching given'],
            rows: given.map((g) => [day(g.date), t(writeDaysIn(g.summary, input.money?.locale))])
          }
        : { kind: 'paragraph', text: 'None recorded.', tone: 'muted' }
    )
  })
  return out
}

function supportBlocks(plan: Plan): DocumentBlock[] {
  const out: DocumentBlock[] = [
    { kind: 'heading', level: 2, text: '5. Actions, support and training the company provides' },
    plan.support.filter((s) => s.trim()).length > 0
      ? { kind: 'list', items: plan.support.filter((s) => s.trim()).map(t) }
      : { kind: 'paragraph', text: 'None recorded.' },
    {
      kind: 'fields',
      fields: [{ label: "Employee's commitment", value: orNone(plan.repCommitment) }]
    }
  ]
  if (plan.salesDay.length > 0) {
    out.push({ kind: 'heading', level: 3, text: 'Structured sales day' })
    out.push({
      kind: 'table',
      columns: ['Time', 'Block', 'What', 'Aim'],
      rows: plan.salesDay.map((b) => [
        `${b.start}–${b.end}`,
        SALES_DAY_LABELS[b.activity],
        t(b.what),
        t(b.aim)
      ])
    })
  }
  return out
}

function scheduleBlocks(input: PacketInput): DocumentBlock[] {
  const day = dayIn(input)
  const { plan } = input
  const dates = [...input.checkIns].map((c) => c.scheduledFor).sort()
  const milestones = [...input.milestones].sort((a, b) => a.dueDate.localeCompare(b.dueDate))
  const goalName = (key?: string) => plan.goals.find((g) => g.key === key)?.description ?? '—'
  return [
    { kind: 'heading', level: 2, text: '6. Check-in schedule' },
    {
      kind: 'fields',
      fields: [
        { label: 'Schedule', value: orNone(plan.checkInSchedule, '—') },
        {
          label: 'Check-ins',
          value: dates.length
            ? `${dates.length}, from ${day(dates[0])} to ${day(dates.at(-1))}`
            : 'Scheduled when the plan becomes active'
        }
      ]
    },
    { kind: 'heading', level: 2, text: '7. Milestones' },
    milestones.length > 0
      ? {
          kind: 'table',
          columns: ['Due', 'Milestone', 'Goal', 'Status'],
          rows: milestones.map((m) => [
            day(m.dueDate),
            t(m.title),
            t(goalName(m.goalKey)),
            MILESTONE_WORDS[m.status]
          ])
        }
      : { kind: 'paragraph', text: 'No milestones recorded.' }
  ]
}

function acknowledgementBlocks(
  plan: Plan,
  repName: string,
  day: (d: string | undefined) => string
): DocumentBlock[] {
  const ack = plan.acknowledgement
  const fields = ack
    ? [
        { label: 'Received on', value: day(ack.receivedOn ?? ack.signedOn) },
        { label: 'How', value: ack.method ? METHOD_WORDS[ack.method] : '—' },
        {
          label: 'Signature',
          value: ack.refusedToSign
            ? 'The employee refused to sign'
            : ack.signedOn
              ? `Signed on ${day(ack.signedOn)}`
              : 'Not signed'
        },
        ...(ack.witness.trim() ? [{ label: 'Witness', value: t(ack.witness) }] : []),
        { label: "Employee's comments", value: orNone(ack.employeeComments, 'No comments.') }
      ]
    : [{ label: 'Receipt', value: 'Not recorded yet' }]
  return [
    { kind: 'heading', level: 2, text: '9. Acknowledgement' },
    { kind: 'paragraph', text: RECEIPT_NOT_AGREEMENT, tone: 'strong' },
    { kind: 'fields', fields },
    {
      kind: 'signatures',
      lines: [
        `Employee (${safeLine(repName, 120)})`,
        `Manager (${safeLine(plan.managerName, 160) || 'The manager'})`,
        ...(plan.kind === 'pip'
          ? [`HR (${safeLine(plan.hrReview?.reviewer ?? plan.hrContact, 160) || 'HR contact'})`]
          : [])
      ]
    }
  ]
}

/**
 * The PIP packet HR expects, as a document model: plan details, the role's expectations,
 * concerns with examples, impact and coaching given, measurable goals, support, schedule,
 * milestones, consequences, acknowledgement, the dated check-in log, the outcome and an
 * evidence appendix with the record of changes. The same builder makes a coaching plan's
 * document (no consequences section unless written).
 */
export function buildPipPacket(input: PacketInput): DocumentModel {
  const { plan } = input
  const money = input.money ?? { currency: 'USD' }
  const day = dayIn(input)
  const expectations =
    plan.expectations.length > 0 ? plan.expectations : (input.roleExpectations ?? [])
  const blocks: DocumentBlock[] = [
    ...detailsBlocks(input),
    { kind: 'heading', level: 2, text: "2. The role's expectations" },
    expectations.length > 0
      ? { kind: 'list', items: expectations.map(t) }
      : { kind: 'paragraph', text: "The employee's role has no written expectations." },
    ...concernBlocks(plan, input),
    ...goalBlocks(plan, money),
    ...supportBlocks(plan),
    ...scheduleBlocks(input),
    { kind: 'heading', level: 2, text: '8. Consequences' },
    { kind: 'paragraph', text: orNone(plan.consequences) },
    ...acknowledgementBlocks(plan, input.repName, day),
    ...checkInLogBlocks(plan, input.checkIns, money),
    ...outcomeBlocks(plan, money.locale),
    ...appendixBlocks(plan, input.auditLog, money.locale)
  ]
  return {
    title: `${packetKindName(plan)}: ${safeLine(input.repName, 200)}`,
    subtitle: safeLine(`${plan.title} · ${day(plan.startDate)} to ${day(plan.endDate)}`, 1_000),
    ...(plan.managerName.trim() ? { author: safeLine(plan.managerName, 200) } : {}),
    createdOn: input.createdOn,
    ...(money.locale ? { locale: money.locale } : {}),
    // The record's hash chain, checked now: printed on every page and in Appendix B.
    footer: chainFooter(verifyChain(input.auditLog)),
    blocks
  }
}

/** The day a packet is dated: the decision day once closed, so the final version is stable. */
export const packetDate = (plan: Pick<Plan, 'status' | 'outcome'>, today: string): string =>
  plan.status === 'closed' && plan.outcome ? plan.outcome.decidedOn : today
