import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readTable } from '@shared/import/read'
import type { Existing, ImportPlan } from '@shared/import'
import { context, emptyExisting, runImport } from './pipelineSupport'

/** The whole pipeline (read → analyse → normalise → plan) on the project's own export files. */

const FIXTURES = join(__dirname, '../../fixtures/import')
const read = (name: string) => readTable(new Uint8Array(readFileSync(join(FIXTURES, name))), name)

/** What committing the plan would leave stored, so the next import sees it. */
function applied(existing: Existing, plan: ImportPlan): Existing {
  const merge = <T extends { id: string }>(rows: T[], created: T[], updated: { after: T }[]) => {
    const byId = new Map(rows.map((r) => [r.id, r]))
    for (const r of [...created, ...updated.map((u) => u.after)]) byId.set(r.id, r)
    return [...byId.values()]
  }
  return {
    ...existing,
    reps: merge(existing.reps, plan.reps.create, plan.reps.update),
    opportunities: merge(
      existing.opportunities,
      plan.opportunities.create,
      plan.opportunities.update
    ),
    activities: merge(existing.activities, plan.activities.create, plan.activities.update),
    manualMeasures: merge(
      existing.manualMeasures,
      plan.manualMeasures.create,
      plan.manualMeasures.update
    )
  }
}

describe('Salesforce: users, then a data export, then tasks, then a report of the same deals', () => {
  it('joins owner ids to names through the users export and matches 15- and 18-char ids', async () => {
    let existing = emptyExisting()
    const users = runImport(await read('salesforce-users.csv'), context([]), existing)
    expect(users.analysis).toMatchObject({ kind: 'reps', source: 'salesforceExport' })
    expect(users.plan.reps.create.map((r) => [r.name, r.email, r.active, r.crmAliases])).toEqual([
      ['Dana Whitfield', 'dana.whitfield@example.com', true, ['0055g00000DwH1aAAE']],
      ['Marcus Lee', 'marcus.lee@example.com', true, ['0055g00000DwH2bAAE']],
      ['Priya Raman', 'priya.raman@example.com', true, ['0055g00000DwH3cAAE']],
      ["Tom O'Neill", 'tom.oneill@example.com', true, ['0055g00000DwH4dAAE']],
      ['Former Rep', 'former.rep@example.com', false, ['0055g00000DwH5eAAE']]
    ])
    existing = applied(existing, users.plan)

    const exportTable = await read('salesforce-export.csv')
    const deals = runImport(exportTable, context(existing.reps), existing)
    expect(deals.analysis).toMatchObject({ kind: 'opportunities', source: 'salesforceExport' })
    expect(deals.analysis.owners.every((o) => o.basis === 'alias')).toBe(true)
    expect(deals.plan.rejected).toEqual([])
    expect(deals.plan.counts.created).toBe(exportTable.rows.length)
    const harbor = deals.plan.opportunities.create.find((o) => o.crmId === '0065g00000AbC1dAAF')
    expect(harbor).toMatchObject({
      repId: existing.reps.find((r) => r.name === 'Dana Whitfield')?.id,
      createdDate: '2026-01-09',
      closeDate: '2026-03-28',
      amount: { minor: 4850000, currency: 'USD' },
      status: 'open',
      stageKey: 'propose'
    })
    const summit = deals.plan.opportunities.create.find((o) => o.crmId === '0065g00000AbC7jAAF')
    expect(summit?.amount).toEqual({ minor: 1840000, currency: 'EUR' })
    existing = applied(existing, deals.plan)

    const tasks = runImport(await read('salesforce-tasks.csv'), context(existing.reps), existing)
    expect(tasks.analysis.kind).toBe('activities')
    const byId = Object.fromEntries(tasks.plan.activities.create.map((a) => [a.crmId, a]))
    expect(byId['00T5g00000Qa1aAAAR']).toMatchObject({
      type: 'call',
      durationSeconds: 540,
      opportunityId: harbor?.id
    })
    expect(byId['00T5g00000Qa1bAAAR']?.type).toBe('email')
    expect(byId['00T5g00000Qa1cAAAR']?.type).toBe('meeting')
    // The empty-link placeholder is no link at all, not an unknown opportunity.
    expect(byId['00T5g00000Qa1dAAAR']?.opportunityId).toBeUndefined()
    existing = applied(existing, tasks.plan)

    const report = runImport(await read('salesforce-report.csv'), context(existing.reps), existing)
    expect(report.analysis.source).toBe('salesforceReport')
    // Report rows carry 15-char ids; those that are in the export update the same records.
    const sameIds = report.plan.opportunities.update.map((u) => u.before.crmId)
    expect(sameIds).toContain('0065g00000AbC1dAAF')
    expect(report.plan.opportunities.create.map((o) => o.crmId)).not.toContain('0065g00000AbC1dAAF')
  })
})

