import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { allRows } from '@shared/import/tableRows'
import { readTable } from '@shared/import/read'
import type { Existing, ImportChangeSet } from '@shared/import'
import { context, emptyExisting, runImport } from './pipelineSupport'

/** The whole pipeline (read → analyse → normalise → change set) on the project's own export files. */

const FIXTURES = join(__dirname, '../../fixtures/import')
const read = (name: string) => readTable(new Uint8Array(readFileSync(join(FIXTURES, name))), name)

/** What committing the change set would leave stored, so the next import sees it. */
function applied(existing: Existing, changes: ImportChangeSet): Existing {
  const merge = <T extends { id: string }>(rows: T[], created: T[], updated: { after: T }[]) => {
    const byId = new Map(rows.map((r) => [r.id, r]))
    for (const r of [...created, ...updated.map((u) => u.after)]) byId.set(r.id, r)
    return [...byId.values()]
  }
  return {
    ...existing,
    reps: merge(existing.reps, changes.reps.create, changes.reps.update),
    opportunities: merge(
      existing.opportunities,
      changes.opportunities.create,
      changes.opportunities.update
    ),
    activities: merge(existing.activities, changes.activities.create, changes.activities.update),
    manualMeasures: merge(
      existing.manualMeasures,
      changes.manualMeasures.create,
      changes.manualMeasures.update
    )
  }
}

describe('Salesforce: users, then a data export, then tasks, then a report of the same deals', () => {
  it('joins owner ids to names through the users export and matches 15- and 18-char ids', async () => {
    let existing = emptyExisting()
    const users = runImport(await read('salesforce-users.csv'), context([]), existing)
    expect(users.analysis).toMatchObject({ kind: 'reps', source: 'salesforceExport' })
    expect(users.changes.reps.create.map((r) => [r.name, r.email, r.active, r.crmAliases])).toEqual(
      [
        ['Dana Whitfield', 'dana.whitfield@example.com', true, ['0055g00000DwH1aAAE']],
        ['Marcus Lee', 'marcus.lee@example.com', true, ['0055g00000DwH2bAAE']],
        ['Priya Raman', 'priya.raman@example.com', true, ['0055g00000DwH3cAAE']],
        ["Tom O'Neill", 'tom.oneill@example.com', true, ['0055g00000DwH4dAAE']],
        ['Former Rep', 'former.rep@example.com', false, ['0055g00000DwH5eAAE']]
      ]
    )
    existing = applied(existing, users.changes)

    const exportTable = await read('salesforce-export.csv')
    const deals = runImport(exportTable, context(existing.reps), existing)
    expect(deals.analysis).toMatchObject({ kind: 'opportunities', source: 'salesforceExport' })
    expect(deals.analysis.owners.every((o) => o.basis === 'alias')).toBe(true)
    expect(deals.changes.rejected).toEqual([])
    expect(deals.changes.counts.created).toBe(allRows(exportTable.rows).length)
    const harbor = deals.changes.opportunities.create.find((o) => o.crmId === '0065g00000AbC1dAAF')
    expect(harbor).toMatchObject({
      repId: existing.reps.find((r) => r.name === 'Dana Whitfield')?.id,
      createdDate: '2026-01-09',
      closeDate: '2026-03-28',
      amount: { minor: 4850000, currency: 'USD' },
      status: 'open',
      stageKey: 'propose'
    })
    const summit = deals.changes.opportunities.create.find((o) => o.crmId === '0065g00000AbC7jAAF')
    expect(summit?.amount).toEqual({ minor: 1840000, currency: 'EUR' })
    existing = applied(existing, deals.changes)

    const tasks = runImport(await read('salesforce-tasks.csv'), context(existing.reps), existing)
    expect(tasks.analysis.kind).toBe('activities')
    const byId = Object.fromEntries(tasks.changes.activities.create.map((a) => [a.crmId, a]))
    expect(byId['00T5g00000Qa1aAAAR']).toMatchObject({
      type: 'call',
      durationSeconds: 540,
      opportunityId: harbor?.id
    })
    expect(byId['00T5g00000Qa1bAAAR']?.type).toBe('email')
    expect(byId['00T5g00000Qa1cAAAR']?.type).toBe('meeting')
    // The empty-link placeholder is no link at all, not an unknown opportunity.
    expect(byId['00T5g00000Qa1dAAAR']?.opportunityId).toBeUndefined()
    existing = applied(existing, tasks.changes)

    const report = runImport(await read('salesforce-report.csv'), context(existing.reps), existing)
    expect(report.analysis.source).toBe('salesforceReport')
    // Report rows carry 15-char ids; those that are in the export update the same records.
    const sameIds = report.changes.opportunities.update.map((u) => u.before.crmId)
    expect(sameIds).toContain('0065g00000AbC1dAAF')
    expect(report.changes.opportunities.create.map((o) => o.crmId)).not.toContain(
      '0065g00000AbC1dAAF'
    )
  })
})

