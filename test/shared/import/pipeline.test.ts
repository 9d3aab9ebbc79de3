import { describe, expect, it } from 'vitest'
import {
  analyseTable,
  analyseTableInSteps,
  detectKind,
  detectSource,
  headerSignature,
  normaliseTable,
  proposedDecisions,
  tableSlices
} from '@shared/import'
import { NOW, context, emptyExisting, rep, runImport, table } from './pipelineSupport'

const SF_REPORT = [
  [
    'Opportunity Owner',
    'Account Name',
    'Opportunity Name',
    'Stage',
    'Amount',
    'Close Date',
    'Created Date',
    'Next Step',
    'Opportunity ID'
  ],
  [
    'Jane Doe',
    'Acme',
    'Acme renewal',
    'Prospecting',
    '$1,234.50',
    '03/04/2026',
    '01/15/2026',
    'Call CFO',
    '0065g00000AbCdE'
  ],
  [
    'Jane Doe',
    'Globex',
    'Globex expansion',
    'Closed Won',
    '$20,000.00',
    '02/28/2026',
    '01/02/2026',
    '',
    '0065g00000AbCdF'
  ],
  [
    'Sam Lee',
    'Initech',
    'Initech pilot',
    'Closed Lost',
    '(4.50)',
    '03/13/2026',
    '01/20/2026',
    '',
    '0065g00000AbCdG'
  ],
  ['', '', '', '', '', '', '', '', ''],
  ['Grand Totals (3 records)', '', '', '', '$21,230.00', '', '', '', ''],
  ['Confidential Information - Do Not Distribute', '', '', '', '', '', '', '', ''],
  [
    'Copyright (c) 2000-2026 salesforce.com, inc. All rights reserved.',
    '',
    '',
    '',
    '',
    '',
    '',
    '',
    ''
  ]
]

describe('recognising a file', () => {
  it.each([
    [
      ['Opportunity Owner', 'Opportunity Name', 'Stage', 'Close Date', 'Opportunity ID'],
      'opportunities',
      'salesforceReport'
    ],
    [
      ['\uFEFFId', 'OwnerId', 'Name', 'StageName', 'CloseDate', 'IsWon'],
      'opportunities',
      'salesforceExport'
    ],
    [
      ['Record ID', 'Deal Name', 'Deal Stage', 'Deal owner', 'Pipeline'],
      'opportunities',
      'hubspot'
    ],
    [
      ['Datensatz-ID', 'Name des Deals', 'Deal-Phase', 'Deal-Inhaber', 'Betrag'],
      'opportunities',
      'hubspot'
    ],
    [
      ['Deal - ID', 'Deal - Title', 'Deal - Owner', 'Deal - Stage', 'Deal - Value'],
      'opportunities',
      'pipedrive'
    ],
    [
      ['opportunity_id', 'sales_agent', 'product', 'account', 'deal_stage', 'engage_date'],
      'opportunities',
      'generic'
    ],
    [
      ['Id', 'Subject', 'ActivityDate', 'Status', 'OwnerId', 'WhatId', 'TaskSubtype'],
      'activities',
      'salesforceExport'
    ],
    [['Id', 'Name', 'Email', 'IsActive'], 'reps', 'salesforceExport'],
    [['sales_agent', 'manager', 'regional_office'], 'reps', 'generic'],
    [['rep', 'metric', 'period start', 'period end', 'value', 'note'], 'manualMeasures', 'generic']
  ] as const)('%j is %s from %s', (headers, kind, source) => {
    expect(detectKind([...headers]).kind).toBe(kind)
    expect(detectSource([...headers]).source).toBe(source)
  })

  it('names the columns it expected when nothing fits', () => {
    const detection = detectKind(['Recipe', 'Servings', 'Prep time'])
    expect(detection.kind).toBeUndefined()
    expect(detection.evidence).toContain('Recipe, Servings, Prep time')
    expect(detection.evidence).toContain('Opportunity ID')
  })

  it('gives files with the same columns in another order and case the same signature', () => {
    expect(headerSignature('opportunities', ['Stage', 'Close Date'])).toBe(
      headerSignature('opportunities', ['close_date', 'STAGE'])
    )
    expect(headerSignature('opportunities', ['Stage'])).not.toBe(headerSignature('reps', ['Stage']))
  })
})

