import { describe, expect, it } from 'vitest'
import { allRows } from '@shared/import/tableRows'
import { describeTable } from '@shared/import/read'
import { readFixture } from './fixtures'

describe('readTable: CRM CSV fixtures', () => {
  it('reads a Salesforce report: CRLF, $ amounts, an embedded newline, footer rows kept as rows', async () => {
    const t = await readFixture('salesforce-report.csv')
    expect(t.format).toBe('csv')
    expect(t.encoding).toBe('utf-8')
    expect(t.bom).toBe(false)
    expect(t.delimiter).toBe(',')
    expect(t.sheetNames).toEqual([])
    expect(t.headers).toEqual([
      'Opportunity Owner',
      'Account Name',
      'Opportunity Name',
      'Stage',
      'Amount',
      'Probability (%)',
      'Close Date',
      'Created Date',
      'Next Step',
      'Last Activity',
      'Opportunity ID'
    ])
    // 12 deals + 3 footer lines (the reader leaves footers to the mapping step)
    expect(allRows(t.rows)).toHaveLength(15)
    // the blank line before the footer is row 14: skipped, but counted
    expect(t.rowNumbers).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 15, 16, 17])
    expect(allRows(t.rows)[1]?.[4]).toBe('$1,234.50')
    expect(allRows(t.rows)[1]?.[8]).toBe('Send proposal, then call\nback Tuesday')
    expect(allRows(t.rows)[9]?.[8]).toBe('Discovery "deep dive"')
    expect(allRows(t.rows)[9]?.[0]).toBe("Tom O'Neill")
    expect(allRows(t.rows)[12]).toEqual([
      'Grand Totals (12 records)',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      ''
    ])
    expect(allRows(t.rows)[14]?.[0]).toBe(
      'Copyright (c) 2000-2026 salesforce.com, inc. All rights reserved.'
    )
    expect(allRows(t.rows).every((r) => r.length === 11)).toBe(true)
    expect(t.notes).toEqual([])
    expect(describeTable(t)).toBe('15 rows, comma-separated, UTF-8')
  })

  it('reads a Salesforce data export with a UTF-8 BOM (no BOM left in the first header)', async () => {
    const t = await readFixture('salesforce-export.csv')
    expect(t.bom).toBe(true)
    expect(t.encoding).toBe('utf-8')
    expect(t.headers[0]).toBe('Id')
    expect(t.headers).toHaveLength(13)
    expect(t.headers.slice(8, 11)).toEqual(['CreatedDate', 'IsClosed', 'IsWon'])
    expect(allRows(t.rows)).toHaveLength(7)
    expect(allRows(t.rows)[0]?.[0]).toBe('0065g00000AbC1dAAF')
    expect(allRows(t.rows)[0]?.[8]).toBe('2026-01-09T15:04:11.000+0000')
    expect(allRows(t.rows)[2]?.slice(9, 11)).toEqual(['1', '1'])
    expect(allRows(t.rows)[3]?.slice(9, 11)).toEqual(['1', ''])
    expect(describeTable(t)).toBe('7 rows, comma-separated, UTF-8 with BOM')
  })

  it('reads the Salesforce user and task exports', async () => {
    const users = await readFixture('salesforce-users.csv')
    expect(users.headers).toEqual(['Id', 'Name', 'Email', 'IsActive'])
    expect(allRows(users.rows).map((r) => r[3])).toEqual(['true', 'true', 'true', 'true', 'false'])
    const tasks = await readFixture('salesforce-tasks.csv')
    expect(tasks.headers).toEqual([
      'Id',
      'Subject',
      'ActivityDate',
      'Status',
      'Priority',
      'OwnerId',
      'WhatId',
      'WhoId',
      'CallDurationInSeconds',
      'CallType',
      'TaskSubtype',
      'Type'
    ])
    expect(allRows(tasks.rows)).toHaveLength(7)
    expect(allRows(tasks.rows).filter((r) => r[6] === '000000000000000AAA')).toHaveLength(2)
    expect(allRows(tasks.rows).map((r) => r[10])).toEqual([
      'Call',
      'Email',
      'Task',
      'Call',
      'Task',
      'Call',
      'Task'
    ])
  })

  it('reads HubSpot deals, the later export and the ambiguous-date export', async () => {
    const older = await readFixture('hubspot-deals.csv')
    expect(older.headers).toHaveLength(12)
    expect(older.headers[0]).toBe('Record ID')
    expect(older.headers[11]).toBe('Closed Lost Reason')
    expect(allRows(older.rows)).toHaveLength(8)
    expect(allRows(older.rows)[5]?.[9]).toBe('Prep slides, invite CTO')
    expect(allRows(older.rows)[4]?.[11]).toBe('Went with competitor')
    const newer = await readFixture('hubspot-deals-newer.csv')
    expect(newer.headers).toEqual(older.headers)
    expect(allRows(newer.rows)).toHaveLength(9)
    expect(allRows(newer.rows)[8]?.[0]).toBe('9011009')
    expect(newer.rowNumbers.at(-1)).toBe(10)
    const ambiguous = await readFixture('hubspot-deals-ambiguous.csv')
    expect(allRows(ambiguous.rows)).toHaveLength(3)
    const days = allRows(ambiguous.rows)
      .flatMap((r) => [r[5], r[6], r[8]])
      .map((d) => Number(d?.slice(0, 2)))
    expect(days.every((d) => d >= 1 && d <= 12)).toBe(true)
  })

  it('reads German HubSpot: semicolons, Windows-1252 (€, umlauts, en dash)', async () => {
    const t = await readFixture('hubspot-deals-de.csv')
    expect(t.delimiter).toBe(';')
    expect(t.encoding).toBe('windows-1252')
    expect(t.notes).toEqual(['Decoded as Windows-1252 (the file is not UTF-8).'])
    expect(t.headers).toEqual([
      'Datensatz-ID',
      'Name des Deals',
      'Deal-Phase',
      'Betrag',
      'Abschlussdatum',
      'Erstellungsdatum',
      'Deal-Inhaber'
    ])
    expect(allRows(t.rows)[0]).toEqual([
      '9013001',
      'Müller Maschinenbau – Wartung',
      'Termin vereinbart',
      '1.234,50 €',
      '30.04.2026',
      '14.01.2026',
      'Jürgen Böhm'
    ])
    expect(allRows(t.rows)[2]?.[1]).toBe('Größenwerk GmbH')
    expect(allRows(t.rows)[3]?.[1]).toBe('Öko-Fracht AG')
    expect(t.rowNumbers).toEqual([2, 3, 4, 5])
    expect(describeTable(t)).toBe('4 rows, semicolon-separated, Windows-1252')
  })

  it('reads Pipedrive deals ("Deal - …" headers, an all-blank-but-some row)', async () => {
    const t = await readFixture('pipedrive-deals.csv')
    expect(t.headers[0]).toBe('Deal - ID')
    expect(t.headers[9]).toBe('Deal - Deal created')
    expect(allRows(t.rows)).toHaveLength(5)
    expect(allRows(t.rows).map((r) => r[7])).toEqual(['open', 'open', 'won', 'lost', 'open'])
    expect(allRows(t.rows)[0]?.[9]).toBe('2026-03-01 14:22:05')
    expect(allRows(t.rows)[4]?.[2]).toBe('')
  })

  it('reads the generic analytics dataset and its team list', async () => {
    const t = await readFixture('generic-snake.csv')
    expect(t.headers).toEqual([
      'opportunity_id',
      'sales_agent',
      'product',
      'account',
      'deal_stage',
      'engage_date',
      'close_date',
      'close_value'
    ])
    expect(allRows(t.rows)).toHaveLength(12)
    expect(new Set(allRows(t.rows).map((r) => r[4]))).toEqual(
      new Set(['Won', 'Lost', 'Engaging', 'Prospecting'])
    )
    const prospecting = allRows(t.rows).filter((r) => r[4] === 'Prospecting')
    expect(prospecting.every((r) => r[5] === '' && r[6] === '' && r[7] === '')).toBe(true)
    expect(
      allRows(t.rows)
        .filter((r) => r[4] === 'Lost')
        .every((r) => r[7] === '0')
    ).toBe(true)
    expect(allRows(t.rows).filter((r) => r[3] === '')).toHaveLength(4)
    expect(allRows(t.rows).some((r) => r[1] === 'Anne-Marie Castell')).toBe(true)
    const teams = await readFixture('generic-teams.csv')
    expect(teams.headers).toEqual(['sales_agent', 'manager', 'regional_office'])
    expect(allRows(teams.rows)).toHaveLength(5)
    const owners = new Set(allRows(t.rows).map((r) => r[1]))
    expect(
      allRows(teams.rows)
        .filter((r) => !owners.has(r[0] ?? ''))
        .map((r) => r[0])
    ).toEqual(['Silas Mercer'])
  })

  it('reads manual measures and tab-delimited activities in a .csv', async () => {
    const measures = await readFixture('manual-measures.csv')
    expect(measures.headers).toEqual([
      'rep',
      'metric',
      'period start',
      'period end',
      'value',
      'note'
    ])
    expect(allRows(measures.rows)).toHaveLength(6)
    expect(allRows(measures.rows)[2]?.[5]).toBe('Discounting on Vantage, see notes')
    const activities = await readFixture('activities-generic.csv')
    expect(activities.delimiter).toBe('\t')
    expect(activities.headers).toEqual([
      'owner',
      'type',
      'subject',
      'date',
      'duration',
      'opportunity id',
      'next step agreed'
    ])
    expect(allRows(activities.rows).map((r) => r[1])).toEqual([
      'call',
      'email',
      'meeting',
      'call',
      'task',
      'meeting'
    ])
    // the task row ends with empty cells: padded, never shorter than the header
    expect(allRows(activities.rows)[4]).toEqual([
      'Priya Raman',
      'task',
      'Send case study',
      '2026-03-06',
      '',
      '',
      ''
    ])
  })

  it('reads a pipe-delimited .txt with a quoted pipe inside a cell', async () => {
    const t = await readFixture('pipe-delimited.txt')
    expect(t.delimiter).toBe('|')
    expect(t.headers).toEqual(['Owner', 'Account', 'Stage', 'Amount'])
    expect(allRows(t.rows)[2]).toEqual(['Priya Raman', 'Summit | Outdoor', 'Prospecting', ''])
    expect(describeTable(t)).toBe('3 rows, pipe-separated, UTF-8')
  })

  it('reads Excel "Unicode text": UTF-16 LE with BOM, tab-delimited, CRLF', async () => {
    const t = await readFixture('utf16le.csv')
    expect(t.encoding).toBe('utf-16le')
    expect(t.bom).toBe(true)
    expect(t.delimiter).toBe('\t')
    expect(t.headers).toEqual(['Owner', 'Account', 'Amount', 'Close Date'])
    expect(allRows(t.rows)).toEqual([
      ['Zoë Laurent', 'Café Lumière', '1200', '2026-04-01'],
      ['Łukasz Nowak', 'Żabka Sp. z o.o.', '3400', '2026-04-15'],
      ['Søren Holm', 'Ærø Færger', '560', '2026-05-02']
    ])
    expect(describeTable(t)).toBe('3 rows, tab-separated, UTF-16 LE with BOM')
  })

  it('reads CRLF and LF mixed in one file, with newlines inside quoted cells', async () => {
    const t = await readFixture('mixed-newlines.csv')
    expect(t.headers).toEqual(['owner', 'account', 'amount', 'next step'])
    expect(allRows(t.rows).map((r) => r[0])).toEqual([
      'Dana Whitfield',
      'Marcus Lee',
      'Priya Raman',
      "Tom O'Neill",
      'Jo Park'
    ])
    expect(allRows(t.rows)[1]?.[3]).toBe('Call back\nafter audit')
    expect(allRows(t.rows)[3]?.[3]).toBe('Two\nlines')
    // a blank CRLF line is row 5; the file has no final newline
    expect(t.rowNumbers).toEqual([2, 3, 4, 6, 7])
    expect(allRows(t.rows).every((r) => r.every((c) => !c.includes('\r')))).toBe(true)
  })

  it('reads a file whose header is unrelated (rejecting it is the mapping step’s job)', async () => {
    const t = await readFixture('wrong-header.csv')
    expect(t.headers).toEqual(['ingredient', 'quantity', 'unit', 'step'])
    expect(allRows(t.rows)).toHaveLength(4)
    expect(allRows(t.rows)[3]).toEqual(['eggs', '3', '', '2'])
  })
})
