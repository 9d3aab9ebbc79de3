import { describe, expect, it } from 'vitest'
import { readTable } from '@shared/import/read'
import { ImportFileError } from '@shared/import/table'
import { fixtureBytes, readFixture, rejection, utf8 } from './fixtures'

describe('readTable: files that are not tables', () => {
  it('rejects a 0-byte file', async () => {
    const error = await rejection(readFixture('empty.csv'))
    expect(error).toBeInstanceOf(ImportFileError)
    expect(error.message).toBe('“empty.csv” is empty.')
    expect((error as ImportFileError).fileName).toBe('empty.csv')
  })

  it.each([
    ['only whitespace', utf8(' \r\n\t\n')],
    ['only a BOM', new Uint8Array([0xef, 0xbb, 0xbf])],
    ['a BOM and blank lines', new Uint8Array([0xef, 0xbb, 0xbf, 0x0d, 0x0a, 0x0a])],
    ['only a UTF-16 BOM', new Uint8Array([0xff, 0xfe])],
    ['only delimiters', utf8(',,,\n,,\r\n,\n')]
  ])('rejects a file holding %s as empty', async (_, bytes) => {
    const error = await rejection(readTable(bytes, 'x.csv'))
    expect(error.message).toBe('“x.csv” is empty.')
  })

  it('rejects a PNG renamed .csv', async () => {
    const error = await rejection(readFixture('binary-renamed.csv'))
    expect(error).toBeInstanceOf(ImportFileError)
    expect(error.message).toBe(
      '“binary-renamed.csv” is not a text or Excel file (it looks like a PNG image); export the data again as CSV or .xlsx.'
    )
  })

  it('rejects other binary content (NULs and control characters)', async () => {
    const bytes = new Uint8Array(300).map((_, i) => (i * 37 + 11) % 256)
    const error = await rejection(readTable(bytes, 'data.csv'))
    expect(error.message).toBe(
      '“data.csv” is not a text or Excel file; export the data again as CSV or .xlsx.'
    )
  })

  it('rejects a ZIP that is not an .xlsx', async () => {
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...utf8('not really a zip at all')])
    const error = await rejection(readTable(bytes, 'deals.csv'))
    expect(error).toBeInstanceOf(ImportFileError)
    expect(error.message).toBe(
      '“deals.csv” is not a text or Excel file (it is a ZIP archive with no Excel workbook inside); export the data again as CSV or .xlsx.'
    )
  })

  it('rejects an old Excel 97-2003 file, whatever its name', async () => {
    const bytes = new Uint8Array(512)
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
    const error = await rejection(readTable(bytes, 'pipeline.csv'))
    expect(error).toBeInstanceOf(ImportFileError)
    expect(error.message).toBe(
      '“pipeline.csv” is an old Excel 97-2003 file; save it as .xlsx or CSV and import that.'
    )
  })

  it('rejects a file cut off inside a quoted field, naming the row where the quote opens', async () => {
    const error = await rejection(readFixture('truncated.csv'))
    expect(error).toBeInstanceOf(ImportFileError)
    expect(error.message).toBe(
      '“truncated.csv” ends inside a quoted field that opens on row 4; the file may be truncated (cut off before it was fully saved or downloaded).'
    )
    expect(error.row).toBe(4)
  })

  it('rejects a pivot-table dump whose first row is a title', async () => {
    const error = await rejection(readFixture('pivot-dump.csv'))
    expect(error).toBeInstanceOf(ImportFileError)
    expect(error.message).toBe(
      'Most rows of “pivot-dump.csv” have more cells than its header row (row 1 has 1 column, row 3 has 4): ' +
        'the first row may be a title rather than the column names, or the values are not comma-separated.'
    )
    expect(error.row).toBe(3)
  })

  it('the binary fixture really is binary (guards the fixture itself)', () => {
    const bytes = fixtureBytes('binary-renamed.csv')
    expect(bytes.length).toBe(320)
    expect(Array.from(bytes.slice(0, 4))).toEqual([0x89, 0x50, 0x4e, 0x47])
  })
})
