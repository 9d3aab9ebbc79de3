import type { Rep, WorkspaceTableName } from '@shared/domain'
import { checkLeaving, decideMerge, mergeAliases, REP_OWNED_TABLES, repChanges } from '@shared/team'
import { ValidationError } from '@shared/validation'
import type { FieldbookDb } from './database'
import { appendAuditEntry } from './planAudit'
import { Repository, type NewRecord, type RepositoryContext } from './repository'
import { errorText } from '@shared/text/errorText'

/** What the manager types to add or edit a rep. */
export type RepInput = Pick<
  Rep,
  'name' | 'roleId' | 'startDate' | 'rampMonths' | 'territory' | 'crmAliases'
> & { email?: string }

/**
 * The team roster (issue 14): the only writer of reps. Every change of start date, ramp, role
 * or standing is recorded on the rep with its date; leaving keeps the rep and their history;
 * merging moves a duplicate's records onto the rep that stays, in one transaction.
 */
export class RosterRepository extends Repository<'reps'> {
  constructor(db: FieldbookDb, ctx: RepositoryContext) {
    super(db, 'reps', ctx)
  }

  protected override label(): string {
    return 'The rep'
  }

  private async checkRole(roleId: string): Promise<void> {
    if (!(await this.db.roles.get(roleId))) throw new ValidationError('Choose the rep’s role.')
  }

  private clean(input: RepInput): RepInput {
    const email = input.email?.trim() || undefined
    return {
      ...input,
      name: input.name.trim(),
      territory: input.territory.trim(),
      email,
      crmAliases: mergeAliases(input.crmAliases, email ? [email] : [])
    }
  }

  async addRep(input: RepInput): Promise<Rep> {
    await this.checkRole(input.roleId)
    const clean = this.clean(input)
    const record: NewRecord<'reps'> = {
      ...clean,
      crmAliases: mergeAliases([clean.name], clean.crmAliases),
      oneOnOneCadenceDays: 7,
      active: true,
      changes: []
    }
    return this.add(record)
  }

  async editRep(id: string, input: RepInput): Promise<Rep> {
    return this.db.transaction('rw', this.db.reps, this.db.roles, async () => {
      const current = await this.get(id)
      if (!current) throw new ValidationError('This rep is not in the workspace.')
      await this.checkRole(input.roleId)
      const clean = this.clean(input)
      const at = this.ctx.clock.now().toISOString()
      const changes = repChanges(current, { ...current, ...clean }, at)
      return this.update(id, { ...clean, changes: [...(current.changes ?? []), ...changes] })
    })
  }

  /** The rep left on `leftOn`: kept with their history, out of the current screens. */
  async leave(id: string, leftOn: string): Promise<Rep> {
    return this.db.transaction('rw', this.db.reps, async () => {
      const current = await this.get(id)
      if (!current) throw new ValidationError('This rep is not in the workspace.')
      const check = checkLeaving(current, leftOn)
      if (!check.ok) throw new ValidationError(check.problem)
      const at = this.ctx.clock.now().toISOString()
      const changes = repChanges(current, { ...current, active: false, leftOn }, at)
      return this.update(id, {
        active: false,
        leftOn,
        changes: [...(current.changes ?? []), ...changes]
      })
    })
  }

  /** Back on the team (a leave recorded by mistake, or a rep who returned). */
  async rejoin(id: string): Promise<Rep> {
    return this.db.transaction('rw', this.db.reps, async () => {
      const current = await this.get(id)
      if (!current) throw new ValidationError('This rep is not in the workspace.')
      if (current.mergedInto) throw new ValidationError('A merged rep cannot rejoin.')
      const at = this.ctx.clock.now().toISOString()
      const changes = repChanges(current, { ...current, active: true }, at)
      return this.update(id, {
        active: true,
        leftOn: undefined,
        changes: [...(current.changes ?? []), ...changes]
      })
    })
  }

  /**
   * Merges `duplicateId` into `keepId`: every record of the duplicate moves to the kept rep
   * (opportunities, activities, 1:1s, observations, plans…), its overrides too; all or nothing.
   */
  async merge(keepId: string, duplicateId: string): Promise<Rep> {
    const tables = [
      'reps',
      'expectationSets',
      'settings',
      'planAuditLog',
      ...REP_OWNED_TABLES
    ] satisfies WorkspaceTableName[]
    return this.db.transaction(
      'rw',
      tables.map((t) => this.db.table(t)),
      async () => {
        const [keep, duplicate] = await Promise.all([this.get(keepId), this.get(duplicateId)])
        if (!keep || !duplicate) throw new ValidationError('Choose two reps of the workspace.')
        const at = this.ctx.clock.now().toISOString()
        let decision
        try {
          decision = decideMerge(keep, duplicate, at)
        } catch (e) {
          throw new ValidationError(errorText(e))
        }
        const plans = await this.db.plans.where('repId').equals(duplicateId).toArray()
        for (const table of REP_OWNED_TABLES)
          await this.db
            .table(table)
            .filter((r: { repId?: string }) => r.repId === duplicateId)
            .modify({ repId: keepId, updatedAt: at })
        await this.db.expectationSets.toCollection().modify((set) => {
          if (!set.overrides.some((o) => o.repId === duplicateId)) return
          const keptKeys = new Set(
            set.overrides.filter((o) => o.repId === keepId).map((o) => o.dimensionKey)
          )
          set.overrides = set.overrides
            .filter((o) => o.repId !== duplicateId || !keptKeys.has(o.dimensionKey))
            .map((o) => (o.repId === duplicateId ? { ...o, repId: keepId } : o))
        })
        for (const plan of plans)
          await appendAuditEntry(this.db, this.ctx, {
            planId: plan.id,
            action: 'fieldChanged',
            field: 'repId',
            summary: `${duplicate.name} was merged into ${keep.name}: the plan now belongs to ${keep.name}.`,
            before: duplicateId,
            after: keepId
          })
        await this.db.reps.put(this.validate(decision.duplicate))
        const kept = this.validate(decision.kept)
        await this.db.reps.put(kept)
        return kept
      }
    )
  }
}
