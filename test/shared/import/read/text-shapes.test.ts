import { describe, expect, it } from 'vitest'
import { allRows } from '@shared/import/tableRows'
import { readTable } from '@shared/import/read'
import { ImportFileError } from '@shared/import/table'
import { rejection, utf8 } from './fixtures'

const utf16 = (text: string, endian: 'le' | 'be', bom: boolean): Uint8Array => {
  const out = new Uint8Array((text.length + (bom ? 1 : 0)) * 2)
  const units = bom ? '\uFEFF' + text : text
  for (let i = 0; i < units.length; i++) {
    const c = units.charCodeAt(i)
    out[i * 2 + (endian === 'le' ? 0 : 1)] = c & 0xff
    out[i * 2 + (endian === 'le' ? 1 : 0)] = c >> 8
  }
  return out
}

describe('readTable: encodings', () => {
  const text = 'owner\taccount\r\nZoë\tCafé\r\nŁukasz\t€uro Ltd\r\n'
  const expected = [
    ['Zoë', 'Café'],
    ['Łukasz', '€uro Ltd']
  ]

  it.each([
    ['le', true, 'utf-16le'],
    ['be', true, 'utf-16be'],
    ['le', false, 'utf-16le'],
    ['be', false, 'utf-16be']
  ] as const)('UTF-16 %s (BOM: %s)', async (endian, bom, encoding) => {
    const t = await readTable(utf16(text, endian, bom), 'unicode.txt')
    expect(t.encoding).toBe(encoding)
    expect(t.bom).toBe(bom)
    expect(t.delimiter).toBe('\t')
    expect(t.headers).toEqual(['owner', 'account'])
    expect(allRows(t.rows)).toEqual(expected)
  })

  it('UTF-8 without BOM, UTF-8 with BOM', async () => {
    const plain = await readTable(utf8('a,b\nZoë,€\n'), 'x.csv')
    expect([plain.encoding, plain.bom]).toEqual(['utf-8', false])
    expect(allRows(plain.rows)).toEqual([['Zoë', '€']])
    const withBom = await readTable(utf8('\uFEFFa,b\nZoë,€\n'), 'x.csv')
    expect([withBom.encoding, withBom.bom, withBom.headers]).toEqual(['utf-8', true, ['a', 'b']])
    expect(withBom.notes).toEqual([])
  })

  it('falls back to Windows-1252 (including the 0x80–0x9F range) with a note', async () => {
    // "Name;Betrag\nJürgen „Jo“;1.234,50 €" in Windows-1252
    const bytes = new Uint8Array([
      ...utf8('Name;Betrag\nJ'),
      0xfc,
      ...utf8('rgen '),
      0x84,
      ...utf8('Jo'),
      0x93,
      ...utf8(';1.234,50 '),
      0x80,
      0x0a
    ])
    const t = await readTable(bytes, 'de.csv')
    expect(t.encoding).toBe('windows-1252')
    expect(t.delimiter).toBe(';')
    expect(allRows(t.rows)).toEqual([['Jürgen „Jo“', '1.234,50 €']])
    expect(t.notes).toEqual(['Decoded as Windows-1252 (the file is not UTF-8).'])
  })
})