describe('a Salesforce report with footer lines', () => {
  const jane = rep('rep-jane', 'Jane Doe')
  const ctx = context([jane])

  it('leaves the footers out, reads US dates and dollar amounts, maps stages', () => {
    const { analysis, changes } = runImport(table(SF_REPORT), ctx, emptyExisting([jane]))
    expect(analysis.kind).toBe('opportunities')
    expect(analysis.source).toBe('salesforceReport')
    expect(analysis.dates).toMatchObject({ order: 'mdy', ambiguous: false })
    expect(analysis.footerRows).toBe(4)
    expect(changes.counts).toEqual({
      created: 3,
      updated: 0,
      unchanged: 0,
      skipped: 4,
      rejected: 0
    })
    expect(changes.skipped.map((s) => s.rowNumber)).toEqual([5, 6, 7, 8])
    const [acme, globex, initech] = changes.opportunities.create
    expect(acme).toMatchObject({
      repId: 'rep-jane',
      amount: { minor: 123450, currency: 'USD' },
      closeDate: '2026-03-04',
      createdDate: '2026-01-15',
      stageKey: 'prospect',
      status: 'open',
      nextStep: 'Call CFO'
    })
    // Report ids (15 chars) are stored as 18-char ids so data exports match them.
    expect(acme!.crmId).toMatch(/^0065g00000AbCdE[A-Z0-5]{3}$/)
    expect(globex).toMatchObject({ status: 'won', stageKey: 'close' })
    expect(initech).toMatchObject({ status: 'lost', amount: { minor: -450, currency: 'USD' } })
    // New deals stand as their own first snapshots: no snapshot rows (issue 18).
    expect(changes.snapshots).toEqual([])
    expect(
      changes.opportunities.create.every((o) => o.unchangedSince?.importId === 'import-1')
    ).toBe(true)
  })

  it('offers to create a rep for an unknown owner, and skipping them leaves their rows out', () => {
    const { analysis } = runImport(table(SF_REPORT), ctx, emptyExisting([jane]))
    expect(analysis.owners.map((o) => [o.owner, o.rows, o.basis, o.choice.action])).toEqual([
      ['Jane Doe', 2, 'alias', 'rep'],
      ['Sam Lee', 1, 'new', 'create']
    ])
    const created = runImport(table(SF_REPORT), ctx, emptyExisting([jane])).changes
    expect(created.reps.create).toMatchObject([
      { name: 'Sam Lee', roleId: 'role-ae', crmAliases: [] }
    ])
    const skipped = runImport(table(SF_REPORT), ctx, emptyExisting([jane]), (d) => ({
      ...d,
      owners: { ...d.owners, 'sam lee': { action: 'skip' } }
    })).changes
    expect(skipped.reps.create).toEqual([])
    expect(skipped.counts).toMatchObject({ created: 2, skipped: 5 })
    expect(skipped.skipped).toContainEqual({ rowNumber: 4, reason: 'owner “Sam Lee” skipped' })
  })

  it('mapping an owner to an existing rep teaches the alias', () => {
    const { changes } = runImport(table(SF_REPORT), ctx, emptyExisting([jane]), (d) => ({
      ...d,
      owners: { ...d.owners, 'sam lee': { action: 'rep', repId: 'rep-jane' } }
    }))
    expect(changes.reps.update).toHaveLength(1)
    expect(changes.reps.update[0]!.after.crmAliases).toEqual(['Sam Lee'])
    expect(changes.opportunities.create.every((o) => o.repId === 'rep-jane')).toBe(true)
  })

  it('lists every rejected cell with row, column, value and reason', () => {
    const bad = SF_REPORT.slice(0, 4).map((r) => [...r])
    bad[1]![4] = '12 dollars'
    bad[2]![5] = '02/30/2026'
    bad[3]![8] = bad[1]![8]!
    const { changes } = runImport(table(bad), ctx, emptyExisting([jane]))
    expect(changes.rejected).toEqual([
      {
        rowNumber: 2,
        column: 'Amount',
        value: '12 dollars',
        reason: '"12 dollars": not an amount'
      },
      {
        rowNumber: 3,
        column: 'Close Date',
        value: '02/30/2026',
        reason: '"02/30/2026": 2026-02 has no day 30'
      },
      {
        rowNumber: 4,
        column: 'Opportunity ID',
        value: '0065g00000AbCdE',
        reason: 'the same ID is already on row 2'
      }
    ])
    expect(changes.counts).toMatchObject({ created: 0, rejected: 3 })
  })

  it('reads a day or an owner repeated on many rows the same on each, and rejects a bad day on each', () => {
    // The reader remembers days and owner keys it worked out (rowReader.ts); a bad day is
    // never remembered, so every row that has it is listed.
    const rows = SF_REPORT.slice(0, 4).map((r) => [...r])
    rows[1]![0] = ' jane  DOE '
    rows[2]![5] = '02/30/2026'
    rows[3]![5] = '02/30/2026'
    rows.push([
      'Jane Doe',
      'Umbrella',
      'Umbrella',
      'Prospecting',
      '10',
      rows[1]![5]!,
      '',
      '',
      '0065g00000ZzZzZ'
    ])
    const { changes } = runImport(table(rows), ctx, emptyExisting([jane]))
    expect(changes.rejected.map((r) => [r.rowNumber, r.column, r.value])).toEqual([
      [3, 'Close Date', '02/30/2026'],
      [4, 'Close Date', '02/30/2026']
    ])
    const [first, again] = changes.opportunities.create
    expect(first).toMatchObject({ repId: 'rep-jane', closeDate: '2026-03-04' })
    expect(again).toMatchObject({ repId: 'rep-jane', closeDate: '2026-03-04' })
  })
})

