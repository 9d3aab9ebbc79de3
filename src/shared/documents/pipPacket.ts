import type { CheckIn, Plan, PlanAuditEntry, PlanMilestone } from '../domain'
import { daysBetween } from '../metrics/dates'
import { GOAL_STATUS_LABELS } from '../plans/measure'
import { SALES_DAY_LABELS } from '../plans/salesDay'
import type { DocumentBlock, DocumentModel } from './model'
import { describeValue, noArrows } from './auditWords'
import { safeLine, safeText } from './safeText'

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
  /** SHA-256 of documentToText of this packet without the hash: printed in the footer. */
  contentHash?: string
}

export const RECEIPT_NOT_AGREEMENT =
  'Signing this plan confirms that the employee received it and that it was discussed with them. It does not mean that the employee agrees with it. The employee may add comments, and a refusal to sign is recorded.'

const STATUS_WORDS: Record<Plan['status'], string> = {
  draft: 'Draft',
  hrReview: 'In HR review',
  active: 'Active',
  closed: 'Closed'
}
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
const OUTCOME_WORDS = {
  successful: 'Successful: the standards were met',
  extended: 'Extended to a new date',
  unsuccessful: 'Unsuccessful: the standards were not met'
} as const
const CHECK_IN_WORDS: Record<CheckIn['status'], string> = {
  scheduled: 'Scheduled',
  held: 'Held',
  missed: 'Missed'
}

const t = (text: string): string => safeText(text)
const orNone = (text: string, none = 'None recorded.'): string => (text.trim() ? t(text) : none)
const num = (n: number | undefined): string => (n === undefined ? '—' : String(n))

/** The packet's title: "Performance improvement plan" or "Coaching plan". */
export const packetKindName = (plan: Pick<Plan, 'kind'>): string =>
  plan.kind === 'pip' ? 'Performance improvement plan' : 'Coaching plan'

function detailsBlocks(input: PacketInput): DocumentBlock[] {
  const { plan } = input
  const days = daysBetween(plan.startDate, plan.endDate)
  const origin =
    plan.origin === 'coachingPlan' && input.coachingPlan
      ? `Follows the coaching plan “${t(input.coachingPlan.title)}” (${input.coachingPlan.startDate} to ${input.coachingPlan.endDate})`
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
        { label: 'Plan period', value: `${plan.startDate} to ${plan.endDate} (${days} days)` },
        { label: 'Status', value: STATUS_WORDS[plan.status] },
        { label: 'Started from', value: origin }
      ]
    }
  ]
}

function concernBlocks(plan: Plan, input: PacketInput): DocumentBlock[] {
  const out: DocumentBlock[] = [{ kind: 'heading', level: 2, text: '3. Specific concerns' }]
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
        summary: `Coaching plan “${cp.title}” ${cp.startDate} to ${cp.endDate}${cp.repCommitment ? `; rep's commitment: ${cp.repCommitment}` : ''}${cp.outcome ? `; outcome: ${cp.outcome.result}` : ''}`
      })
    }
    out.push(
      given.length > 0
        ? {
            kind: 'table',
            columns: ['Date', 'Coaching given'],
            rows: given.map((g) => [g.date, t(g.summary)])
          }
        : { kind: 'paragraph', text: 'None recorded.', tone: 'muted' }
    )
  })
  return out
}

function goalBlocks(plan: Plan): DocumentBlock[] {
  const rows = plan.goals.map((g) => {
    const role =
      g.roleTarget === undefined
        ? '—'
        : g.target !== undefined && g.target !== g.roleTarget
          ? `${g.roleTarget} (differs; reason: ${g.deviationReason.trim() ? t(g.deviationReason) : 'none given'})`
          : `${g.roleTarget} (same)`
    return [
      t(g.description),
      t(g.standard),
      num(g.baseline),
      num(g.target),
      orNone(g.howMeasured, '—'),
      role
    ]
  })
  return [
    { kind: 'heading', level: 2, text: '4. Measurable goals' },
    {
      kind: 'table',
      columns: [
        'Goal',
        'Standard to reach',
        'Baseline',
        'Target',
        'How measured',
        "Role's standard"
      ],
      rows
    }
  ]
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
            ? `${dates.length}, from ${dates[0]} to ${dates.at(-1)}`
            : 'Scheduled when the plan becomes active'
        }
      ]
    },
    { kind: 'heading', level: 2, text: '7. Milestones' },
    milestones.length > 0
      ? {
          kind: 'table',
          columns: ['Due', 'Milestone', 'Goal', 'Status'],
          rows: milestones.map((m) => [m.dueDate, t(m.title), t(goalName(m.goalKey)), m.status])
        }
      : { kind: 'paragraph', text: 'No milestones recorded.' }
  ]
}

