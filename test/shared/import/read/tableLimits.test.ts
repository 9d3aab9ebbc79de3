import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { allRows } from '@shared/import/tableRows'
import { readTable } from '@shared/import/read'
import { TableBuilder } from '@shared/import/read/builder'
import { parseCsv } from '@shared/import/read/csv'
import { decodeText } from '@shared/import/read/sniff'
import { TABLE_LIMITS, sizeText } from '@shared/import/read/tableLimits'
import { parseXlsx } from '@shared/import/read/xlsx'
import { WORKBOOK_LIMITS } from '@shared/import/read/workbookLimits'
import { ImportFileError } from '@shared/import/table'
import { fixtureBytes, rejection, utf8 } from './fixtures'

const hostile = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(join(__dirname, '../../../fixtures/hostile', name)))

const csv = (text: string, limits = TABLE_LIMITS) =>
  parseCsv(decodeText(utf8(text), 'deals.csv'), 'deals.csv', text.length, {}, limits)

describe('a table is refused before it grows past its limits', () => {
  it('huge repeated shared strings: one 1 MB string in 400 cells is 400 MB of text', async () => {
    const error = await rejection(
      readTable(hostile('shared-string-bomb.xlsx'), 'shared-string-bomb.xlsx')
    )
    expect(error).toBeInstanceOf(ImportFileError)
    expect(error.message).toBe(
      '“shared-string-bomb.xlsx” holds more than 300 MB of text by row 301 (with repeated cells filled in); Fieldbook reads at most 300 MB of text from one file. It may be damaged or built to exhaust memory: export only the rows you need.'
    )
    expect(error.row).toBe(301)
  })

  it('the same workbook is read when the text cap allows it (the cap, not damage, refused it)', async () => {
    const table = await parseXlsx(
      hostile('shared-string-bomb.xlsx'),
      'ssb.xlsx',
      {},
      {
        ...WORKBOOK_LIMITS,
        maxTextChars: 500 * 1024 * 1024
      }
    )
    expect(allRows(table.rows)).toHaveLength(400)
    expect(allRows(table.rows)[0]?.[0]).toHaveLength(1024 * 1024)
  })

  it('CSV rows: refused on the first row past the cap, naming the file and the limit', async () => {
    const lines = ['Deal,Amount', 'A,1', 'B,2', 'C,3', 'D,4'].join('\n')
    const error = await rejection(csv(lines, { ...TABLE_LIMITS, maxRows: 3 }))
    expect(error).toBeInstanceOf(ImportFileError)
    expect(error.message).toBe(
      '“deals.csv” has more than 3 rows; Fieldbook reads at most 3 rows from one file. Split it, or export only the rows you need.'
    )
    expect(error.row).toBe(5)
    // Blank lines are not rows.
    const table = await csv('Deal,Amount\nA,1\n\n\n\nB,2\nC,3\n', { ...TABLE_LIMITS, maxRows: 3 })
    expect(allRows(table.rows)).toHaveLength(3)
  })

  it('CSV cells: the header width counts for every kept row', async () => {
    const error = await rejection(
      csv('Deal,Amount,Stage\nA,1,x\nB,2\nC', { ...TABLE_LIMITS, maxCells: 8 })
    )
    expect(error.message).toBe(
      '“deals.csv” has more than 8 cells; Fieldbook reads at most 8 cells from one file. Export only the columns and rows you need.'
    )
    expect(error.row).toBe(4)
  })

  it('text of rows that are not kept still counts (a line of only separators is no escape)', () => {
    const builder = new TableBuilder('deals.csv', { ...TABLE_LIMITS, maxTextChars: 10 })
    builder.add(['Deal'], 1)
    expect(() => builder.add(['      ', '      '], 2)).toThrow(
      '“deals.csv” holds more than 1 KB of text by row 2'
    )
  })

  it('the defaults are Excel’s own row limit, 10 million cells and 300 MB of text', () => {
    expect(TABLE_LIMITS).toEqual({
      maxRows: 1_048_576,
      maxCells: 10_000_000,
      maxTextChars: 300 * 1024 * 1024
    })
    expect(sizeText(300 * 1024 * 1024)).toBe('300 MB')
    expect(sizeText(4096)).toBe('4 KB')
    expect(sizeText(10)).toBe('1 KB')
  })

  it('an ordinary workbook is read within every default', async () => {
    const table = await readTable(fixtureBytes('deals.xlsx'), 'deals.xlsx')
    expect(allRows(table.rows).length).toBeGreaterThan(0)
  })
})
