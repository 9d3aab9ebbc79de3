import type { Plan, PlanAuditEntry, PlanStatus } from '@shared/domain'
import { PlanAuditEntry as PlanAuditEntrySchema } from '@shared/domain'
import { ValidationError } from '@shared/validation'
import type { FieldbookDb } from './database'
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

export class PlanRepository extends Repository<'plans'> {
  constructor(db: FieldbookDb, ctx: RepositoryContext) {
    super(db, 'plans', ctx)
  }

  protected override label(): string {
    return 'A plan'
  }

  override async add(input: NewRecord<'plans'>): Promise<Plan> {
    return this.db.transaction('rw', this.db.plans, this.db.planAuditLog, async () => {
      const plan = await super.add(input)
      await this.audit(
        plan.id,
        'created',
        `${plan.kind === 'pip' ? 'PIP' : 'Coaching plan'} created`
      )
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
    return super.update(id, changes)
  }

  /** A dated, logged change to one field of a plan, allowed at any status but closed. */
  async recordChange<K extends keyof NewRecord<'plans'>>(
    id: string,
    field: K,
    after: NewRecord<'plans'>[K],
    summary: string
  ): Promise<Plan> {
    return this.db.transaction('rw', this.db.plans, this.db.planAuditLog, async () => {
      const current = await this.require(id)
      if (current.status === 'closed') throw new ValidationError('A closed plan cannot change.')
      const next = await super.update(id, { [field]: after } as Partial<NewRecord<'plans'>>)
      await this.audit(id, 'fieldChanged', summary, String(field), current[field], after)
      return next
    })
  }

  async changeStatus(id: string, status: PlanStatus, summary?: string): Promise<Plan> {
    return this.db.transaction('rw', this.db.plans, this.db.planAuditLog, async () => {
      const current = await this.require(id)
      if (!allowedTransitions[current.status].includes(status)) {
        throw new ValidationError(`A plan cannot go from ${current.status} to ${status}.`)
      }
      const next = await super.update(id, { status })
      await this.audit(
        id,
        'statusChanged',
        summary ?? `Status ${current.status} → ${status}`,
        'status',
        current.status,
        status
      )
      return next
    })
  }

  async auditLog(planId: string): Promise<PlanAuditEntry[]> {
    return this.db.planAuditLog.where('planId').equals(planId).sortBy('at')
  }

  private async require(id: string): Promise<Plan> {
    const plan = await this.get(id)
    if (!plan) throw new ValidationError(`No plan with id ${id}`)
    return plan
  }

  private async audit(
    planId: string,
    action: PlanAuditEntry['action'],
    summary: string,
    field?: string,
    before?: unknown,
    after?: unknown
  ): Promise<void> {
    const entry = PlanAuditEntrySchema.parse({
      id: this.ctx.newId(),
      planId,
      at: this.ctx.clock.now().toISOString(),
      action,
      summary,
      field,
      before,
      after
    })
    await this.db.planAuditLog.add(entry)
  }
}
