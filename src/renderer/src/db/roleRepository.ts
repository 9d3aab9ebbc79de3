import type { Role } from '@shared/domain'
import { ValidationError } from '@shared/validation'
import type { FieldbookDb } from './database'
import { Repository, type RepositoryContext } from './repository'

type RoleChange = NonNullable<Role['changes']>[number]

/**
 * Roles (issue 14): create, rename, change the default ramp (both recorded with their date),
 * and duplicate a role with its expectations so a new role starts from a known standard.
 */
export class RoleRepository extends Repository<'roles'> {
  constructor(db: FieldbookDb, ctx: RepositoryContext) {
    super(db, 'roles', ctx)
  }

  protected override label(): string {
    return 'The role'
  }

  private async checkName(name: string, exceptId?: string): Promise<string> {
    const trimmed = name.trim()
    if (!trimmed) throw new ValidationError('Give the role a name.')
    const clash = (await this.db.roles.toArray()).find(
      (r) => r.id !== exceptId && r.name.trim().toLowerCase() === trimmed.toLowerCase()
    )
    if (clash) throw new ValidationError(`There is already a role called “${clash.name}”.`)
    return trimmed
  }

  async createRole(name: string, defaultRampMonths: number): Promise<Role> {
    return this.db.transaction('rw', this.db.roles, this.db.expectationSets, async () => {
      const role = await this.add({
        name: await this.checkName(name),
        description: '',
        defaultRampMonths,
        changes: []
      })
      const setId = this.ctx.newId()
      await this.db.expectationSets.add({
        id: setId,
        roleId: role.id,
        name: `${role.name} expectations`,
        dimensions: [],
        overrides: [],
        teamPriorities: [],
        stopDoing: [],
        createdAt: role.createdAt,
        updatedAt: role.createdAt
      })
      return this.update(role.id, { expectationSetId: setId })
    })
  }

  async editRole(id: string, input: { name: string; defaultRampMonths: number }): Promise<Role> {
    return this.db.transaction('rw', this.db.roles, async () => {
      const current = await this.get(id)
      if (!current) throw new ValidationError('This role is not in the workspace.')
      const name = await this.checkName(input.name, id)
      const at = this.ctx.clock.now().toISOString()
      const changes: RoleChange[] = [...(current.changes ?? [])]
      if (name !== current.name) changes.push({ at, field: 'name', from: current.name, to: name })
      if (input.defaultRampMonths !== current.defaultRampMonths)
        changes.push({
          at,
          field: 'defaultRampMonths',
          from: String(current.defaultRampMonths),
          to: String(input.defaultRampMonths)
        })
      return this.update(id, { name, defaultRampMonths: input.defaultRampMonths, changes })
    })
  }

  /** A new role with a copy of `fromId`'s expectations (dimensions and priorities, no overrides). */
  async duplicateRole(fromId: string, name: string): Promise<Role> {
    return this.db.transaction('rw', this.db.roles, this.db.expectationSets, async () => {
      const from = await this.get(fromId)
      if (!from) throw new ValidationError('The role to copy is not in the workspace.')
      const role = await this.add({
        name: await this.checkName(name),
        description: from.description,
        defaultRampMonths: from.defaultRampMonths,
        changes: []
      })
      const source =
        (from.expectationSetId && (await this.db.expectationSets.get(from.expectationSetId))) ||
        (await this.db.expectationSets.where('roleId').equals(from.id).first())
      const setId = this.ctx.newId()
      await this.db.expectationSets.add({
        id: setId,
        roleId: role.id,
        name: `${role.name} expectations`,
        dimensions: source?.dimensions ?? [],
        overrides: [],
        teamPriorities: source?.teamPriorities ?? [],
        stopDoing: source?.stopDoing ?? [],
        ...(source?.prioritiesPeriod ? { prioritiesPeriod: source.prioritiesPeriod } : {}),
        createdAt: role.createdAt,
        updatedAt: role.createdAt
      })
      return this.update(role.id, { expectationSetId: setId })
    })
  }
}
