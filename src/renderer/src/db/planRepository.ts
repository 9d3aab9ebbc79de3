import { format } from 'date-fns'
import type {
  CheckIn,
  GoalCheck,
  HrReview,
  Plan,
  PlanAcknowledgement,
  PlanAuditEntry,
  PlanMilestone,
  PlanOutcome,
  PlanStatus
} from '@shared/domain'
import { CheckIn as CheckInSchema, PlanMilestone as PlanMilestoneSchema } from '@shared/domain'
import { goalDeviations } from '@shared/plans/goals'
import { GOAL_STATUS_LABELS } from '@shared/plans/measure'
import { checkInDateProblem, hrReviewSentence } from '@shared/plans/rules'
import { checkInDates } from '@shared/plans/schedule'
import { ValidationError } from '@shared/validation'
import type { FieldbookDb } from './database'
import { appendAuditEntry } from './planAudit'
import { Repository, type NewRecord, type RepositoryContext } from './repository'

/** Which status may follow which: draft → HR review → active → closed (HR may send back). */
const allowedTransitions: Record<PlanStatus, PlanStatus[]> = {
  draft: ['hrReview'],
  hrReview: ['draft', 'active'],
  active: ['closed'],
  closed: []
}

/** Plans are editable while draft or in HR review; once active the record is append-only. */
export function isAppendOnly(plan: Pick<Plan, 'status'>): boolean {
  return plan.status === 'active' || plan.status === 'closed'
}

/** Fields that change only through their own dated step, never through recordChange. */
const OWN_STEP_FIELDS = new Set([
  'status',
  'acknowledgement',
  'outcome',
  'finalHash',
  'repId',
  'hrReview'
])