describe('re-importing a newer export', () => {
  const jane = rep('rep-jane', 'Jane Doe', { crmAliases: ['jane@acme.com'] })
  const ctx = context([jane])
  const first = [
    ['Record ID', 'Deal Name', 'Deal Stage', 'Amount', 'Close Date', 'Deal owner', 'Next step'],
    ['101', 'Acme', 'appointmentscheduled', '1000', '2026-12-01', 'jane@acme.com', 'Demo'],
    ['102', 'Globex', 'qualifiedtobuy', '5000', '2026-12-15', 'Jane Doe', ''],
    ['103', 'Initech', 'contractsent', '800', '2026-11-30', 'JANE DOE', '']
  ]
  const newer = [
    first[0]!,
    ['101', 'Acme', 'presentationscheduled', '1000', '2026-12-01', 'jane@acme.com', 'Proposal'],
    ['102', 'Globex', 'qualifiedtobuy', '5000', '2027-01-15', 'Jane Doe', ''],
    ['103', 'Initech', 'contractsent', '800', '2026-11-30', 'JANE DOE', ''],
    ['104', 'Umbrella', 'appointmentscheduled', '300', '2027-02-01', 'Jane Doe', '']
  ]

  it('updates by CRM id, counts the unchanged, and snapshots only what moved', () => {
    const one = runImport(table(first), ctx, emptyExisting([jane]))
    expect(one.changes.counts).toMatchObject({ created: 3, updated: 0, unchanged: 0 })
    const existing = { ...emptyExisting([jane]), opportunities: one.changes.opportunities.create }
    const two = runImport(
      table(newer),
      ctx,
      existing,
      (d) => d,
      'import-2',
      '2026-12-07T09:00:00.000Z'
    )
    expect(two.changes.counts).toEqual({
      created: 1,
      updated: 2,
      unchanged: 1,
      skipped: 0,
      rejected: 0
    })
    const byCrm = Object.fromEntries(
      two.changes.opportunities.update.map((u) => [u.after.crmId, u])
    )
    expect(byCrm['101']!.before.stageKey).toBe('prospect')
    expect(byCrm['101']!.after).toMatchObject({
      stageKey: 'propose',
      nextStep: 'Proposal',
      importId: 'import-2'
    })
    expect(byCrm['101']!.after.id).toBe(byCrm['101']!.before.id)
    expect(byCrm['102']!.after.closeDate).toBe('2027-01-15')
    // Each moved deal: its first state as of the first import, then the new one; the new
    // deal stands as its own first snapshot.
    expect(
      two.changes.snapshots.map((s) => [s.opportunityId, s.takenAt, s.stageKey, s.closeDate])
    ).toEqual([
      [byCrm['101']!.after.id, NOW, 'prospect', '2026-12-01'],
      [byCrm['101']!.after.id, '2026-12-07T09:00:00.000Z', 'propose', '2026-12-01'],
      [byCrm['102']!.after.id, NOW, 'qualify', '2026-12-15'],
      [byCrm['102']!.after.id, '2026-12-07T09:00:00.000Z', 'qualify', '2027-01-15']
    ])
    expect(two.changes.opportunities.create[0]!.unchangedSince?.importId).toBe('import-2')
  })

  it('says which stored opportunities the newer file no longer has', () => {
    const one = runImport(table(first), ctx, emptyExisting([jane]))
    const existing = { ...emptyExisting([jane]), opportunities: one.changes.opportunities.create }
    const two = runImport(table(first.slice(0, 3)), ctx, existing, (d) => d, 'import-2')
    expect(two.changes.notes).toContain(
      '1 opportunity from earlier imports is not in this file and was left as it was.'
    )
  })
})

