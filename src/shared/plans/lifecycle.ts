import type {
  CalendarDate,
  HrReview,
  Plan,
  PlanAcknowledgement,
  PlanAuditEntry,
  PlanOutcome,
  PlanStatus
} from '../domain'
import { exportSummary, type ExportedFile } from './exportRecords'
import { goalDeviations } from './goals'
import { hrReviewSentence } from './rules'
import { checkInDates } from './schedule'

/**
 * The plan lifecycle as a pure state machine: draft → HR review → active → closed (HR may send
 * a plan back to draft). Each step either refuses with the sentence the manager reads, or says
 * what the plan becomes and what the audit log records. The repository only persists that.
 */

/** Which status may follow which: draft → HR review → active → closed (HR may send back). */
export const ALLOWED_TRANSITIONS: Record<PlanStatus, readonly PlanStatus[]> = {
  draft: ['hrReview'],
  hrReview: ['draft', 'active'],
  active: ['closed'],
  closed: []
}

export const STATUS_WORDS: Record<PlanStatus, string> = {
  draft: 'draft',
  hrReview: 'HR review',
  active: 'active',
  closed: 'closed'
}

const OUTCOME_WORDS: Record<PlanOutcome['result'], string> = {
  successful: 'successful, the standards were met',
  extended: 'extended',
  unsuccessful: 'unsuccessful, the standards were not met'
}

/** Fields that change only through their own dated step, never through recordChange. */
const OWN_STEP_FIELDS: ReadonlySet<string> = new Set([
  'status',
  'acknowledgement',
  'outcome',
  'finalHash',
  'repId',
  'hrReview'
])

/** Fields a draft does not have yet: they come with their own step later. */
const LATER_FIELDS = ['acknowledgement', 'outcome', 'finalHash', 'hrReview'] as const

/** One audit entry as the machine decides it; the repository adds id, plan, who and when. */
export interface AuditDraft {
  action: PlanAuditEntry['action']
  summary: string
  field?: string | undefined
  before?: unknown
  after?: unknown
}

export type Refusal = { ok: false; problem: string }
export type Decision<T> = ({ ok: true; audit: AuditDraft[] } & T) | Refusal

/** A plan step: the fields to write, and the check-in days activation schedules. */
export type PlanStep = Decision<{ next: Partial<Plan>; checkInDates: CalendarDate[] }>

export type PlanAction =
  | { type: 'changeStatus'; status: PlanStatus; summary?: string | undefined }
  | { type: 'recordHrReview'; review: HrReview }
  | { type: 'close'; outcome: PlanOutcome }
  | { type: 'acknowledge'; acknowledgement: PlanAcknowledgement }
  | { type: 'recordChange'; field: string; after: unknown; summary: string }
  | { type: 'addNote'; text: string }
  /** `packet`: the plan's own document (PIP packet or coaching plan), whose hash can be final. */
  | { type: 'recordExport'; file: ExportedFile; packet: boolean }

export interface PlanContext {
  /** The local calendar day the step is taken on. */
  today: CalendarDate
}

/** Plans are editable while draft or in HR review; once active the record is append-only. */
export function isAppendOnly(plan: Pick<Plan, 'status'>): boolean {
  return plan.status === 'active' || plan.status === 'closed'
}

export const kindName = (plan: Pick<Plan, 'kind'>): string =>
  plan.kind === 'pip' ? 'PIP' : 'Coaching plan'

export const audit = (
  action: AuditDraft['action'],
  summary: string,
  field?: string,
  before?: unknown,
  after?: unknown
): AuditDraft => ({ action, summary, field, before, after })

export const refuse = (problem: string): Refusal => ({ ok: false, problem })

const step = (
  next: Partial<Plan>,
  entries: AuditDraft[],
  dates: CalendarDate[] = []
): PlanStep => ({
  ok: true,
  next,
  audit: entries,
  checkInDates: dates
})

/** Every plan starts as a draft, so nothing reaches "active" without the logged steps. */
export function planCreation(input: Pick<Plan, 'status' | 'kind'>): Decision<object> {
  if (input.status !== 'draft') return refuse('A new plan starts as a draft.')
  return { ok: true, audit: [audit('created', `${kindName(input)} created as a draft`)] }
}

/** Why free edits to a plan are refused (append-only, status, later fields), if they are. */
export function draftEditProblem(
  current: Pick<Plan, 'status'> | undefined,
  changes: Partial<Plan>
): string | undefined {
  if (current && isAppendOnly(current))
    return `This plan is ${current.status}: its record is append-only. Record a dated change instead of editing.`
  if (changes.status && current && changes.status !== current.status)
    return 'Change a plan’s status with changeStatus, so the change is logged.'
  for (const field of LATER_FIELDS) if (field in changes) return `A draft has no ${field} yet.`
  return undefined
}

/** What is refused whatever the plan: asked for before the plan is even read. */
export function requestProblem(action: PlanAction): string | undefined {
  if (action.type === 'changeStatus' && action.status === 'closed')
    return 'Close a plan with its outcome (close).'
  if (action.type === 'recordChange' && OWN_STEP_FIELDS.has(action.field))
    return `The ${action.field} of a plan changes only through its own step.`
  if (action.type === 'addNote' && !action.text.trim()) return 'A note needs some text.'
  return undefined
}

