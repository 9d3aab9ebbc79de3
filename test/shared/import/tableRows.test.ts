import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  allRows,
  eachRow,
  packRow,
  rowCount,
  tableRowsOf,
  unpackRow
} from '@shared/import/tableRows'

describe('a table’s rows, one string each', () => {
  it('gives back every row exactly as it was read', () => {
    const rows = [
      ['Acme – Renewal', '$1,234.50', 'Negotiation'],
      ['', '', ''],
      ['Zoë Laurent', 'Café Lumière', 'Call back\nafter "audit", then\r\nsend']
    ]
    const table = tableRowsOf(rows)
    expect(rowCount(table)).toBe(3)
    expect(allRows(table)).toEqual(rows)
    expect([...eachRow(table, 2, 3)]).toEqual([rows[2]])
    expect([...eachRow(table, 3)]).toEqual([])
    expect([...eachRow(table, 1, 3)]).toEqual(rows.slice(1))
    expect([...eachRow(table, 1, 99)]).toEqual(rows.slice(1))
  })

  it('keeps a row of one empty cell as one empty cell', () => {
    expect(unpackRow(packRow(['']))).toEqual([''])
    expect(unpackRow(packRow(['a']))).toEqual(['a'])
  })

  it('keeps cells that hold the separators themselves (a damaged or hostile file)', () => {
    const hostile = ['a\u001fb', '\u001e', 'c', '\u001e["x"]']
    const packed = packRow(hostile)
    expect(packed.startsWith('\u001e')).toBe(true)
    expect(unpackRow(packed)).toEqual(hostile)
    // A plain row never starts with the mark, so it is never read as JSON.
    expect(unpackRow(packRow(['["not json"]', 'x']))).toEqual(['["not json"]', 'x'])
  })

  it('keeps characters UTF-8 cannot carry (a lone surrogate) and the replacement character', () => {
    const odd = ['\ud800 alone', 'x\udc00', 'kept \ufffd as is', '😀']
    expect(allRows(tableRowsOf([odd]))).toEqual([odd])
  })

  it('holds one string per row, not one per cell', () => {
    const table = tableRowsOf([
      ['a', 'b'],
      ['c', 'd']
    ])
    expect(table.packed).toHaveLength(2)
    expect(table.packed.every((row) => typeof row === 'string')).toBe(true)
    // Plain data: a table crosses postMessage (structured clone) as it is.
    expect(allRows(structuredClone(table))).toEqual([
      ['a', 'b'],
      ['c', 'd']
    ])
  })

  it('round-trips any cells', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.array(
            fc.oneof(fc.string({ unit: 'binary' }), fc.constantFrom('\u001f', '\u001e', '')),
            {
              minLength: 1,
              maxLength: 8
            }
          ),
          {
            maxLength: 20
          }
        ),
        (rows) => {
          expect(allRows(tableRowsOf(rows))).toEqual(rows)
        }
      ),
      { numRuns: 300 }
    )
  })
})