describe('dates, stages and amounts the manager must confirm', () => {
  const jane = rep('rep-jane', 'Jane Doe')
  const ctx = context([jane])

  it('asks when no date in the file proves the day/month order', () => {
    const t = table([
      ['Record ID', 'Deal Name', 'Deal Stage', 'Close Date', 'Deal owner'],
      ['1', 'A', 'closedwon', '03/04/2026', 'Jane Doe'],
      ['2', 'B', 'closedwon', '05/06/2026', 'Jane Doe']
    ])
    const asked = runImport(t, ctx, emptyExisting([jane]))
    expect(asked.analysis.dates.ambiguous).toBe(true)
    const dmy = runImport(t, ctx, emptyExisting([jane]), (d) => ({ ...d, dateOrder: 'dmy' }))
    expect(dmy.changes.opportunities.create.map((o) => o.closeDate)).toEqual([
      '2026-04-03',
      '2026-06-05'
    ])
  })

  it('decides dmy from one day above 12 anywhere in the date columns', () => {
    const t = table([
      ['Record ID', 'Deal Stage', 'Close Date', 'Create Date', 'Deal owner'],
      ['1', 'closedwon', '03/04/2026', '25/01/2026', 'Jane Doe']
    ])
    const { analysis, changes } = runImport(t, ctx, emptyExisting([jane]))
    expect(analysis.dates).toMatchObject({ order: 'dmy', ambiguous: false })
    expect(changes.opportunities.create[0]).toMatchObject({
      closeDate: '2026-04-03',
      createdDate: '2026-01-25'
    })
  })

  it('marks stages the process does not name, and rejects their rows until mapped', () => {
    const t = table([
      [
        'Deal - ID',
        'Deal - Title',
        'Deal - Owner',
        'Deal - Stage',
        'Deal - Value',
        'Deal - Status'
      ],
      ['7', 'Acme', 'Jane Doe', 'Proposal Made', '1.234,50 €', 'open'],
      ['8', 'Globex', 'Jane Doe', 'Pitch Day', '99,00 €', 'lost']
    ])
    const { analysis, changes } = runImport(t, ctx, emptyExisting([jane]))
    expect(analysis.stages.map((s) => [s.crmStage, s.basis, s.choice?.stageKey])).toEqual([
      ['Pitch Day', 'none', undefined],
      ['Proposal Made', 'guess', 'propose']
    ])
    expect(analysis.decimal).toMatchObject({ decimal: ',', ambiguous: false })
    expect(changes.rejected).toEqual([
      {
        rowNumber: 3,
        column: 'Deal - Stage',
        value: 'Pitch Day',
        reason: 'the stage "Pitch Day" is not mapped to a sales-process stage'
      }
    ])
    expect(changes.opportunities.create[0]!.amount).toEqual({ minor: 123450, currency: 'EUR' })
    const mapped = runImport(t, ctx, emptyExisting([jane]), (d) => ({
      ...d,
      stageMap: { ...d.stageMap, 'Pitch Day': { stageKey: 'propose', status: 'open' } }
    }))
    // Pipedrive's own status column says lost, whatever the stage map says.
    expect(mapped.changes.opportunities.create[1]).toMatchObject({
      stageKey: 'propose',
      status: 'lost'
    })
  })

  it('reads Salesforce IsWon/IsClosed flags for the status', () => {
    const t = table([
      ['Id', 'OwnerId', 'Name', 'StageName', 'IsClosed', 'IsWon'],
      ['0065g00000AbCdEAAV', '0055g00000XyZaBAAV', 'Acme', 'Negotiation/Review', '1', ''],
      ['0065g00000AbCdFAAV', '0055g00000XyZaBAAV', 'Globex', 'Closed Won', '1', '1']
    ])
    const ctxWithId = context([rep('rep-jane', 'Jane Doe', { crmAliases: ['0055g00000XyZaBAAV'] })])
    const { changes } = runImport(t, ctxWithId, emptyExisting(ctxWithId.reps))
    expect(changes.opportunities.create.map((o) => [o.status, o.stageKey])).toEqual([
      ['lost', 'negotiate'],
      ['won', 'close']
    ])
  })
})

