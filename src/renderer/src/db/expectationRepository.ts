import type { ExpectationDimension, ExpectationSet, Role } from '@shared/domain'
import { MIN_REASON_LENGTH, type ParsedOverride } from '@shared/expectations'
import { withNewTarget } from '@shared/team'
import { ValidationError } from '@shared/validation'
import type { FieldbookDb } from './database'
import { Repository, type RepositoryContext } from './repository'

/**
 * The only writer of expectation sets. Each change reads the current set inside one
 * transaction, so two edits in quick succession never lose each other's work, and checks what
 * the schema alone cannot: unique dimension keys, overrides that point at a rep of the role
 * and at a dimension of the set, and a written reason on every override.
 */
function nextVersion(
  before: ExpectationDimension,
  edited: ExpectationDimension,
  effectiveFrom: string,
  now: string
): ExpectationDimension {
  const kept = { ...edited, target: before.target, targetVersions: before.targetVersions }
  if (before.target === edited.target) return kept
  return withNewTarget(kept, edited.target, effectiveFrom, now)
}

export class ExpectationSetRepository extends Repository<'expectationSets'> {
  constructor(db: FieldbookDb, ctx: RepositoryContext) {
    super(db, 'expectationSets', ctx)
  }

  protected override label(): string {
    return 'An expectation set'
  }

  /** The set a role uses: the one it names, else the first made for it. */
  async forRole(role: Pick<Role, 'id' | 'expectationSetId'>): Promise<ExpectationSet | undefined> {
    if (role.expectationSetId) {
      const named = await this.get(role.expectationSetId)
      if (named) return named
    }
    return this.db.expectationSets.where('roleId').equals(role.id).first()
  }

  /** Gives a role without expectations an empty set, and points the role at it. */
  async createForRole(role: Role): Promise<ExpectationSet> {
    return this.db.transaction('rw', this.db.expectationSets, this.db.roles, async () => {
      const existing = await this.forRole(role)
      if (existing) return existing
      const set = await this.add({
        roleId: role.id,
        name: `${role.name} expectations`,
        dimensions: [],
        overrides: [],
        teamPriorities: [],
        stopDoing: []
      })
      await this.db.roles.update(role.id, {
        expectationSetId: set.id,
        updatedAt: this.ctx.clock.now().toISOString()
      })
      return set
    })
  }

  private async change(
    setId: string,
    edit: (set: ExpectationSet) => Partial<ExpectationSet>
  ): Promise<ExpectationSet> {
    return this.db.transaction('rw', this.db.expectationSets, this.db.reps, async () => {
      const current = await this.get(setId)
      if (!current) throw new ValidationError(`The expectation set ${setId} does not exist.`)
      return this.update(setId, edit(current))
    })
  }

  /**
   * Adds a dimension, or replaces the one with the same key (an edit keeps its key). A new
   * target is a new version from `effectiveFrom` (default today): earlier periods keep theirs.
   */
  async saveDimension(
    setId: string,
    edited: ExpectationDimension,
    effectiveFrom?: string
  ): Promise<ExpectationSet> {
    const now = this.ctx.clock.now().toISOString()
    return this.change(setId, (set) => {
      const before = set.dimensions.find((d) => d.key === edited.key)
      const dimension = before
        ? nextVersion(before, edited, effectiveFrom ?? now.slice(0, 10), now)
        : edited
      const clash = set.dimensions.find(
        (d) =>
          d.key !== dimension.key &&
          d.label.trim().toLowerCase() === dimension.label.trim().toLowerCase()
      )
      if (clash) throw new ValidationError(`Another dimension is already called “${clash.label}”.`)
      const exists = set.dimensions.some((d) => d.key === dimension.key)
      return {
        dimensions: exists
          ? set.dimensions.map((d) => (d.key === dimension.key ? dimension : d))
          : [...set.dimensions, dimension]
      }
    })
  }

  /** Removes a dimension and the overrides of it (they would no longer mean anything). */
  async removeDimension(setId: string, key: string): Promise<ExpectationSet> {
    return this.change(setId, (set) => {
      if (!set.dimensions.some((d) => d.key === key))
        throw new ValidationError(`There is no dimension ${key} to remove.`)
      return {
        dimensions: set.dimensions.filter((d) => d.key !== key),
        overrides: set.overrides.filter((o) => o.dimensionKey !== key)
      }
    })
  }

  /** Moves a dimension up or down the list (the order of the sheet and the dashboard). */
  async moveDimension(setId: string, key: string, by: -1 | 1): Promise<ExpectationSet> {
    return this.change(setId, (set) => {
      const from = set.dimensions.findIndex((d) => d.key === key)
      const to = from + by
      if (from < 0 || to < 0 || to >= set.dimensions.length) return {}
      const dimensions = [...set.dimensions]
      const [moved] = dimensions.splice(from, 1)
      if (moved) dimensions.splice(to, 0, moved)
      return { dimensions }
    })
  }

  /** Sets (or replaces) one rep's target on one dimension, with the reason written down. */
  async setOverride(setId: string, override: ParsedOverride): Promise<ExpectationSet> {
    const rep = await this.db.reps.get(override.repId)
    return this.change(setId, (set) => {
      if (!rep) throw new ValidationError('That rep is not in the workspace.')
      if (rep.roleId !== set.roleId)
        throw new ValidationError(`${rep.name} is in another role: overrides are per role.`)
      if (!set.dimensions.some((d) => d.key === override.dimensionKey))
        throw new ValidationError(`There is no dimension ${override.dimensionKey} in this set.`)
      const reason = override.reason.trim()
      if (reason.length < MIN_REASON_LENGTH)
        throw new ValidationError(
          `An override needs a written reason of at least ${MIN_REASON_LENGTH} characters.`
        )
      const others = set.overrides.filter(
        (o) => !(o.repId === override.repId && o.dimensionKey === override.dimensionKey)
      )
      return {
        overrides: [
          ...others,
          {
            repId: override.repId,
            dimensionKey: override.dimensionKey,
            target: override.target,
            reason,
            setAt: this.ctx.clock.now().toISOString()
          }
        ]
      }
    })
  }

  /** Puts the rep back on the role's standard for that dimension. */
  async removeOverride(
    setId: string,
    repId: string,
    dimensionKey: string
  ): Promise<ExpectationSet> {
    return this.change(setId, (set) => ({
      overrides: set.overrides.filter(
        (o) => !(o.repId === repId && o.dimensionKey === dimensionKey)
      )
    }))
  }

  /** What the team focuses on this period, and what it stops doing. */
  async setPriorities(
    setId: string,
    priorities: { teamPriorities: string[]; stopDoing: string[]; prioritiesPeriod?: string }
  ): Promise<ExpectationSet> {
    return this.change(setId, () => ({
      teamPriorities: priorities.teamPriorities,
      stopDoing: priorities.stopDoing,
      prioritiesPeriod: priorities.prioritiesPeriod?.trim() || undefined
    }))
  }
}
