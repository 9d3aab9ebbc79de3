import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { allRows } from '@shared/import/tableRows'
import { readTable } from '@shared/import/read'
import { lineEndings } from '@shared/import/read/csv'
import { utf8 } from './fixtures'

describe('line endings', () => {
  it('parses a file that uses CRLF throughout as it is, and changes one that mixes them', () => {
    const crlf = 'a,b\r\n1,"x\r\ny"\r\n'
    expect(lineEndings(crlf)).toEqual({ text: crlf, newline: '\r\n' })
    expect(lineEndings('a,b\n1,2\n')).toEqual({ text: 'a,b\n1,2\n', newline: '\n' })
    expect(lineEndings('a,b\r\n1,2\n')).toEqual({ text: 'a,b\n1,2\n', newline: '\n' })
    expect(lineEndings('a,b\r1,2\r\n')).toEqual({ text: 'a,b\n1,2\n', newline: '\n' })
    expect(lineEndings('a,b\n\r1,2')).toEqual({ text: 'a,b\n\n1,2', newline: '\n' })
  })

  it('reads a CRLF file cell for cell as its LF twin: line breaks in cells are LF', async () => {
    const lf = 'owner,next step\nAna,"Call back\nafter the audit"\nBo,"two\n\nblank"\n\nCy,x\n'
    const crlf = lf.replace(/\n/g, '\r\n')
    const fromLf = await readTable(utf8(lf), 'lf.csv')
    const fromCrlf = await readTable(utf8(crlf), 'crlf.csv')
    expect(allRows(fromCrlf.rows)).toEqual([
      ['Ana', 'Call back\nafter the audit'],
      ['Bo', 'two\n\nblank'],
      ['Cy', 'x']
    ])
    expect(allRows(fromCrlf.rows)).toEqual(allRows(fromLf.rows))
    expect(fromCrlf.rowNumbers).toEqual(fromLf.rowNumbers)
    expect(fromCrlf.headers).toEqual(fromLf.headers)
  })

  it('reads any table written with CRLF as the same table written with LF', async () => {
    const cell = fc.oneof(
      fc.string({ unit: fc.constantFrom('a', 'b', ' ', ',', '"', '\n', 'é') }),
      fc.constant('')
    )
    const csvCell = (c: string): string => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 8 }),
        async (rows) => {
          const lf = ['h1,h2', ...rows.map((r) => r.map(csvCell).join(','))].join('\n') + '\n'
          const crlf = lf.replace(/\n/g, '\r\n')
          const fromLf = await readTable(utf8(lf), 'deals.csv')
          const fromCrlf = await readTable(utf8(crlf), 'deals.csv')
          expect(allRows(fromCrlf.rows)).toEqual(allRows(fromLf.rows))
          expect(fromCrlf.rowNumbers).toEqual(fromLf.rowNumbers)
          expect(fromCrlf.notes).toEqual(fromLf.notes)
        }
      ),
      { numRuns: 200 }
    )
  })
})

describe('the bytes, once decoded', () => {
  it('are not read again: a caller may let them go before the rows are parsed', async () => {
    const bytes = utf8('owner,amount\r\nAna,1\r\nBo,"2\r\n3"\r\n')
    let decodedCalls = 0
    const table = await readTable(bytes, 'deals.csv', {
      onDecoded: () => {
        decodedCalls += 1
        structuredClone(bytes.buffer, { transfer: [bytes.buffer] })
      }
    })
    expect(decodedCalls).toBe(1)
    expect(bytes.byteLength).toBe(0) // detached
    expect(allRows(table.rows)).toEqual([
      ['Ana', '1'],
      ['Bo', '2\n3']
    ])
  })
})