const STATUS_WORDS: Record<PlanStatus, string> = {
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

export type NewMilestone = Pick<PlanMilestone, 'title' | 'dueDate' | 'goalKey'>

export interface CheckInResult {
  status: 'held' | 'missed'
  heldOn?: string
  /** Required when the check-in was held before its scheduled day. */
  earlyReason?: string
  goalChecks: GoalCheck[]
  notes: string
  nextSteps: string
}

/**
 * The only writer of plans, their milestones and check-ins. Drafts are edited freely; from
 * "active" on, every change is a method here that writes the change and a dated audit entry
 * (who, when, what from what) in one transaction. There is no delete.
 */
export class PlanRepository extends Repository<'plans'> {
  constructor(db: FieldbookDb, ctx: RepositoryContext) {
    super(db, 'plans', ctx)
  }

  protected override label(): string {
    return 'A plan'
  }

  private get tables() {
    return [
      this.db.plans,
      this.db.planAuditLog,
      this.db.checkIns,
      this.db.planMilestones,
      this.db.settings
    ]
  }

  /** Every plan starts as a draft, so nothing reaches "active" without the logged steps. */
  override async add(input: NewRecord<'plans'>, milestones: NewMilestone[] = []): Promise<Plan> {
    if (input.status !== 'draft') throw new ValidationError('A new plan starts as a draft.')
    return this.db.transaction('rw', this.tables, async () => {
      const plan = await super.add(input)
      await this.replaceMilestones(plan, milestones)
      await this.audit(plan.id, 'created', `${kindName(plan)} created as a draft`)
      return plan
    })
  }

  /** Free edits, refused once the plan is active: use recordChange then. */
  override async update(id: string, changes: Partial<NewRecord<'plans'>>): Promise<Plan> {
    const current = await this.get(id)
    if (current && isAppendOnly(current)) {
      throw new ValidationError(
        `This plan is ${current.status}: its record is append-only. Record a dated change instead of editing.`
      )
    }
    if (changes.status && current && changes.status !== current.status) {
      throw new ValidationError(
        'Change a plan’s status with changeStatus, so the change is logged.'
      )
    }
    for (const field of ['acknowledgement', 'outcome', 'finalHash', 'hrReview'] as const) {
      if (field in changes) throw new ValidationError(`A draft has no ${field} yet.`)
    }
    return super.update(id, changes)
  }

  /** Saves a draft's fields and its milestones together. */
  async saveDraft(
    id: string,
    changes: Partial<NewRecord<'plans'>>,
    milestones: NewMilestone[]
  ): Promise<Plan> {
    return this.db.transaction('rw', this.tables, async () => {
      const plan = await this.update(id, changes)
      await this.replaceMilestones(plan, milestones)
      return plan
    })
  }

  /** A dated, logged change to one field of an active plan (a goal, the end date…). */
  async recordChange<K extends keyof NewRecord<'plans'>>(
    id: string,
    field: K,
    after: NewRecord<'plans'>[K],
    summary: string
  ): Promise<Plan> {
    if (OWN_STEP_FIELDS.has(String(field))) {
      throw new ValidationError(`The ${String(field)} of a plan changes only through its own step.`)
    }
    return this.db.transaction('rw', this.tables, async () => {
      const current = await this.require(id)
      if (current.status === 'closed') throw new ValidationError('A closed plan cannot change.')
      const next = await super.update(id, { [field]: after } as Partial<NewRecord<'plans'>>)
      await this.audit(id, 'fieldChanged', summary, String(field), current[field], after)
      return next
    })
  }

  /**
   * Moves a plan along its lifecycle. Sending to HR review needs every goal that differs from
   * the role's standard explained; activation writes the dated check-ins from the schedule.
   * Closing goes through `close`, which records the outcome.
   */
  async changeStatus(id: string, status: PlanStatus, summary?: string): Promise<Plan> {
    if (status === 'closed') throw new ValidationError('Close a plan with its outcome (close).')
    return this.db.transaction('rw', this.tables, async () => {
      const current = await this.require(id)
      if (current.status === 'hrReview') {
        throw new ValidationError(
          'A plan leaves HR review with HR’s decision: record who at HR reviewed it, when, how and what they decided.'
        )
      }
      return this.moveTo(current, status, summary)
    })
  }

  /**
   * HR's decision on a plan in HR review, as HR gave it: approved makes the plan active (and
   * writes its check-ins), changes requested sends it back to draft. The manager records it;
   * the reviewer's name is required, so nobody approves on HR's behalf anonymously.
   */
  async recordHrReview(id: string, review: HrReview): Promise<Plan> {
    return this.db.transaction('rw', this.tables, async () => {
      const current = await this.require(id)
      if (current.status !== 'hrReview')
        throw new ValidationError('HR’s decision is recorded while the plan is in HR review.')
      if (!review.reviewer.trim())
        throw new ValidationError('Name the person at HR who reviewed the plan.')
      const today = format(this.ctx.clock.now(), 'yyyy-MM-dd')
      if (review.reviewedOn > today)
        throw new ValidationError(`The review date ${review.reviewedOn} has not come yet.`)
      if (review.reviewedOn < current.createdAt.slice(0, 10))
        throw new ValidationError('The review date is before the plan was written.')
      await super.update(id, { hrReview: review })
      const withReview = await this.require(id)
      const sentence = hrReviewSentence(review)
      return this.moveTo(
        withReview,
        review.decision === 'approved' ? 'active' : 'draft',
        `HR review recorded: ${sentence}${review.note.trim() ? ` HR’s note: ${review.note.trim()}` : ''}`
      )
    })
  }

  /** The status change itself, with its audit entry; call inside a transaction. */
  private async moveTo(current: Plan, status: PlanStatus, summary?: string): Promise<Plan> {
    const id = current.id
    {
      if (!allowedTransitions[current.status].includes(status)) {
        throw new ValidationError(
          `A plan cannot go from ${STATUS_WORDS[current.status]} to ${STATUS_WORDS[status]}.`
        )
      }
      if (status === 'hrReview') {
        const unexplained = goalDeviations(current.goals, []).filter((d) => !d.explained)
        if (unexplained.length > 0) {
          throw new ValidationError(
            `Explain why these goals differ from the role's standard first: ${unexplained.map((d) => d.description).join(', ')}.`
          )
        }
      }
      const next = await super.update(id, { status })
      await this.audit(
        id,
        'statusChanged',
        summary ?? `Status changed from ${STATUS_WORDS[current.status]} to ${STATUS_WORDS[status]}`,
        'status',
        current.status,
        status
      )
      if (status === 'active') {
        const dates = checkInDates(current.checkInPhases, current.startDate, current.endDate)
        for (const date of dates) await this.insertCheckIn(next, date)
        if (dates.length > 0) {
          await this.audit(
            id,
            'checkInAdded',
            `${dates.length} check-ins scheduled from ${dates[0]} to ${dates.at(-1)}`,
            'checkIns',
            undefined,
            dates
          )
        }
      }
      return next
    }
  }

  /** The decision at the end: extended keeps the plan active to a new end date. */
  async close(id: string, outcome: PlanOutcome): Promise<Plan> {
    return this.db.transaction('rw', this.tables, async () => {
      const current = await this.require(id)
      if (current.status !== 'active') {
        throw new ValidationError('Only an active plan gets an outcome.')
      }
      if (outcome.result === 'extended') {
        if (!outcome.extendedTo || outcome.extendedTo <= current.endDate) {
          throw new ValidationError('An extension needs a new end date after the current one.')
        }
        const next = await super.update(id, { outcome, endDate: outcome.extendedTo })
        await this.audit(
          id,
          'outcomeRecorded',
          `Outcome recorded: extended to ${outcome.extendedTo}`,
          'outcome',
          current.outcome,
          outcome
        )
        await this.audit(
          id,
          'fieldChanged',
          `End date moved by the extension`,
          'endDate',
          current.endDate,
          outcome.extendedTo
        )
        return next
      }
      const next = await super.update(id, { outcome, status: 'closed' })
      await this.audit(
        id,
        'outcomeRecorded',
        `Outcome recorded: ${OUTCOME_WORDS[outcome.result]}`,
        'outcome',
        current.outcome,
        outcome
      )
      await this.audit(id, 'statusChanged', 'Plan closed', 'status', 'active', 'closed')
      return next
    })
  }

  /** Receipt of the plan (signed or refused), once, while it is active. */
  async acknowledge(id: string, ack: PlanAcknowledgement): Promise<Plan> {
    return this.db.transaction('rw', this.tables, async () => {
      const current = await this.require(id)
      if (current.status !== 'active') {
        throw new ValidationError('A plan is acknowledged once it is active.')
      }
      if (current.acknowledgement) {
        throw new ValidationError('Receipt is already recorded; add a note for anything later.')
      }
      const next = await super.update(id, { acknowledgement: ack })
      const how = ack.refusedToSign
        ? 'the employee refused to sign'
        : ack.signedOn
          ? `signed by the employee on ${ack.signedOn}`
          : 'not signed'
      await this.audit(id, 'acknowledged', `Receipt of the plan recorded: ${how}`)
      return next
    })
  }

  async addNote(id: string, text: string): Promise<void> {
    const note = text.trim()
    if (!note) throw new ValidationError('A note needs some text.')
    await this.db.transaction('rw', this.tables, async () => {
      const current = await this.require(id)
      if (current.status === 'closed') throw new ValidationError('A closed plan cannot change.')
      await this.audit(id, 'noteAdded', note)
    })
  }

  /** An extra check-in on an active plan (the generated ones come with activation). */
  async addCheckIn(planId: string, date: string): Promise<CheckIn> {
    return this.db.transaction('rw', this.tables, async () => {
      const plan = await this.require(planId)
      if (plan.status !== 'active') throw new ValidationError('Check-ins belong to an active plan.')
      const checkIn = await this.insertCheckIn(plan, date)
      await this.audit(
        planId,
        'checkInAdded',
        `Check-in added for ${date}`,
        'checkIns',
        undefined,
        date
      )
      return checkIn
    })
  }

  /** Records a scheduled check-in once: held (with per-goal status) or missed. Never edited. */
  async recordCheckIn(checkInId: string, result: CheckInResult): Promise<CheckIn> {
    return this.db.transaction('rw', this.tables, async () => {
      const current = await this.db.checkIns.get(checkInId)
      if (!current) throw new ValidationError(`No check-in with id ${checkInId}`)
      const plan = await this.require(current.planId)
      if (plan.status !== 'active') throw new ValidationError('Check-ins belong to an active plan.')
      if (current.status !== 'scheduled') {
        throw new ValidationError('This check-in is already recorded; add a note to correct it.')
      }
      if (result.status === 'held') {
        const problem = checkInDateProblem({
          scheduledFor: current.scheduledFor,
          heldOn: result.heldOn ?? current.scheduledFor,
          today: format(this.ctx.clock.now(), 'yyyy-MM-dd'),
          earlyReason: result.earlyReason
        })
        if (problem) throw new ValidationError(problem)
      }
      const next = CheckInSchema.parse({
        ...current,
        ...result,
        heldOn: result.status === 'held' ? (result.heldOn ?? current.scheduledFor) : undefined,
        earlyReason: result.earlyReason?.trim() || undefined,
        updatedAt: this.now()
      })
      await this.db.checkIns.put(next)
      const summary =
        result.status === 'missed'
          ? `Check-in of ${current.scheduledFor} recorded as missed`
          : `Check-in of ${current.scheduledFor} held on ${next.heldOn}${next.earlyReason ? ` (early: ${next.earlyReason})` : ''}: ${result.goalChecks.map((g) => `${plan.goals.find((x) => x.key === g.goalKey)?.description ?? g.goalKey}: ${GOAL_STATUS_LABELS[g.status]}`).join('; ') || 'no goal status'}`
      await this.audit(plan.id, 'checkInHeld', summary, 'checkIn')
      return next
    })
  }

  async setMilestoneStatus(milestoneId: string, status: PlanMilestone['status']): Promise<void> {
    await this.db.transaction('rw', this.tables, async () => {
      const current = await this.db.planMilestones.get(milestoneId)
      if (!current) throw new ValidationError(`No milestone with id ${milestoneId}`)
      const plan = await this.require(current.planId)
      if (plan.status !== 'active')
        throw new ValidationError('Milestones are marked on an active plan.')
      if (current.status === status) return
      await this.db.planMilestones.put({ ...current, status, updatedAt: this.now() })
      await this.audit(
        plan.id,
        'milestoneChanged',
        `Milestone “${current.title}” marked ${status}`,
        'milestone',
        current.status,
        status
      )
    })
  }

  /**
   * An export is logged with its content hash. The first export of a closed plan fixes its
   * final hash: the only write a closed plan accepts, and only once.
   */
  async recordExport(id: string, format: string, hash: string): Promise<Plan> {
    return this.db.transaction('rw', this.tables, async () => {
      const current = await this.require(id)
      let next = current
      if (current.status === 'closed' && !current.finalHash) {
        next = this.validate({ ...current, finalHash: hash, updatedAt: this.now() })
        await this.db.plans.put(next)
      }
      await this.audit(
        id,
        'exported',
        `Exported as ${format.toUpperCase()}, content hash ${hash}`,
        'document',
        undefined,
        { format, hash }
      )
      return next
    })
  }

  async auditLog(planId: string): Promise<PlanAuditEntry[]> {
    return this.db.planAuditLog.where('planId').equals(planId).sortBy('at')
  }

  private now(): string {
    return this.ctx.clock.now().toISOString()
  }

  private async require(id: string): Promise<Plan> {
    const plan = await this.get(id)
    if (!plan) throw new ValidationError(`No plan with id ${id}`)
    return plan
  }

  private async insertCheckIn(plan: Plan, date: string): Promise<CheckIn> {
    const now = this.now()
    const checkIn = CheckInSchema.parse({
      id: this.ctx.newId(),
      createdAt: now,
      updatedAt: now,
      planId: plan.id,
      repId: plan.repId,
      scheduledFor: date,
      status: 'scheduled'
    })
    await this.db.checkIns.add(checkIn)
    return checkIn
  }

  private async replaceMilestones(plan: Plan, milestones: NewMilestone[]): Promise<void> {
    const now = this.now()
    await this.db.planMilestones.where('planId').equals(plan.id).delete()
    for (const m of milestones) {
      await this.db.planMilestones.add(
        PlanMilestoneSchema.parse({
          ...m,
          id: this.ctx.newId(),
          createdAt: now,
          updatedAt: now,
          planId: plan.id,
          repId: plan.repId,
          status: 'pending'
        })
      )
    }
  }

  private async audit(
    planId: string,
    action: PlanAuditEntry['action'],
    summary: string,
    field?: string,
    before?: unknown,
    after?: unknown
  ): Promise<void> {
    await appendAuditEntry(this.db, this.ctx, { planId, action, summary, field, before, after })
  }
}

const kindName = (plan: Pick<Plan, 'kind'>): string =>
  plan.kind === 'pip' ? 'PIP' : 'Coaching plan'
