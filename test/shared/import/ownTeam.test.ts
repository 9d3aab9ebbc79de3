import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readTable } from '@shared/import/read'
import {
  detectKind,
  firstRecordByOwner,
  normaliseTable,
  ownerKey,
  type Existing,
  type ImportChangeSet,
  type ParsedTable
} from '@shared/import'
import { context, emptyExisting, runImport } from './pipelineSupport'

/** Issue 14: a real manager's own team from their own CRM exports (fixtures/own-team). */

const FIXTURES = join(__dirname, '../../fixtures/own-team')
const read = (name: string) => readTable(new Uint8Array(readFileSync(join(FIXTURES, name))), name)
const csvRows = (name: string): string[][] =>
  readFileSync(join(FIXTURES, name), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split(','))

/** The stored data after committing a change set, with reps created "on the import day". */
function applied(existing: Existing, changes: ImportChangeSet): Existing {
  const byId = new Map(existing.reps.map((r) => [r.id, r]))
  for (const r of [...changes.reps.create, ...changes.reps.update.map((u) => u.after)])
    byId.set(r.id, r)
  return {
    ...existing,
    reps: [...byId.values()],
    opportunities: [...existing.opportunities, ...changes.opportunities.create]
  }
}

const DANA = ownerKey('Dana Reyes')

async function peopleOfDana(): Promise<{ existing: Existing; changes: ImportChangeSet }> {
  const people = await read('people.csv')
  const existing = { ...emptyExisting(), defaultRampMonths: 3 }
  const { changes } = runImport(people, context([]), existing, (d) => ({ ...d, managers: [DANA] }))
  return { existing: applied(existing, changes), changes }
}

describe('whose team: a people file with a manager column', () => {
  it('lists each manager with their people, and preselects the workspace manager', async () => {
    const people = await read('people.csv')
    const { analysis, decisions } = runImport(people, context([]), emptyExisting())
    expect(analysis.kind).toBe('reps')
    expect(analysis.managers.map((m) => [m.name, m.people])).toEqual([
      ['Dana Reyes', 3],
      ['Chris Obi', 2],
      ['Pat Moreno', 2]
    ])
    // No manager name in the workspace: nothing ticked, everyone joins.
    expect(decisions.managers).toEqual([])
    const named = runImport(people, context([], { managerName: ' dana reyes ' }), emptyExisting())
    expect(named.decisions.managers).toEqual([DANA])
  })

  it('only the chosen managers’ people join; the others are skipped and remembered', async () => {
    const { changes } = await peopleOfDana()
    expect(changes.reps.create.map((r) => r.name)).toEqual([
      'Ana-Maria Ruiz',
      'Sam Carter',
      'Lee Park'
    ])
    expect(changes.counts).toMatchObject({ created: 3, skipped: 4 })
    expect(changes.skipped.map((s) => s.reason)).toContain('Jo Brandt is on Chris Obi’s team')
    expect(changes.team).toEqual({
      managers: ['Dana Reyes'],
      others: [
        { name: 'Jo Brandt', manager: 'Chris Obi' },
        { name: 'Priya Nair', manager: 'Chris Obi' },
        { name: 'Tom Hale', manager: 'Pat Moreno' },
        { name: 'Mia Stone', manager: 'Pat Moreno' }
      ]
    })
  })

  it('with no manager chosen, everyone in the file joins', async () => {
    const { changes } = runImport(await read('people.csv'), context([]), emptyExisting())
    expect(changes.reps.create).toHaveLength(7)
    expect(changes.team).toBeUndefined()
  })

  it('skips other teams’ rows in a later deals file, with a count, unless mapped', async () => {
    const { existing, changes: people } = await peopleOfDana()
    const deals = await read('deals.csv')
    const ctx = context(existing.reps, { team: people.team })
    const { analysis, changes } = runImport(deals, ctx, existing)
    const others = analysis.owners.filter((o) => o.otherTeam !== undefined)
    expect(others.map((o) => o.owner).sort()).toEqual([
      'Jo Brandt',
      'Mia Stone',
      'Priya Nair',
      'Tom Hale'
    ])
    const rows = csvRows('deals.csv')
    const ours = rows.filter((r) => ['Ana-Maria Ruiz', 'Sam Carter'].includes(r[1] ?? ''))
    expect(changes.counts.created).toBe(ours.length)
    expect(changes.counts.skipped).toBe(rows.length - ours.length)
    expect(changes.reps.create).toHaveLength(0)
    // Mapped on request: Jo Brandt's deals count as Sam Carter's.
    const sam = existing.reps.find((r) => r.name === 'Sam Carter')!
    const mapped = runImport(deals, ctx, existing, (d) => ({
      ...d,
      owners: { ...d.owners, [ownerKey('Jo Brandt')]: { action: 'rep', repId: sam.id } }
    }))
    const jo = rows.filter((r) => r[1] === 'Jo Brandt').length
    expect(mapped.changes.counts.created).toBe(ours.length + jo)
  })
})