describe('HubSpot', () => {
  it('reads day-first dates, merges an owner written as a name and as an email', async () => {
    const { analysis, changes } = runImport(
      await read('hubspot-deals.csv'),
      context([]),
      emptyExisting()
    )
    expect(analysis).toMatchObject({ kind: 'opportunities', source: 'hubspot' })
    expect(analysis.dates).toMatchObject({ order: 'dmy', ambiguous: false })
    expect(changes.reps.create.map((r) => [r.name, r.crmAliases])).toEqual(
      [
        ['Sam Carter', ['sam.carter@example.com']],
        ['Alex Morgan', ['alex.morgan@example.com']],
        ['Jamie Chen', ['jamie.chen@example.com']]
      ].filter(([name]) => changes.reps.create.some((r) => r.name === name))
    )
    expect(new Set(changes.reps.create.map((r) => r.name)).size).toBe(changes.reps.create.length)
    expect(changes.opportunities.create[0]).toMatchObject({
      crmId: '9011001',
      closeDate: '2026-04-30',
      createdDate: '2026-01-14'
    })
  })

  it('a newer export updates the moved deals and snapshots their history', async () => {
    const first = runImport(await read('hubspot-deals.csv'), context([]), emptyExisting())
    const existing = applied(emptyExisting(), first.changes)
    const newer = runImport(
      await read('hubspot-deals-newer.csv'),
      context(existing.reps),
      existing,
      (d) => d,
      'import-2'
    )
    const moved = Object.fromEntries(
      newer.changes.opportunities.update.map((u) => [u.after.crmId, u])
    )
    expect(moved['9011001']?.after).toMatchObject({
      stageKey: 'qualify',
      nextStep: 'Send proposal'
    })
    expect(moved['9011002']?.after).toMatchObject({ status: 'won', closeDate: '2026-03-24' })
    expect(moved['9011003']?.before.closeDate).toBe('2026-05-15')
    expect(moved['9011003']?.after.closeDate).toBe('2026-06-30')
    expect(moved['9011006']?.after.amount).toEqual({ minor: 1850000, currency: 'USD' })
    expect(newer.changes.counts.unchanged).toBeGreaterThan(0)
    expect(moved['9011004']).toBeUndefined()
    expect(newer.changes.snapshots.every((s) => s.importId === 'import-2')).toBe(true)
  })

  it('asks for the date order when every day is 12 or less', async () => {
    const { analysis } = runImport(
      await read('hubspot-deals-ambiguous.csv'),
      context([]),
      emptyExisting()
    )
    expect(analysis.dates.ambiguous).toBe(true)
  })

  it('reads a German, semicolon-separated, Windows-1252 export with decimal commas', async () => {
    const table = await read('hubspot-deals-de.csv')
    expect(table).toMatchObject({ encoding: 'windows-1252', delimiter: ';' })
    const { analysis, changes } = runImport(table, context([]), emptyExisting(), (d) => ({
      ...d,
      stageMap: {
        ...d.stageMap,
        'Termin vereinbart': { stageKey: 'prospect', status: 'open' },
        'Vertrag gesendet': { stageKey: 'close', status: 'open' }
      }
    }))
    expect(analysis).toMatchObject({ kind: 'opportunities', source: 'hubspot' })
    expect(analysis.dates).toMatchObject({ order: 'dmy', ambiguous: false })
    expect(analysis.stages.find((s) => s.crmStage === 'Gewonnen')?.choice).toEqual({
      stageKey: 'close',
      status: 'won'
    })
    expect(changes.rejected).toEqual([])
    expect(changes.opportunities.create[0]).toMatchObject({
      name: 'Müller Maschinenbau – Wartung',
      amount: { minor: 123450, currency: 'EUR' },
      closeDate: '2026-04-30'
    })
    expect(changes.reps.create.map((r) => r.name)).toEqual(['Jürgen Böhm', 'Anja Köhler'])
  })
})

describe('a hand-kept workbook', () => {
  it('reads the Deals sheet with no ID column, matching deals by name', async () => {
    const table = await readTable(
      new Uint8Array(readFileSync(join(FIXTURES, 'deals.xlsx'))),
      'deals.xlsx',
      { sheet: 'Deals' }
    )
    const { analysis, changes } = runImport(table, context([]), emptyExisting())
    expect(analysis.kind).toBe('opportunities')
    expect(changes.rejected).toEqual([])
    const harbor = changes.opportunities.create[0]
    expect(harbor).toMatchObject({
      crmId: 'name:harbor logistics - fleet renewal',
      name: 'Harbor Logistics - Fleet Renewal',
      amount: { minor: 4850000, currency: 'USD' },
      closeDate: '2026-03-01',
      createdDate: '2026-01-09'
    })
    expect(
      changes.opportunities.create.find((o) => o.name === 'Crescent - 12 Sites')
    ).toMatchObject({
      status: 'won',
      amount: { minor: 30, currency: 'USD' }
    })
    expect(changes.notes[0]).toContain('no ID column')
  })
})