describe('readTable: delimiters and row shapes', () => {
  it.each([
    [',', 'a,b,c\n1,2,3\n'],
    [';', 'a;b;c\n1;2,5;3\n'],
    ['\t', 'a\tb\tc\n1\t2\t3\n'],
    ['|', 'a|b|c\n1|2|3\n']
  ])('detects %j from the content, whatever the name', async (delimiter, text) => {
    const t = await readTable(utf8(text), 'export.csv')
    expect(t.delimiter).toBe(delimiter)
    expect(t.headers).toEqual(['a', 'b', 'c'])
    expect(allRows(t.rows)[0]).toHaveLength(3)
  })

  it('prefers the delimiter that splits the header when commas sit inside semicolon cells', async () => {
    const t = await readTable(utf8('Name;Betrag;Notiz\nA;1.234,50;x, y\nB;2,00;z\n'), 'de.csv')
    expect(t.delimiter).toBe(';')
    expect(allRows(t.rows)).toEqual([
      ['A', '1.234,50', 'x, y'],
      ['B', '2,00', 'z']
    ])
  })

  it('pads short rows, skips blank lines (also ",,,") but counts them', async () => {
    const t = await readTable(utf8('\na,b,c\n1\n\n,,\n  \n2,3\n'), 'x.csv')
    expect(t.headers).toEqual(['a', 'b', 'c'])
    expect(allRows(t.rows)).toEqual([
      ['1', '', ''],
      ['2', '3', '']
    ])
    expect(t.rowNumbers).toEqual([3, 7])
  })

  it('counts a record with a quoted newline as one row', async () => {
    const t = await readTable(utf8('a,b\n"one\ntwo\nthree",x\ny,z\n'), 'x.csv')
    expect(allRows(t.rows)).toEqual([
      ['one\ntwo\nthree', 'x'],
      ['y', 'z']
    ])
    expect(t.rowNumbers).toEqual([2, 3])
  })

  it('drops the empty column made by a trailing delimiter, silently', async () => {
    const t = await readTable(utf8('a,b,c,\r\n1,2,3,\r\n4,5,6,\r\n'), 'x.csv')
    expect(t.headers).toEqual(['a', 'b', 'c'])
    expect(allRows(t.rows)).toEqual([
      ['1', '2', '3'],
      ['4', '5', '6']
    ])
    expect(t.notes).toEqual([])
  })

  it('keeps extra cells out of rows longer than the header and names those rows', async () => {
    const text =
      'a,b\n' +
      Array.from({ length: 20 }, (_, i) => (i % 3 === 0 ? `${i},x,EXTRA` : `${i},x`)).join('\n')
    const t = await readTable(utf8(text), 'x.csv')
    expect(allRows(t.rows)).toHaveLength(20)
    expect(allRows(t.rows)[0]).toEqual(['0', 'x'])
    expect(t.notes).toEqual([
      'Rows 2, 5, 8, 11, 14 and 2 more have more cells than the header row; the extra cells were left out.'
    ])
    const one = await readTable(utf8('a,b\n1,2\n3,4,5\n6,7\n'), 'x.csv')
    expect(one.notes).toEqual([
      'Row 3 has more cells than the header row; the extra cells were left out.'
    ])
  })

  it('rejects a file where most rows are longer than the header', async () => {
    const error = await rejection(readTable(utf8('name,amount\nA,1,200\nB,2,300\nC,3\n'), 'x.csv'))
    expect(error).toBeInstanceOf(ImportFileError)
    expect(error.message).toBe(
      'Most rows of “x.csv” have more cells than its header row (row 1 has 2 columns, row 2 has 3): ' +
        'the first row may be a title rather than the column names, or the values are not comma-separated.'
    )
    expect(error.row).toBe(2)
  })

  it('keeps duplicated header names, trims header cells, notes a header-only file', async () => {
    const dup = await readTable(utf8(' Amount ,Stage,Amount\n1,a,2\n'), 'x.csv')
    expect(dup.headers).toEqual(['Amount', 'Stage', 'Amount'])
    expect(allRows(dup.rows)).toEqual([['1', 'a', '2']])
    const headerOnly = await readTable(utf8('a,b,c\r\n'), 'h.csv')
    expect(headerOnly.headers).toEqual(['a', 'b', 'c'])
    expect(allRows(headerOnly.rows)).toEqual([])
    expect(headerOnly.rowNumbers).toEqual([])
    expect(headerOnly.notes).toEqual(['“h.csv” has a header row but no data rows.'])
  })

  it('notes a single-column file', async () => {
    const t = await readTable(utf8('email\na@example.com\nb@example.com\n'), 'list.txt')
    expect(t.headers).toEqual(['email'])
    expect(allRows(t.rows)).toHaveLength(2)
    expect(t.notes).toEqual([
      '“list.txt” has a single column: no comma, semicolon, tab or | separates its values.'
    ])
  })

  it('notes a CSV that is named .xlsx', async () => {
    const t = await readTable(utf8('a,b\n1,2\n'), 'report.xlsx')
    expect(t.format).toBe('csv')
    expect(t.notes).toEqual([
      '“report.xlsx” is a text (CSV) file despite its name; it was read as CSV.'
    ])
  })
})