describe('history counts: start dates from the records', () => {
  it('a rep a deals file creates starts at their earliest deal created or closed', async () => {
    const deals = await read('deals.csv')
    const existing = { ...emptyExisting(), defaultRampMonths: 3 }
    const { changes } = runImport(deals, context([]), existing)
    const rows = csvRows('deals.csv')
    for (const rep of changes.reps.create) {
      const dates = rows
        .filter((r) => r[1] === rep.name)
        .flatMap((r) => [r[5], r[4] === 'Won' || r[4] === 'Lost' ? r[6] : undefined])
        .filter((d): d is string => !!d)
        .sort()
      expect(rep.startDate, rep.name).toBe(dates[0])
      // The role's default ramp.
      expect(rep.rampMonths).toBe(3)
    }
    expect(changes.starts.map((s) => s.name)).toEqual(changes.reps.create.map((r) => r.name))
  })

  it('people-file reps (start = import day) move back to their first record when deals come', async () => {
    const { existing } = await peopleOfDana()
    const ana = existing.reps.find((r) => r.name === 'Ana-Maria Ruiz')!
    expect(ana.startDate).toBe('2026-11-23')
    const { changes } = runImport(await read('deals.csv'), context(existing.reps), existing)
    const moved = changes.reps.update.find((u) => u.before.id === ana.id)
    expect(moved?.after.startDate).toBe('2016-12-09')
    expect(changes.starts.find((s) => s.key === `rep:${ana.id}`)).toMatchObject({
      before: '2026-11-23',
      firstRecord: '2016-12-09',
      startDate: '2016-12-09'
    })
    // Lee Park owns no deals: nothing proves another start.
    expect(changes.starts.some((s) => s.name === 'Lee Park')).toBe(false)
  })

  it('a start date or ramp the manager edits in the review is the one stored', async () => {
    const { existing } = await peopleOfDana()
    const ana = existing.reps.find((r) => r.name === 'Ana-Maria Ruiz')!
    const { changes } = runImport(
      await read('deals.csv'),
      context(existing.reps),
      existing,
      (d) => ({
        ...d,
        starts: { [`rep:${ana.id}`]: { startDate: '2017-01-02', rampMonths: 6 } }
      })
    )
    const after = changes.reps.update.find((u) => u.before.id === ana.id)?.after
    expect(after).toMatchObject({ startDate: '2017-01-02', rampMonths: 6 })
  })

  it('a start the manager chose before the rep was created is never moved', async () => {
    const { existing } = await peopleOfDana()
    const chosen = existing.reps.map((r) =>
      r.name === 'Sam Carter' ? { ...r, startDate: '2015-05-01' } : r
    )
    const { changes } = runImport(await read('deals.csv'), context(chosen), {
      ...existing,
      reps: chosen
    })
    expect(changes.starts.some((s) => s.name === 'Sam Carter')).toBe(false)
  })

  it('first records per owner come from deals and activities, not open close dates', () => {
    const first = firstRecordByOwner([
      {
        rowNumber: 2,
        crmId: 'a',
        owner: 'X',
        ownerKey: 'x',
        name: 'a',
        account: '',
        crmStage: 'Engaging',
        status: 'open',
        createdDate: '2017-05-01',
        closeDate: '2017-01-01',
        nextStep: ''
      },
      {
        rowNumber: 3,
        owner: 'X',
        ownerKey: 'x',
        type: 'call',
        subject: 'c',
        date: '2017-03-01'
      }
    ])
    expect(first.get('x')).toBe('2017-03-01')
  })
})

