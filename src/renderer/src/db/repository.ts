import type { Clock, IdGenerator, WorkspaceData, WorkspaceTableName } from '@shared/domain'
import { workspaceTables } from '@shared/domain'
import { describeValidationError, ValidationError } from '@shared/validation'
import type { FieldbookDb } from './database'
import { checkRevision } from './revision'

export interface RepositoryContext {
  clock: Clock
  newId: IdGenerator
}

type Entity<T extends WorkspaceTableName> = WorkspaceData[T][number]
type Stamped = { id: string; createdAt: string; updatedAt: string }
type StampedTable = {
  [T in WorkspaceTableName]: Entity<T> extends Stamped ? T : never
}[WorkspaceTableName]

/** What a caller supplies for a new record: the repository adds id and timestamps. */
export type NewRecord<T extends StampedTable> = Omit<
  Entity<T>,
  'id' | 'createdAt' | 'updatedAt'
> & {
  id?: string
}

/**
 * The only writer of a table: validates with the table's zod schema and stamps timestamps.
 * Nothing reaches IndexedDB that the shared schema would reject.
 */
export class Repository<T extends StampedTable> {
  constructor(
    protected readonly db: FieldbookDb,
    protected readonly table: T,
    protected readonly ctx: RepositoryContext
  ) {}

  protected label(): string {
    return `A ${this.table} record`
  }

  /** How a refused stale edit names the record ("This plan"). */
  protected staleName(): string {
    return `This ${this.table} record`
  }

  validate(candidate: unknown): Entity<T> {
    const parsed = workspaceTables[this.table].safeParse(candidate)
    if (!parsed.success)
      throw new ValidationError(describeValidationError(this.label(), parsed.error))
    return parsed.data as Entity<T>
  }

  async get(id: string): Promise<Entity<T> | undefined> {
    return (await this.db.table(this.table).get(id)) as Entity<T> | undefined
  }

  async add(input: NewRecord<T>): Promise<Entity<T>> {
    const now = this.ctx.clock.now().toISOString()
    const record = this.validate({
      ...input,
      id: input.id ?? this.ctx.newId(),
      createdAt: now,
      updatedAt: now
    })
    await this.db.table(this.table).add(record)
    return record
  }

  /**
   * Changes a record. With `loadedAt` (the record's updatedAt when the form loaded it), refuses
   * with StaleEditError when it was changed since, leaving it as it is.
   */
  async update(id: string, changes: Partial<NewRecord<T>>, loadedAt?: string): Promise<Entity<T>> {
    return this.db.transaction('rw', this.db.table(this.table), async () => {
      const current = await this.get(id)
      if (!current) throw new ValidationError(`${this.label()} with id ${id} does not exist`)
      checkRevision(this.staleName(), current as Stamped, loadedAt)
      const record = this.validate({
        ...current,
        ...changes,
        id,
        createdAt: (current as Stamped).createdAt,
        updatedAt: this.ctx.clock.now().toISOString()
      })
      await this.db.table(this.table).put(record)
      return record
    })
  }
}
