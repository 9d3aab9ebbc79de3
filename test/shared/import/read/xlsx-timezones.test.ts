import { afterAll, describe, expect, it } from 'vitest'
import { allRows } from '@shared/import/tableRows'
import writeExcelFile from 'write-excel-file/node'
import { readTable } from '@shared/import/read'
import { readFixture } from './fixtures'

// Dates in a sheet have no time zone: the reader must give the same text in every zone.
const originalTz = process.env.TZ

describe.each(['America/Los_Angeles', 'Pacific/Auckland', 'UTC'])('XLSX dates in TZ=%s', (tz) => {
  afterAll(() => {
    if (originalTz === undefined) delete process.env.TZ
    else process.env.TZ = originalTz
  })

  it('reads 2024-03-01 as 2024-03-01 and keeps times as written', async () => {
    process.env.TZ = tz
    // guard: the zone really changed for this process
    const offset = new Date(Date.UTC(2024, 0, 15)).getTimezoneOffset()
    expect(offset).toBe({ 'America/Los_Angeles': 480, 'Pacific/Auckland': -780, UTC: 0 }[tz])
    const bytes = await writeExcelFile([
      ['Close Date', 'Logged'],
      [
        { value: new Date(Date.UTC(2024, 2, 1)), type: Date, format: 'dd/mm/yyyy' },
        { value: new Date(Date.UTC(2024, 11, 31, 23, 45)), type: Date, format: 'yyyy-mm-dd hh:mm' }
      ]
    ]).toBuffer()
    const t = await readTable(new Uint8Array(bytes), 'dates.xlsx')
    expect(allRows(t.rows)).toEqual([['2024-03-01', '2024-12-31T23:45:00']])
    const fixture = await readFixture('deals.xlsx', { sheet: 'Deals' })
    expect(allRows(fixture.rows)[0]?.[4]).toBe('2026-03-01')
    expect(allRows(fixture.rows)[0]?.[5]).toBe('2026-01-09T14:30:00')
  })
})
