import type { ChecklistTemplate, Observation, ObservationKind } from '@shared/domain'
import {
  checklistProblems,
  correctObservation,
  criterionKeyFor,
  type CorrectableField,
  finalProblems,
  latestVersions,
  reviseTemplate,
  templateInUse,
  type TemplateEdit,
  type TemplateRevision
} from '@shared/observations'
import { ValidationError } from '@shared/validation'
import type { FieldbookDb } from './database'
import { checkRevision } from './revision'
import { Repository, type NewRecord, type RepositoryContext } from './repository'

export type ObservationInput = NewRecord<'observations'>

/**
 * Observations: drafts are saved as the manager types (status 'draft'), so closing the
 * window loses nothing; `finish` checks the observation is complete and makes it final.
 * A final observation keeps the template version it was scored with.
 */
export class ObservationRepository extends Repository<'observations'> {
  constructor(db: FieldbookDb, ctx: RepositoryContext) {
    super(db, 'observations', ctx)
  }

  protected override label(): string {
    return 'An observation'
  }

  protected override staleName(): string {
    return 'This observation'
  }

  /**
   * Creates the draft on the first save, then keeps it current. Never touches a final one.
   * `loadedAt`: the draft's updatedAt as this flow last loaded or saved it (stale: refused).
   */
  async saveDraft(
    input: ObservationInput & { id: string },
    loadedAt?: string
  ): Promise<Observation> {
    return this.db.transaction('rw', this.db.observations, async () => {
      const current = await this.get(input.id)
      if (!current) return this.add({ ...input, status: 'draft' })
      if (current.status === 'final')
        throw new ValidationError('This observation is already saved; it is not a draft any more.')
      return this.update(input.id, { ...input, status: 'draft' }, loadedAt)
    })
  }

  async drafts(): Promise<Observation[]> {
    const rows = await this.db.observations.where('status').equals('draft').toArray()
    return rows.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
  }

  /** Saves the draft's latest content as final, refusing what the rep could not act on. */
  async finish(input: ObservationInput & { id: string }, loadedAt?: string): Promise<Observation> {
    const tables = [this.db.observations, this.db.checklistTemplates, this.db.opportunities]
    return this.db.transaction('rw', tables, async () => {
      const template = await this.db.checklistTemplates.get(input.templateId)
      if (!template || template.version !== input.templateVersion)
        throw new ValidationError('The checklist this observation was scored with is missing.')
      const problems = finalProblems(input, template)
      if (problems.length > 0) throw new ValidationError(problems.join(' '))
      // The flow's step only matters while it is a draft.
      const rest: ObservationInput = { ...input }
      delete rest.draftStep
      // The deal's name is kept with the observation, so it still reads right if a later
      // import removes or renames the opportunity.
      if (rest.opportunityId && !rest.opportunityLabel.trim())
        rest.opportunityLabel = (await this.db.opportunities.get(rest.opportunityId))?.name ?? ''
      const current = await this.get(input.id)
      if (!current) return this.add({ ...rest, status: 'final' })
      if (current.status === 'final')
        throw new ValidationError('This observation is already saved.')
      checkRevision(this.staleName(), current, loadedAt)
      const record = this.validate({
        ...rest,
        id: input.id,
        status: 'final',
        createdAt: current.createdAt,
        updatedAt: this.ctx.clock.now().toISOString()
      })
      await this.db.observations.put(record)
      return record
    })
  }

  /** Corrects a saved observation's feedback, keeping the earlier words as a dated revision. */
  async correct(
    id: string,
    wanted: Partial<Record<CorrectableField, string>>,
    reason: string,
    loadedAt?: string
  ): Promise<Observation> {
    return this.db.transaction('rw', this.db.observations, async () => {
      const current = await this.get(id)
      if (!current) throw new ValidationError('This observation is no longer in the workspace.')
      checkRevision(this.staleName(), current, loadedAt)
      const result = correctObservation(current, wanted, reason, this.ctx.clock.now().toISOString())
      if (!result.ok) throw new ValidationError(result.problems.join(' '))
      const record = this.validate(result.observation)
      await this.db.observations.put(record)
      return record
    })
  }

  /** Drafts can be thrown away; final observations are part of the coaching record. */
  async discardDraft(id: string): Promise<void> {
    await this.db.transaction('rw', this.db.observations, async () => {
      const current = await this.get(id)
      if (current?.status === 'final')
        throw new ValidationError('A saved observation is part of the record and is not deleted.')
      await this.db.observations.delete(id)
    })
  }
}

/**
 * Checklist templates. Editing one that observations were scored with adds a new version
 * (same key, version + 1) instead of changing the old row, so old scores stay comparable.
 */
export class ChecklistRepository extends Repository<'checklistTemplates'> {
  constructor(db: FieldbookDb, ctx: RepositoryContext) {
    super(db, 'checklistTemplates', ctx)
  }

  protected override label(): string {
    return 'A checklist'
  }

  async versions(templateKey: string): Promise<ChecklistTemplate[]> {
    return this.db.checklistTemplates
      .where('[templateKey+version]')
      .between([templateKey, 0], [templateKey, Number.MAX_SAFE_INTEGER], true, true)
      .toArray()
  }

  async latest(): Promise<ChecklistTemplate[]> {
    return latestVersions(await this.db.checklistTemplates.toArray())
  }

  async saveEdit(templateKey: string, edit: TemplateEdit): Promise<TemplateRevision> {
    const problems = checklistProblems(edit)
    if (problems.length > 0) throw new ValidationError(problems.join(' '))
    return this.db.transaction('rw', this.db.checklistTemplates, this.db.observations, async () => {
      const [latest] = latestVersions(await this.versions(templateKey))
      if (!latest) throw new ValidationError(`No checklist has the key ${templateKey}.`)
      // Observations are not indexed by template; a manager's history is small enough to scan.
      const used = templateInUse(latest, await this.db.observations.toArray())
      const revision = reviseTemplate(latest, edit, {
        usedByObservations: used,
        newId: this.ctx.newId,
        now: this.ctx.clock.now().toISOString()
      })
      if (revision.action === 'updated')
        await this.db.checklistTemplates.put(this.validate(revision.template))
      if (revision.action === 'newVersion')
        await this.db.checklistTemplates.add(this.validate(revision.template))
      return revision
    })
  }

  async create(input: {
    kind: ObservationKind
    stageKey: string
    name: string
    criteria: ChecklistTemplate['criteria']
  }): Promise<ChecklistTemplate> {
    const problems = checklistProblems(input)
    if (problems.length > 0) throw new ValidationError(problems.join(' '))
    return this.db.transaction('rw', this.db.checklistTemplates, async () => {
      const keys = latestVersions(await this.db.checklistTemplates.toArray()).map(
        (t) => t.templateKey
      )
      const templateKey = criterionKeyFor(`${input.kind}-${input.stageKey}-${input.name}`, keys)
      return this.add({ ...input, templateKey, version: 1, retired: false })
    })
  }
}