/** One step of a plan's life: refused with the reason, or what to write and to log. */
export function planTransition(plan: Plan, action: PlanAction, context: PlanContext): PlanStep {
  const early = requestProblem(action)
  if (early) return refuse(early)
  switch (action.type) {
    case 'changeStatus':
      if (plan.status === 'hrReview')
        return refuse(
          'A plan leaves HR review with HR’s decision: record who at HR reviewed it, when, how and what they decided.'
        )
      return moveTo(plan, action.status, action.summary)
    case 'recordHrReview':
      return hrDecision(plan, action.review, context)
    case 'close':
      return close(plan, action.outcome)
    case 'acknowledge':
      return acknowledge(plan, action.acknowledgement)
    case 'recordChange':
      if (plan.status === 'closed') return refuse('A closed plan cannot change.')
      return step({ [action.field]: action.after }, [
        audit(
          'fieldChanged',
          action.summary,
          action.field,
          plan[action.field as keyof Plan],
          action.after
        )
      ])
    case 'addNote':
      if (plan.status === 'closed') return refuse('A closed plan cannot change.')
      return step({}, [audit('noteAdded', action.text.trim())])
    case 'recordExport': {
      const fixes = action.packet && plan.status === 'closed' && !plan.finalHash
      return step(fixes ? { finalHash: action.file.sha256 } : {}, [
        audit('exported', exportSummary(action.file), 'document', undefined, action.file)
      ])
    }
  }
}

/**
 * The status change itself. Sending to HR review needs every goal that differs from the role's
 * standard explained; activation schedules the dated check-ins from the plan's phases.
 */
function moveTo(plan: Plan, status: PlanStatus, summary?: string, extra: Partial<Plan> = {}) {
  if (!ALLOWED_TRANSITIONS[plan.status].includes(status))
    return refuse(`A plan cannot go from ${STATUS_WORDS[plan.status]} to ${STATUS_WORDS[status]}.`)
  if (status === 'hrReview') {
    const unexplained = goalDeviations(plan.goals, []).filter((d) => !d.explained)
    if (unexplained.length > 0)
      return refuse(
        `Explain why these goals differ from the role's standard first: ${unexplained.map((d) => d.description).join(', ')}.`
      )
  }
  const entries = [
    audit(
      'statusChanged',
      summary ?? `Status changed from ${STATUS_WORDS[plan.status]} to ${STATUS_WORDS[status]}`,
      'status',
      plan.status,
      status
    )
  ]
  const dates =
    status === 'active' ? checkInDates(plan.checkInPhases, plan.startDate, plan.endDate) : []
  if (dates.length > 0)
    entries.push(
      audit(
        'checkInAdded',
        `${dates.length} check-ins scheduled from ${dates[0]} to ${dates.at(-1)}`,
        'checkIns',
        undefined,
        dates
      )
    )
  return step({ ...extra, status }, entries, dates)
}

/**
 * The HR gate: a plan leaves HR review only with HR's decision as HR gave it, from a named
 * reviewer, on a day that has come and not before the plan was written. Approved makes the
 * plan active; changes requested sends it back to draft.
 */
function hrDecision(plan: Plan, review: HrReview, context: PlanContext): PlanStep {
  if (plan.status !== 'hrReview')
    return refuse('HR’s decision is recorded while the plan is in HR review.')
  if (!review.reviewer.trim()) return refuse('Name the person at HR who reviewed the plan.')
  if (review.reviewedOn > context.today)
    return refuse(`The review date ${review.reviewedOn} has not come yet.`)
  if (review.reviewedOn < plan.createdAt.slice(0, 10))
    return refuse('The review date is before the plan was written.')
  const note = review.note.trim() ? ` HR’s note: ${review.note.trim()}` : ''
  return moveTo(
    { ...plan, hrReview: review },
    review.decision === 'approved' ? 'active' : 'draft',
    `HR review recorded: ${hrReviewSentence(review)}${note}`,
    { hrReview: review }
  )
}

/** The decision at the end: extended keeps the plan active to a new end date. */
function close(plan: Plan, outcome: PlanOutcome): PlanStep {
  if (plan.status !== 'active') return refuse('Only an active plan gets an outcome.')
  if (outcome.result === 'extended') {
    if (!outcome.extendedTo || outcome.extendedTo <= plan.endDate)
      return refuse('An extension needs a new end date after the current one.')
    return step({ outcome, endDate: outcome.extendedTo }, [
      audit(
        'outcomeRecorded',
        `Outcome recorded: extended to ${outcome.extendedTo}`,
        'outcome',
        plan.outcome,
        outcome
      ),
      audit(
        'fieldChanged',
        'End date moved by the extension',
        'endDate',
        plan.endDate,
        outcome.extendedTo
      )
    ])
  }
  return step({ outcome, status: 'closed' }, [
    audit(
      'outcomeRecorded',
      `Outcome recorded: ${OUTCOME_WORDS[outcome.result]}`,
      'outcome',
      plan.outcome,
      outcome
    ),
    audit('statusChanged', 'Plan closed', 'status', 'active', 'closed')
  ])
}

/** Receipt of the plan (signed or refused), once, while it is active. */
function acknowledge(plan: Plan, ack: PlanAcknowledgement): PlanStep {
  if (plan.status !== 'active') return refuse('A plan is acknowledged once it is active.')
  if (plan.acknowledgement)
    return refuse('Receipt is already recorded; add a note for anything later.')
  const how = ack.refusedToSign
    ? 'the employee refused to sign'
    : ack.signedOn
      ? `signed by the employee on ${ack.signedOn}`
      : 'not signed'
  return step({ acknowledgement: ack }, [
    audit('acknowledged', `Receipt of the plan recorded: ${how}`)
  ])
}