describe('normalising in slices', () => {
  it('gives the same records, problems and duplicates across slices as all at once', () => {
    const rows = [['Record ID', 'Deal Stage', 'Amount', 'Deal owner']]
    for (let i = 1; i <= 4500; i++)
      rows.push([String(i), 'closedwon', i % 1000 === 0 ? 'lots' : '10', 'Jane Doe'])
    rows.push(['7', 'closedwon', '10', 'Jane Doe'])
    const t = table(rows)
    const ctx = context([rep('rep-jane', 'Jane Doe')])
    const decisions = proposedDecisions(analyseTable(t, ctx), ctx)
    const source = tableSlices(t, decisions)
    const slices = [...source.slices()]
    expect(slices).toHaveLength(3)
    const sliced = { records: slices.flat(), ...source.report() }
    expect(sliced).toEqual(normaliseTable(t, decisions))
    expect(sliced.rejected.map((p) => [p.rowNumber, p.reason])).toEqual([
      [1001, '"lots": not an amount'],
      [2001, '"lots": not an amount'],
      [3001, '"lots": not an amount'],
      [4001, '"lots": not an amount'],
      [4502, 'the same ID is already on row 8']
    ])
  })
})

describe('analysing in steps', () => {
  it('gives exactly the analysis made at once, pausing between passes', async () => {
    const t = table(SF_REPORT)
    const ctx = context([rep('rep-jane', 'Jane Doe')])
    let pauses = 0
    const stepped = await analyseTableInSteps(t, ctx, async () => {
      pauses += 1
    })
    expect(pauses).toBeGreaterThanOrEqual(4)
    expect(stepped).toEqual(analyseTable(t, ctx))
  })
})
