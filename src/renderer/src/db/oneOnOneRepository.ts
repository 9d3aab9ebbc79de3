import type { CalendarDate, OneOnOne } from '@shared/domain'
import { ValidationError } from '@shared/validation'
import type { FieldbookDb } from './database'
import { Repository, type RepositoryContext } from './repository'

type AgendaItem = OneOnOne['agenda'][number]

/**
 * 1:1s: the only writer of the oneOnOnes table. Moving a 1:1 keeps the old record (status
 * moved, with the new day) and plans a new one that takes its agenda and notes along, so nothing
 * raised for the old day is lost; skipping keeps the record and its items for the next prep.
 */
export class OneOnOneRepository extends Repository<'oneOnOnes'> {
  constructor(db: FieldbookDb, ctx: RepositoryContext) {
    super(db, 'oneOnOnes', ctx)
  }

  protected override label(): string {
    return 'A one-on-one'
  }

  protected override staleName(): string {
    return 'This 1:1'
  }

  private async planned(id: string): Promise<OneOnOne> {
    const m = await this.get(id)
    if (!m) throw new ValidationError(`The one-on-one ${id} does not exist.`)
    if (m.status !== 'planned')
      throw new ValidationError(
        `This one-on-one is ${m.status} already; only a planned one can change.`
      )
    return m
  }

  planNew(repId: string, scheduledFor: CalendarDate, agenda: AgendaItem[]): Promise<OneOnOne> {
    return this.add({
      repId,
      scheduledFor,
      status: 'planned',
      agenda,
      sharedNotes: '',
      privateNotes: '',
      dismissedKeys: []
    })
  }

  /** Marks the 1:1 moved and plans one on `to` with the same agenda and notes. Returns it. */
  move(id: string, to: CalendarDate): Promise<OneOnOne> {
    return this.db.transaction('rw', this.db.oneOnOnes, async () => {
      const m = await this.planned(id)
      if (to === m.scheduledFor) throw new ValidationError('Choose another day to move the 1:1 to.')
      await this.update(id, { status: 'moved', movedTo: to })
      return this.add({
        repId: m.repId,
        scheduledFor: to,
        status: 'planned',
        agenda: m.agenda,
        sharedNotes: m.sharedNotes,
        privateNotes: m.privateNotes,
        dismissedKeys: m.dismissedKeys ?? []
      })
    })
  }

  /** The 1:1 will not happen; its open items wait for the next prep. */
  async skip(id: string): Promise<OneOnOne> {
    await this.planned(id)
    return this.update(id, { status: 'skipped' })
  }

  async finish(id: string, heldOn: CalendarDate): Promise<OneOnOne> {
    await this.planned(id)
    return this.update(id, { status: 'held', heldOn })
  }
}