describe('Pipedrive and generic files', () => {
  it('Pipedrive: status column, currency column, stages guessed for checking', async () => {
    const { analysis, changes } = runImport(
      await read('pipedrive-deals.csv'),
      context([]),
      emptyExisting()
    )
    expect(analysis.source).toBe('pipedrive')
    expect(analysis.stages.every((s) => s.basis === 'guess')).toBe(true)
    const byId = Object.fromEntries(changes.opportunities.create.map((o) => [o.crmId, o]))
    expect(byId['303']).toMatchObject({ status: 'won', amount: { minor: 975075, currency: 'USD' } })
    expect(byId['304']?.status).toBe('lost')
    expect(byId['305']).toMatchObject({ status: 'open', amount: undefined, closeDate: undefined })
    expect(byId['301']?.createdDate).toBe('2026-03-01')
  })

  it('an analytics dataset: blank engage dates and close values, Won/Lost, product as name', async () => {
    const { analysis, changes } = runImport(
      await read('generic-snake.csv'),
      context([]),
      emptyExisting()
    )
    expect(analysis).toMatchObject({ kind: 'opportunities', source: 'generic' })
    expect(changes.rejected).toEqual([])
    const prospects = changes.opportunities.create.filter((o) => o.crmStage === 'Prospecting')
    expect(prospects.length).toBeGreaterThan(0)
    expect(prospects.every((o) => o.createdDate === undefined && o.stageKey === 'prospect')).toBe(
      true
    )
    const lost = changes.opportunities.create.filter((o) => o.status === 'lost')
    expect(lost.some((o) => o.amount?.minor === 0)).toBe(true)
  })

  it('a team list creates reps with their territory, hyphenated names intact', async () => {
    const { analysis, changes } = runImport(
      await read('generic-teams.csv'),
      context([]),
      emptyExisting()
    )
    expect(analysis.kind).toBe('reps')
    expect(changes.reps.create.find((r) => r.name === 'Anne-Marie Castell')?.territory).toBe(
      'Central'
    )
  })

  it('generic activities: types, minutes, next step agreed, links to stored deals', async () => {
    const users = runImport(await read('salesforce-users.csv'), context([]), emptyExisting())
    let existing = applied(emptyExisting(), users.changes)
    existing = applied(
      existing,
      runImport(await read('salesforce-export.csv'), context(existing.reps), existing).changes
    )
    const { changes } = runImport(
      await read('activities-generic.csv'),
      context(existing.reps),
      existing
    )
    expect(changes.rejected).toEqual([])
    const [call, email, meeting] = changes.activities.create
    expect(call).toMatchObject({ type: 'call', durationSeconds: 540, nextStepAgreed: true })
    expect(call?.opportunityId).toBeDefined()
    expect(email).toMatchObject({ type: 'email', nextStepAgreed: false })
    expect(meeting).toMatchObject({ type: 'meeting', durationSeconds: 3600 })
  })

  it('manual measures: expenses in minor units, margins given as fractions noted', async () => {
    const users = runImport(await read('salesforce-users.csv'), context([]), emptyExisting())
    const existing = applied(emptyExisting(), users.changes)
    const { analysis, changes } = runImport(
      await read('manual-measures.csv'),
      context(existing.reps),
      existing
    )
    expect(analysis.kind).toBe('manualMeasures')
    const [expenses, csat, margin] = changes.manualMeasures.create
    expect(expenses).toMatchObject({ metric: 'expenses', value: 184025, periodStart: '2026-01-01' })
    expect(csat).toMatchObject({ metric: 'csat', value: 4.6 })
    expect(margin).toMatchObject({ metric: 'margin', value: 31 })
    expect(changes.notes.some((n) => n.includes('read as fractions'))).toBe(true)
  })

  it('a UTF-16 file with no ID column is read, and refused with what it lacks', async () => {
    const table = await read('utf16le.csv')
    expect(table).toMatchObject({ encoding: 'utf-16le', delimiter: '\t' })
    expect(allRows(table.rows)[0]).toEqual(['Zoë Laurent', 'Café Lumière', '1200', '2026-04-01'])
    const { analysis } = runImport(table, context([]), emptyExisting())
    expect(analysis.kind).toBeUndefined()
    expect(analysis.kindEvidence).toContain('(Owner, Account, Amount, Close Date)')
  })
})