describe('HubSpot', () => {
  it('reads day-first dates, merges an owner written as a name and as an email', async () => {
    const { analysis, plan } = runImport(
      await read('hubspot-deals.csv'),
      context([]),
      emptyExisting()
    )
    expect(analysis).toMatchObject({ kind: 'opportunities', source: 'hubspot' })
    expect(analysis.dates).toMatchObject({ order: 'dmy', ambiguous: false })
    expect(plan.reps.create.map((r) => [r.name, r.crmAliases])).toEqual(
      [
        ['Sam Carter', ['sam.carter@example.com']],
        ['Alex Morgan', ['alex.morgan@example.com']],
        ['Jamie Chen', ['jamie.chen@example.com']]
      ].filter(([name]) => plan.reps.create.some((r) => r.name === name))
    )
    expect(new Set(plan.reps.create.map((r) => r.name)).size).toBe(plan.reps.create.length)
    expect(plan.opportunities.create[0]).toMatchObject({
      crmId: '9011001',
      closeDate: '2026-04-30',
      createdDate: '2026-01-14'
    })
  })

  it('a newer export updates the moved deals and snapshots their history', async () => {
    const first = runImport(await read('hubspot-deals.csv'), context([]), emptyExisting())
    const existing = applied(emptyExisting(), first.plan)
    const newer = runImport(
      await read('hubspot-deals-newer.csv'),
      context(existing.reps),
      existing,
      (d) => d,
      'import-2'
    )
    const moved = Object.fromEntries(newer.plan.opportunities.update.map((u) => [u.after.crmId, u]))
    expect(moved['9011001']?.after).toMatchObject({
      stageKey: 'qualify',
      nextStep: 'Send proposal'
    })
    expect(moved['9011002']?.after).toMatchObject({ status: 'won', closeDate: '2026-03-24' })
    expect(moved['9011003']?.before.closeDate).toBe('2026-05-15')
    expect(moved['9011003']?.after.closeDate).toBe('2026-06-30')
    expect(moved['9011006']?.after.amount).toEqual({ minor: 1850000, currency: 'USD' })
    expect(newer.plan.counts.unchanged).toBeGreaterThan(0)
    expect(moved['9011004']).toBeUndefined()
    expect(newer.plan.snapshots.every((s) => s.importId === 'import-2')).toBe(true)
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
    const { analysis, plan } = runImport(table, context([]), emptyExisting(), (d) => ({
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
    expect(plan.rejected).toEqual([])
    expect(plan.opportunities.create[0]).toMatchObject({
      name: 'Müller Maschinenbau – Wartung',
      amount: { minor: 123450, currency: 'EUR' },
      closeDate: '2026-04-30'
    })
    expect(plan.reps.create.map((r) => r.name)).toEqual(['Jürgen Böhm', 'Anja Köhler'])
  })
})

describe('a hand-kept workbook', () => {
  it('reads the Deals sheet with no ID column, matching deals by name', async () => {
    const table = await readTable(
      new Uint8Array(readFileSync(join(FIXTURES, 'deals.xlsx'))),
      'deals.xlsx',
      { sheet: 'Deals' }
    )
    const { analysis, plan } = runImport(table, context([]), emptyExisting())
    expect(analysis.kind).toBe('opportunities')
    expect(plan.rejected).toEqual([])
    const harbor = plan.opportunities.create[0]
    expect(harbor).toMatchObject({
      crmId: 'name:harbor logistics - fleet renewal',
      name: 'Harbor Logistics - Fleet Renewal',
      amount: { minor: 4850000, currency: 'USD' },
      closeDate: '2026-03-01',
      createdDate: '2026-01-09'
    })
    expect(plan.opportunities.create.find((o) => o.name === 'Crescent - 12 Sites')).toMatchObject({
      status: 'won',
      amount: { minor: 30, currency: 'USD' }
    })
    expect(plan.notes[0]).toContain('no ID column')
  })
})

describe('Pipedrive and generic files', () => {
  it('Pipedrive: status column, currency column, stages guessed for checking', async () => {
    const { analysis, plan } = runImport(
      await read('pipedrive-deals.csv'),
      context([]),
      emptyExisting()
    )
    expect(analysis.source).toBe('pipedrive')
    expect(analysis.stages.every((s) => s.basis === 'guess')).toBe(true)
    const byId = Object.fromEntries(plan.opportunities.create.map((o) => [o.crmId, o]))
    expect(byId['303']).toMatchObject({ status: 'won', amount: { minor: 975075, currency: 'USD' } })
    expect(byId['304']?.status).toBe('lost')
    expect(byId['305']).toMatchObject({ status: 'open', amount: undefined, closeDate: undefined })
    expect(byId['301']?.createdDate).toBe('2026-03-01')
  })

  it('an analytics dataset: blank engage dates and close values, Won/Lost, product as name', async () => {
    const { analysis, plan } = runImport(
      await read('generic-snake.csv'),
      context([]),
      emptyExisting()
    )
    expect(analysis).toMatchObject({ kind: 'opportunities', source: 'generic' })
    expect(plan.rejected).toEqual([])
    const prospects = plan.opportunities.create.filter((o) => o.crmStage === 'Prospecting')
    expect(prospects.length).toBeGreaterThan(0)
    expect(prospects.every((o) => o.createdDate === undefined && o.stageKey === 'prospect')).toBe(
      true
    )
    const lost = plan.opportunities.create.filter((o) => o.status === 'lost')
    expect(lost.some((o) => o.amount?.minor === 0)).toBe(true)
  })

  it('a team list creates reps with their territory, hyphenated names intact', async () => {
    const { analysis, plan } = runImport(
      await read('generic-teams.csv'),
      context([]),
      emptyExisting()
    )
    expect(analysis.kind).toBe('reps')
    expect(plan.reps.create.find((r) => r.name === 'Anne-Marie Castell')?.territory).toBe('Central')
  })

  it('generic activities: types, minutes, next step agreed, links to stored deals', async () => {
    const users = runImport(await read('salesforce-users.csv'), context([]), emptyExisting())
    let existing = applied(emptyExisting(), users.plan)
    existing = applied(
      existing,
      runImport(await read('salesforce-export.csv'), context(existing.reps), existing).plan
    )
    const { plan } = runImport(
      await read('activities-generic.csv'),
      context(existing.reps),
      existing
    )
    expect(plan.rejected).toEqual([])
    const [call, email, meeting] = plan.activities.create
    expect(call).toMatchObject({ type: 'call', durationSeconds: 540, nextStepAgreed: true })
    expect(call?.opportunityId).toBeDefined()
    expect(email).toMatchObject({ type: 'email', nextStepAgreed: false })
    expect(meeting).toMatchObject({ type: 'meeting', durationSeconds: 3600 })
  })

  it('manual measures: expenses in minor units, margins given as fractions noted', async () => {
    const users = runImport(await read('salesforce-users.csv'), context([]), emptyExisting())
    const existing = applied(emptyExisting(), users.plan)
    const { analysis, plan } = runImport(
      await read('manual-measures.csv'),
      context(existing.reps),
      existing
    )
    expect(analysis.kind).toBe('manualMeasures')
    const [expenses, csat, margin] = plan.manualMeasures.create
    expect(expenses).toMatchObject({ metric: 'expenses', value: 184025, periodStart: '2026-01-01' })
    expect(csat).toMatchObject({ metric: 'csat', value: 4.6 })
    expect(margin).toMatchObject({ metric: 'margin', value: 31 })
    expect(plan.notes.some((n) => n.includes('read as fractions'))).toBe(true)
  })

  it('a UTF-16 file with no ID column is read, and refused with what it lacks', async () => {
    const table = await read('utf16le.csv')
    expect(table).toMatchObject({ encoding: 'utf-16le', delimiter: '\t' })
    expect(table.rows[0]).toEqual(['Zoë Laurent', 'Café Lumière', '1200', '2026-04-01'])
    const { analysis } = runImport(table, context([]), emptyExisting())
    expect(analysis.kind).toBeUndefined()
    expect(analysis.kindEvidence).toContain('(Owner, Account, Amount, Close Date)')
  })
})
