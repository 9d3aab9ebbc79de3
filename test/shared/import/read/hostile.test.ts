import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readTable } from '@shared/import/read'
import { parseXlsx } from '@shared/import/read/xlsx'
import { WORKBOOK_LIMITS } from '@shared/import/read/workbookLimits'
import { ImportFileError } from '@shared/import/table'
import { fixtureBytes, rejection } from './fixtures'

const hostile = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(join(__dirname, '../../../fixtures/hostile', name)))

describe('hostile workbooks are refused before the spreadsheet reader inflates them', () => {
  it('a zip bomb: one part unpacks to 320 MB', async () => {
    const error = await rejection(readTable(hostile('zip-bomb.xlsx'), 'zip-bomb.xlsx'))
    expect(error).toBeInstanceOf(ImportFileError)
    expect(error.message).toBe(
      '“zip-bomb.xlsx” unpacks to more than 300 MB (the most Fieldbook reads from one workbook); it may be damaged or built to exhaust memory. Export only the rows you need, or save it as CSV.'
    )
  })

  it('shared strings that declare entities (billion laughs)', async () => {
    const error = await rejection(readTable(hostile('entity-bomb.xlsx'), 'entity-bomb.xlsx'))
    expect(error).toBeInstanceOf(ImportFileError)
    expect(error.message).toContain('“entity-bomb.xlsx” is not a workbook Excel writes')
    expect(error.message).toContain('“xl/sharedStrings.xml” declares XML entities')
  })

  it('a sheet whose XML is cut off says the workbook is damaged, not that it is not Excel', async () => {
    const error = await rejection(readTable(hostile('broken-xml.xlsx'), 'broken-xml.xlsx'))
    expect(error).toBeInstanceOf(ImportFileError)
    expect(error.message).toMatch(
      /^“broken-xml\.xlsx” is an Excel workbook, but its contents are damaged \(.+\); open it in Excel and save it again, or export the data as CSV\.$/
    )
  })

  it('a workbook whose zip is cut off is refused as damaged', async () => {
    const bytes = fixtureBytes('deals.xlsx')
    const error = await rejection(readTable(bytes.subarray(0, 2000), 'cut.xlsx'))
    expect(error).toBeInstanceOf(ImportFileError)
    expect(error.message).toContain('“cut.xlsx”')
  })

  const deals = (): Uint8Array => fixtureBytes('deals.xlsx')

  it('caps the rows of a sheet, naming the limit', async () => {
    const error = await rejection(
      parseXlsx(deals(), 'deals.xlsx', {}, { ...WORKBOOK_LIMITS, maxRows: 3 })
    )
    expect(error.message).toBe(
      '“deals.xlsx” has a sheet with more than 3 rows (the most Fieldbook reads from one sheet).'
    )
  })

  it('caps the cells of the workbook', async () => {
    const error = await rejection(
      parseXlsx(deals(), 'deals.xlsx', {}, { ...WORKBOOK_LIMITS, maxCells: 10 })
    )
    expect(error.message).toBe(
      '“deals.xlsx” has more than 10 cells (the most Fieldbook reads from one workbook); export only the columns and rows you need.'
    )
  })

  it('caps the number of sheets', async () => {
    const error = await rejection(
      parseXlsx(deals(), 'deals.xlsx', {}, { ...WORKBOOK_LIMITS, maxSheets: 1 })
    )
    expect(error.message).toContain('“deals.xlsx” has more than 1 sheets')
  })

  it('caps what all parts inflate to', async () => {
    const error = await rejection(
      parseXlsx(deals(), 'deals.xlsx', {}, { ...WORKBOOK_LIMITS, maxInflatedBytes: 4096 })
    )
    expect(error.message).toContain('“deals.xlsx” unpacks to more than 4 KB')
  })

  it('reads the same workbook within the default limits', async () => {
    const table = await parseXlsx(deals(), 'deals.xlsx')
    expect(table.rows.length).toBeGreaterThan(0)
  })
})