function acknowledgementBlocks(plan: Plan): DocumentBlock[] {
  const ack = plan.acknowledgement
  const fields = ack
    ? [
        { label: 'Received on', value: ack.receivedOn ?? ack.signedOn ?? '—' },
        { label: 'How', value: ack.method ? METHOD_WORDS[ack.method] : '—' },
        {
          label: 'Signature',
          value: ack.refusedToSign
            ? 'The employee refused to sign'
            : ack.signedOn
              ? `Signed on ${ack.signedOn}`
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
    { kind: 'signatures', lines: ['Employee', 'Manager', ...(plan.kind === 'pip' ? ['HR'] : [])] }
  ]
}

function checkInLogBlocks(plan: Plan, checkIns: readonly CheckIn[]): DocumentBlock[] {
  const goalName = (key: string) => plan.goals.find((g) => g.key === key)?.description ?? key
  const rows = [...checkIns]
    .sort((a, b) => a.scheduledFor.localeCompare(b.scheduledFor))
    .map((c) => [
      c.scheduledFor,
      // A check-in still open when the plan closed was never held: say so, not "scheduled".
      c.status === 'scheduled' && plan.status === 'closed'
        ? 'Not held (plan closed)'
        : c.status === 'held' && c.heldOn && c.heldOn !== c.scheduledFor
          ? `Held ${c.heldOn}`
          : CHECK_IN_WORDS[c.status],
      c.goalChecks
        .map(
          (g) =>
            `${goalName(g.goalKey)}: ${GOAL_STATUS_LABELS[g.status]}${g.measured === undefined ? '' : ` (measured ${g.measured}${g.measuredNote ? `: ${g.measuredNote}` : ''})`}`
        )
        .map(t)
        .join('\n') || '—',
      orNone(c.notes, '—'),
      orNone(c.nextSteps, '—')
    ])
  return [
    { kind: 'heading', level: 2, text: '10. Check-in log' },
    rows.length > 0
      ? { kind: 'table', columns: ['Date', 'Status', 'Goals', 'Notes', 'Next steps'], rows }
      : { kind: 'paragraph', text: 'No check-ins yet.' }
  ]
}

function outcomeBlocks(plan: Plan): DocumentBlock[] {
  const o = plan.outcome
  return [
    { kind: 'heading', level: 2, text: '11. Outcome' },
    o
      ? {
          kind: 'fields',
          fields: [
            { label: 'Outcome', value: OUTCOME_WORDS[o.result] },
            { label: 'Decided on', value: o.decidedOn },
            ...(o.extendedTo ? [{ label: 'Extended to', value: o.extendedTo }] : []),
            { label: 'Note', value: orNone(o.note, '—') }
          ]
        }
      : {
          kind: 'paragraph',
          text: `Not decided yet: the plan is ${STATUS_WORDS[plan.status].toLowerCase()}.`
        }
  ]
}

function appendixBlocks(plan: Plan, auditLog: readonly PlanAuditEntry[]): DocumentBlock[] {
  const evidence = plan.concerns.flatMap((c) => [
    ...c.examples.filter((e) => e.trim()).map((e) => ['', t(c.title), 'Example', t(e)]),
    ...c.coachingGiven.map((g) => [
      g.date,
      t(c.title),
      'Coaching given',
      t(g.summary + (g.ref ? ` [record ${g.ref}]` : ''))
    ])
  ])
  // Exports are logged too, but left out here so exporting again does not change the packet.
  const changes = auditLog
    .filter((e) => e.action !== 'exported')
    .map((e) => [
      e.at.replace('T', ' ').slice(0, 19) + ' UTC',
      t(e.by || '—'),
      t(noArrows(e.summary)),
      t(describeValue(e.before)),
      t(describeValue(e.after))
    ])
  return [
    { kind: 'pageBreak' },
    { kind: 'heading', level: 2, text: 'Appendix A. Evidence' },
    evidence.length > 0
      ? { kind: 'table', columns: ['Date', 'Concern', 'Kind', 'Record'], rows: evidence }
      : { kind: 'paragraph', text: 'No evidence recorded.' },
    { kind: 'heading', level: 2, text: 'Appendix B. Record of changes' },
    {
      kind: 'paragraph',
      text: 'Every change since the plan was created, as logged by Fieldbook. Once a plan is active its record is append-only: nothing above was edited without an entry here.',
      tone: 'muted'
    },
    changes.length > 0
      ? { kind: 'table', columns: ['When', 'Who', 'What', 'From', 'To'], rows: changes }
      : { kind: 'paragraph', text: 'No entries.' }
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
  const blocks: DocumentBlock[] = [
    ...detailsBlocks(input),
    { kind: 'heading', level: 2, text: "2. The role's expectations" },
    plan.expectations.length > 0
      ? { kind: 'list', items: plan.expectations.map(t) }
      : { kind: 'paragraph', text: 'None recorded.' },
    ...concernBlocks(plan, input),
    ...goalBlocks(plan),
    ...supportBlocks(plan),
    ...scheduleBlocks(input),
    { kind: 'heading', level: 2, text: '8. Consequences' },
    { kind: 'paragraph', text: orNone(plan.consequences) },
    ...acknowledgementBlocks(plan),
    ...checkInLogBlocks(plan, input.checkIns),
    ...outcomeBlocks(plan),
    ...appendixBlocks(plan, input.auditLog)
  ]
  return {
    title: `${packetKindName(plan)}: ${safeLine(input.repName, 200)}`,
    subtitle: safeLine(`${plan.title} · ${plan.startDate} to ${plan.endDate}`, 1_000),
    ...(plan.managerName.trim() ? { author: safeLine(plan.managerName, 200) } : {}),
    createdOn: input.createdOn,
    ...(input.contentHash ? { footer: hashFooter(input.contentHash) } : {}),
    blocks
  }
}

export const hashFooter = (hash: string): string => `Content hash (SHA-256): ${hash}`

/** The day a packet is dated: the decision day once closed, so the final version is stable. */
export const packetDate = (plan: Pick<Plan, 'status' | 'outcome'>, today: string): string =>
  plan.status === 'closed' && plan.outcome ? plan.outcome.decidedOn : today
