import { describe, expect, it } from 'vitest'
import { allRows } from '@shared/import/tableRows'
import writeExcelFile from 'write-excel-file/node'
import { cellText, describeTable, readTable } from '@shared/import/read'
import { ImportFileError } from '@shared/import/table'
import { fixtureBytes, readFixture, rejection } from './fixtures'

describe('readTable: XLSX', () => {
  it('lists every sheet and reads the one asked for, with date, number and boolean cells as text', async () => {
    const t = await readFixture('deals.xlsx', { sheet: 'Deals' })
    expect(t.format).toBe('xlsx')
    expect(t.encoding).toBeUndefined()
    expect(t.delimiter).toBeUndefined()
    expect(t.sheetNames).toEqual(['Summary', 'Deals'])
    expect(t.sheet).toBe('Deals')
    expect(t.headers).toEqual(['Deal', 'Owner', 'Stage', 'Amount', 'Close Date', 'Created', 'Won'])
    expect(allRows(t.rows)).toEqual([
      [
        'Harbor Logistics - Fleet Renewal',
        'Dana Whitfield',
        'Proposal',
        '48500',
        '2026-03-01',
        '2026-01-09T14:30:00',
        'FALSE'
      ],
      [
        'Pinecrest - 3 Clinics',
        'Dana Whitfield',
        'Negotiation',
        '1234.5',
        '2026-03-14',
        '2025-12-02',
        'FALSE'
      ],
      [
        'Vantage Steel - Plant 2',
        'Marcus Lee',
        'Closed Won',
        '96250',
        '2026-02-27',
        '2025-10-14',
        'TRUE'
      ],
      ['Summit Outdoor - Q2', 'Priya Raman', 'Qualification', '38666', '2026-04-30', '', 'FALSE'],
      [
        'Crescent - 12 Sites',
        "Tom O'Neill",
        'Closed Won',
        '0.3',
        '2026-01-30',
        '2025-09-22',
        'TRUE'
      ]
    ])
    // row 6 of the sheet is empty: skipped but counted
    expect(t.rowNumbers).toEqual([2, 3, 4, 5, 7])
    expect(t.notes).toEqual([])
    expect(describeTable(t)).toBe('5 rows, Excel sheet “Deals” (2 of 2)')
  })

  it('reads the first sheet by default, noting rows wider than its title row', async () => {
    const t = await readFixture('deals.xlsx')
    expect(t.sheet).toBe('Summary')
    expect(t.sheetNames).toEqual(['Summary', 'Deals'])
    expect(t.headers).toEqual(['Pipeline summary'])
    expect(allRows(t.rows)).toEqual([['Exported'], ['Open deals'], ['Total amount']])
    expect(t.notes).toEqual([
      'Rows 2, 3 and 4 have more cells than the header row; the extra cells were left out.'
    ])
  })

  it('matches the sheet name ignoring case and spaces; rejects an unknown sheet', async () => {
    const t = await readFixture('deals.xlsx', { sheet: ' deals ' })
    expect(t.sheet).toBe('Deals')
    const error = await rejection(readFixture('deals.xlsx', { sheet: 'Pipeline' }))
    expect(error).toBeInstanceOf(ImportFileError)
    expect(error.message).toBe(
      '“deals.xlsx” has no sheet named “Pipeline”; its sheets are “Summary”, “Deals”.'
    )
  })

  it('reads an XLSX named .csv as XLSX, with a note', async () => {
    const t = await readTable(fixtureBytes('deals.xlsx'), 'pipeline.csv', { sheet: 'Deals' })
    expect(t.format).toBe('xlsx')
    expect(allRows(t.rows)).toHaveLength(5)
    expect(t.notes).toEqual([
      '“pipeline.csv” is an Excel workbook despite its name; it was read as an .xlsx file.'
    ])
  })

  it('reads bytes that are a view into a bigger buffer (a pooled Node Buffer)', async () => {
    const file = fixtureBytes('deals.xlsx')
    const pool = new Uint8Array(file.length + 100)
    pool.set(file, 37)
    const t = await readTable(pool.subarray(37, 37 + file.length), 'deals.xlsx', { sheet: 'Deals' })
    expect(allRows(t.rows)).toHaveLength(5)
  })

  it('skips an empty first sheet, keeps sheetNames for an empty chosen sheet, rejects an empty workbook', async () => {
    const workbook = await writeExcelFile([
      { data: [[null]], sheet: 'Notes' },
      {
        data: [
          ['Owner', 'Amount'],
          ['Ann', 10]
        ],
        sheet: 'Data'
      }
    ]).toBuffer()
    const bytes = new Uint8Array(workbook)
    const t = await readTable(bytes, 'book.xlsx')
    expect(t.sheet).toBe('Data')
    expect(allRows(t.rows)).toEqual([['Ann', '10']])
    expect(t.notes).toEqual(['The first sheet “Notes” is empty; the sheet “Data” was read.'])
    const empty = await readTable(bytes, 'book.xlsx', { sheet: 'Notes' })
    expect(empty.sheetNames).toEqual(['Notes', 'Data'])
    expect(empty.headers).toEqual([])
    expect(allRows(empty.rows)).toEqual([])
    expect(empty.notes).toEqual(['The sheet “Notes” in “book.xlsx” is empty.'])
    const blank = new Uint8Array(await writeExcelFile([[null, null]]).toBuffer())
    expect((await rejection(readTable(blank, 'blank.xlsx'))).message).toBe('“blank.xlsx” is empty.')
  })

  it('formats cells as text', () => {
    expect(cellText(null)).toBe('')
    expect(cellText(undefined)).toBe('')
    expect(cellText(true)).toBe('TRUE')
    expect(cellText(false)).toBe('FALSE')
    expect(cellText(1234567.891)).toBe('1234567.891')
    expect(cellText(250000)).toBe('250000')
    expect(cellText(0.1 + 0.2)).toBe('0.3')
    expect(cellText(-4.5)).toBe('-4.5')
    expect(cellText(new Date(Date.UTC(2024, 2, 1)))).toBe('2024-03-01')
    expect(cellText(new Date(Date.UTC(2024, 2, 1, 9, 5, 7)))).toBe('2024-03-01T09:05:07')
    // a time stored as a fraction of a day, a millisecond short of 14:30
    expect(cellText(new Date(Date.UTC(2024, 2, 1, 14, 30) - 1))).toBe('2024-03-01T14:30:00')
    expect(cellText(' keep spaces ')).toBe(' keep spaces ')
  })
})
