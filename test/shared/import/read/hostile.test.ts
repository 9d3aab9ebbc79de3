import { readFileSync } from 'node:fs'
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { allRows } from '@shared/import/tableRows'
import { readTable } from '@shared/import/read'
import { parseXlsx } from '@shared/import/read/xlsx'
import { sheetReferences, WORKBOOK_LIMITS } from '@shared/import/read/workbookLimits'
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
    expect(allRows(table.rows).length).toBeGreaterThan(0)
  })
})

describe('a cell outside any worksheet is refused before the reader builds a row that long', () => {
  /** The deals workbook with its first sheet's text edited. */
  function edited(from: string, to: string): Uint8Array {
    const files = unzipSync(fixtureBytes('deals.xlsx'))
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!)
    expect(sheet).toContain(from)
    files['xl/worksheets/sheet1.xml'] = strToU8(sheet.replace(from, to))
    return zipSync(files)
  }

  it('a column past XFD (the reader would build a row of millions of cells and stop the process)', async () => {
    const error = await rejection(
      readTable(edited('<c r="A3" t="s">', '<c r="ZZZZZZ3" t="s">'), 'deals.xlsx')
    )
    expect(error).toBeInstanceOf(ImportFileError)
    expect(error.message).toBe(
      '“deals.xlsx” is damaged: a cell in its part “xl/worksheets/sheet1.xml” is at “ZZZZZZ3”, which is not a cell of any worksheet (they run from A1 to XFD1048576); open it in Excel and save it again, or export the data as CSV.'
    )
  })

  it('a row past 1,048,576', async () => {
    const error = await rejection(
      readTable(edited('<row r="3">', '<row r="169220804">'), 'deals.xlsx')
    )
    expect(error.message).toContain('is at “169220804”, which is not a cell of any worksheet')
  })

  it('a reference that is not one (the reader counts any character before the digits as a column letter)', async () => {
    for (const damaged of ['A~3', 'a3', 'A 3', 'A3A3', '']) {
      const error = await rejection(
        readTable(edited('<c r="A3" t="s">', `<c r='${damaged}' t="s">`), 'deals.xlsx')
      )
      expect(error.message).toContain(`is at “${damaged}”, which is not a cell of any worksheet`)
    }
  })

  it('a sheet without its cells part (<sheetData>): the reader failed outside any promise it returned', async () => {
    const files = unzipSync(fixtureBytes('deals.xlsx'))
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!)
    files['xl/worksheets/sheet1.xml'] = strToU8(
      sheet.replace('<sheetData>', '').replace('</sheetData>', '')
    )
    const error = await rejection(readTable(zipSync(files), 'deals.xlsx'))
    expect(error.message).toBe(
      '“deals.xlsx” is an Excel workbook, but its contents are damaged (the sheet part “xl/worksheets/sheet1.xml” has no cells part, <sheetData>); open it in Excel and save it again, or export the data as CSV.'
    )
  })

  it('a sheet whose cells, laid out row by row, would pass the cell limit', async () => {
    // One cell far right in a sheet of 4 rows: the reader would pad every row to XFD (65,536).
    const error = await rejection(
      parseXlsx(
        edited('<c r="A3" t="s">', '<c r="XFD3" t="s">'),
        'deals.xlsx',
        {},
        { ...WORKBOOK_LIMITS, maxCells: 50_000 }
      )
    )
    expect(error.message).toMatch(
      /^“deals\.xlsx” has a sheet whose cells reach row \d+ and column 16,384: laid out, more than 50,000 cells \(the most Fieldbook reads from one workbook\); export only the columns and rows you need\.$/
    )
  })

  it('references are read whole even when the text is cut inside one', () => {
    expect(sheetReferences('<c r="XFD1048576" t="s">')).toEqual({
      lastRow: 1_048_576,
      lastColumn: 16_384
    })
    expect(sheetReferences('<row r="1048577">').outside).toBe('1048577')
    expect(sheetReferences('<c s="1" r="XFE2">').outside).toBe('XFE2')
    expect(sheetReferences("<c r = 'B7'/>")).toEqual({ lastRow: 7, lastColumn: 2 })
    // `ref=` (the sheet's dimension) and `r:id=` are not cell references.
    expect(sheetReferences('<dimension ref="A1:ZZZZ9"/><hyperlink r:id="rId9"/>')).toEqual({
      lastRow: 0,
      lastColumn: 0
    })
    // Cut after a reference no sheet can hold: refused on this piece already.
    expect(sheetReferences('<c r="B2"/><c r="ZZZZZZZZZZZZZZ').outside).toBe('ZZZZZZZZZZZZZZ')
    // Cut inside a reference that may still be valid: the next piece carries it whole.
    expect(sheetReferences('<c r="B2"/><c r="XFD10')).toEqual({ lastRow: 2, lastColumn: 2 })
  })
})
