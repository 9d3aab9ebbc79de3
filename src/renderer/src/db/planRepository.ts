import type {
  CheckIn,
  HrReview,
  Plan,
  PlanAcknowledgement,
  PlanAuditEntry,
  PlanMilestone,
  PlanOutcome,
  PlanStatus
} from '@shared/domain'
import type { CheckInResult, NewMilestone } from '@shared/plans/checkInSteps'
import {
  draftEditProblem,
  planCreation,
  planTransition,
  requestProblem,
  type PlanAction
} from '@shared/plans/lifecycle'
import { inRecordOrder } from '@shared/plans/auditChain'
import { ExportedFile } from '@shared/plans/exportRecords'
import { ValidationError } from '@shared/validation'
import type { FieldbookDb } from './database'
import { findExportedFile, type ExportMatch } from './exportedFiles'
import {
  addCheckIn,
  insertCheckIn,
  recordCheckIn,
  replaceMilestones,
  setMilestoneStatus
} from './planCheckIns'
import { accepted, localToday, planTables, requirePlan, writeAudit } from './planStore'
import { Repository, type NewRecord, type RepositoryContext } from './repository'
import { checkRevision } from './revision'

export type { CheckInResult, NewMilestone } from '@shared/plans/checkInSteps'

/**
 * The only writer of plans, their milestones and check-ins. Drafts are edited freely; from
 * "active" on, every change is a method here that writes the change and a dated audit entry
 * (who, when, what from what) in one transaction. There is no delete. What each step may do
 * and what it logs is decided by the pure rules in @shared/plans/lifecycle and checkInSteps;
 * this class only persists their decisions.
 */
export class PlanRepository extends Repository<'plans'> {
  constructor(db: FieldbookDb, ctx: RepositoryContext) {
    super(db, 'plans', ctx)
  }

  protected override label(): string {
    return 'A plan'
  }

  protected override staleName(): string {
    return 'This plan'
  }

  /** Every plan starts as a draft, so nothing reaches "active" without the logged steps. */
  override async add(input: NewRecord<'plans'>, milestones: NewMilestone[] = []): Promise<Plan> {
    const decision = accepted(planCreation(input))
    return this.db.transaction('rw', planTables(this.db), async () => {
      const plan = await super.add(input)
      await replaceMilestones(this.db, this.ctx, plan, milestones)
      await writeAudit(this.db, this.ctx, plan.id, decision.audit)
      return plan
    })
  }

  /** Free edits, refused once the plan is active: use recordChange then. */
  override async update(
    id: string,
    changes: Partial<NewRecord<'plans'>>,
    loadedAt?: string
  ): Promise<Plan> {
    return this.db.transaction('rw', planTables(this.db), async () => {
      const current = await this.get(id)
      if (current) checkRevision(this.staleName(), current, loadedAt)
      const problem = draftEditProblem(current, changes)
      if (problem) throw new ValidationError(problem)
      return super.update(id, changes, loadedAt)
    })
  }

  /**
   * Saves a draft's fields and its milestones together; with `loadedAt`, only if the plan is
   * still the revision the form loaded (StaleEditError otherwise, nothing written).
   */
  async saveDraft(
    id: string,
    changes: Partial<NewRecord<'plans'>>,
    milestones: NewMilestone[],
    loadedAt?: string
  ): Promise<Plan> {
    return this.db.transaction('rw', planTables(this.db), async () => {
      const plan = await this.update(id, changes, loadedAt)
      await replaceMilestones(this.db, this.ctx, plan, milestones)
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
    return this.take(id, { type: 'recordChange', field: String(field), after, summary })
  }

  /**
   * Moves a plan along its lifecycle. Sending to HR review needs every goal that differs from
   * the role's standard explained; activation writes the dated check-ins from the schedule.
   * Closing goes through `close`, which records the outcome.
   */
  async changeStatus(id: string, status: PlanStatus, summary?: string): Promise<Plan> {
    return this.take(id, { type: 'changeStatus', status, summary })
  }

  /**
   * HR's decision on a plan in HR review, as HR gave it: approved makes the plan active (and
   * writes its check-ins), changes requested sends it back to draft. The manager records it;
   * the reviewer's name is required, so nobody approves on HR's behalf anonymously.
   */
  async recordHrReview(id: string, review: HrReview): Promise<Plan> {
    return this.take(id, { type: 'recordHrReview', review })
  }

  /** The decision at the end: extended keeps the plan active to a new end date. */
  async close(id: string, outcome: PlanOutcome): Promise<Plan> {
    return this.take(id, { type: 'close', outcome })
  }

  /** Receipt of the plan (signed or refused), once, while it is active. */
  async acknowledge(id: string, ack: PlanAcknowledgement): Promise<Plan> {
    return this.take(id, { type: 'acknowledge', acknowledgement: ack })
  }

  async addNote(id: string, text: string): Promise<void> {
    await this.take(id, { type: 'addNote', text })
  }

  /**
   * An exported file is logged with the SHA-256 of its bytes. The first packet export of a
   * closed plan fixes its final hash: the only write a closed plan accepts, and only once.
   */
  async recordExport(id: string, file: ExportedFile, packet = false): Promise<Plan> {
    return this.take(id, { type: 'recordExport', file: ExportedFile.parse(file), packet })
  }

  /** An extra check-in on an active plan (the generated ones come with activation). */
  async addCheckIn(planId: string, date: string): Promise<CheckIn> {
    return addCheckIn(this.db, this.ctx, planId, date)
  }

  /** Records a scheduled check-in once: held (with per-goal status) or missed. Never edited. */
  async recordCheckIn(checkInId: string, result: CheckInResult): Promise<CheckIn> {
    return recordCheckIn(this.db, this.ctx, checkInId, result)
  }

  async setMilestoneStatus(milestoneId: string, status: PlanMilestone['status']): Promise<void> {
    return setMilestoneStatus(this.db, this.ctx, milestoneId, status)
  }

  /** "Verify a document": the exports whose file had this SHA-256, with their plans. */
  async findExport(sha256: string): Promise<ExportMatch[]> {
    return findExportedFile(this.db, sha256)
  }

  async auditLog(planId: string): Promise<PlanAuditEntry[]> {
    return inRecordOrder(await this.db.planAuditLog.where('planId').equals(planId).toArray())
  }

  /**
   * One lifecycle step in one transaction: the rules decide on the plan as stored, then the
   * decided fields are written, the first audit entry (the step itself), the check-ins an
   * activation schedules, and the remaining entries, in that order.
   */
  private async take(id: string, action: PlanAction): Promise<Plan> {
    const early = requestProblem(action)
    if (early) throw new ValidationError(early)
    return this.db.transaction('rw', planTables(this.db), async () => {
      const current = await requirePlan(this.db, id)
      const decision = accepted(planTransition(current, action, { today: localToday(this.ctx) }))
      const changed = Object.keys(decision.next).length > 0
      const next = changed ? await super.update(id, decision.next) : current
      const [first, ...rest] = decision.audit
      if (first) await writeAudit(this.db, this.ctx, id, [first])
      for (const date of decision.checkInDates) await insertCheckIn(this.db, this.ctx, next, date)
      await writeAudit(this.db, this.ctx, id, rest)
      return next
    })
  }
}