describe('the export date is proposed from the file', () => {
  it('is the latest date in the file, never after today', async () => {
    const { decisions, analysis } = runImport(await read('deals.csv'), context([]), emptyExisting())
    const latest = csvRows('deals.csv')
      .flatMap((r) => [r[5], r[6]])
      .filter((d): d is string => !!d)
      .sort()
      .at(-1)
    expect(analysis.latestDate).toBe(latest)
    expect(decisions.asOf).toBe(latest)
    const people = runImport(await read('people.csv'), context([]), emptyExisting())
    expect(people.decisions.asOf).toBe('2026-11-23')
  })
})

describe('recognition weighs every column', () => {
  it('stage + amount + close date is deals even with Id and Name and no owner', async () => {
    const sf = await read('salesforce-opportunities-no-owner.csv')
    expect(detectKind(sf.headers).kind).toBe('opportunities')
    const { analysis, changes } = runImport(sf, context([]), emptyExisting())
    expect(analysis.ownerColumnMissing).toBe(true)
    expect(analysis.missing).toEqual([])
    // Not answered yet: nothing is created, and no rep is made per deal.
    expect(changes.reps.create).toHaveLength(0)
    expect(changes.counts.created).toBe(0)
  })

  it('a file without an owner column imports as one rep’s when the manager says whose', async () => {
    const sf: ParsedTable = await read('salesforce-opportunities-no-owner.csv')
    const existing = { ...emptyExisting(), defaultRampMonths: 3 }
    const { changes } = runImport(sf, context([]), existing, (d) => ({
      ...d,
      everyRowOwner: 'Jo Brandt',
      owners: { [ownerKey('Jo Brandt')]: { action: 'create', name: 'Jo Brandt' } }
    }))
    expect(changes.reps.create.map((r) => r.name)).toEqual(['Jo Brandt'])
    expect(changes.opportunities.create).toHaveLength(3)
    expect(changes.opportunities.create.find((o) => o.name === 'Acme - 50 seats')?.status).toBe(
      'won'
    )
    // Earliest record: the first deal created (the export writes Salesforce datetimes).
    expect(changes.reps.create[0]?.startDate).toBe('2017-09-01')
  })

  it('a people file is still users, and an activities file with one user id offers mapping', async () => {
    expect(detectKind((await read('people.csv')).headers).kind).toBe('reps')
    const acts = await read('activities-single-user.csv')
    expect(detectKind(acts.headers).kind).toBe('activities')
    const { existing } = await peopleOfDana()
    const { analysis, changes } = runImport(acts, context(existing.reps), existing)
    expect(analysis.owners).toHaveLength(1)
    expect(analysis.owners[0]).toMatchObject({ looksLikeId: true, basis: 'new' })
    expect(changes.counts.created).toBe(0)
    const sam = existing.reps.find((r) => r.name === 'Sam Carter')!
    const mapped = runImport(acts, context(existing.reps), existing, (d) => ({
      ...d,
      owners: { [analysis.owners[0]!.key]: { action: 'rep', repId: sam.id } }
    }))
    expect(mapped.changes.counts.created).toBe(4)
    expect(mapped.changes.reps.update[0]?.after.crmAliases).toContain('0055g00000Xy9AB')
    expect(normaliseTable(acts, mapped.decisions).records.every((r) => 'date' in r)).toBe(true)
  })
})
