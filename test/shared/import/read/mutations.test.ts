import fc from 'fast-check'
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { allRows } from '@shared/import/tableRows'
import { readTable } from '@shared/import/read'
import { ImportFileError, type ParsedTable } from '@shared/import/table'
import { fixtureBytes } from './fixtures'

/*
 * Valid files, damaged on purpose: a CSV edited character by character, and a workbook whose
 * XML parts are edited (then zipped again, so the damage gets past the zip's own checks). The
 * reader answers with a well-formed table or its own error (a sentence naming the file);
 * nothing else escapes. The reader is pure, so it cannot write anything either (see
 * test/db/hostileImport.test.ts for the workspace).
 */

async function outcome(bytes: Uint8Array, fileName: string): Promise<'read' | 'refused'> {
  let table: ParsedTable
  try {
    table = await readTable(bytes, fileName)
  } catch (error) {
    if (!(error instanceof ImportFileError)) throw error
    expect(error.message).toContain(`“${fileName}”`)
    return 'refused'
  }
  // A table that comes back is whole: one row number per row, every row as wide as the header.
  expect(allRows(table.rows)).toHaveLength(table.rowNumbers.length)
  for (const row of allRows(table.rows)) expect(row).toHaveLength(table.headers.length)
  return 'read'
}

const VALID_CSV = [
  '\uFEFFOpportunity Name,Owner,Amount,Stage,Close Date',
  'Acme – Renewal,Marcus Okafor,"$1,234.50",Negotiation,2026-11-30',
  '"Globex, ""North""",Priya Raman,900,Discovery,2026-12-15',
  'Initech,Aisha Bello,"12 000,00",Closed Won,2026-10-01',
  ''
].join('\r\n')

/** Characters that matter to a CSV reader, and some that should never be in one. */
const csvPiece = fc.oneof(
  fc.constantFrom(',', ';', '\t', '|', '"', '""', '\r', '\n', '\r\n', '\uFEFF', '\0', '\uD800'),
  fc.string({ maxLength: 12 })
)

type Edit =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'repeat'; at: number; length: number; times: number }

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: csvPiece }),
  fc.record({
    kind: fc.constant('delete' as const),
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 40 })
  }),
  fc.record({
    kind: fc.constant('repeat' as const),
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 30 }),
    times: fc.integer({ min: 2, max: 50 })
  })
)

function applyEdits(text: string, edits: Edit[]): string {
  let out = text
  for (const e of edits) {
    const at = out.length === 0 ? 0 : e.at % (out.length + 1)
    if (e.kind === 'insert') out = out.slice(0, at) + e.text + out.slice(at)
    else if (e.kind === 'delete') out = out.slice(0, at) + out.slice(at + e.length)
    else out = out.slice(0, at) + out.slice(at, at + e.length).repeat(e.times) + out.slice(at)
  }
  return out
}

/** The text as bytes: UTF-8 mostly, sometimes with raw bytes spliced in (a broken encoding). */
const encoded = (text: string, raw: Uint8Array, at: number): Uint8Array => {
  const bytes = new TextEncoder().encode(text)
  if (raw.length === 0) return bytes
  const cut = at % (bytes.length + 1)
  return new Uint8Array([...bytes.subarray(0, cut), ...raw, ...bytes.subarray(cut)])
}

describe('damaged copies of valid files never throw past the reader', () => {
  it('the valid CSV itself is read', async () => {
    expect(await outcome(new TextEncoder().encode(VALID_CSV), 'deals.csv')).toBe('read')
  })

  it('a CSV with random edits: separators, quotes, line breaks, repeats, stray bytes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(edit, { minLength: 1, maxLength: 8 }),
        fc.uint8Array({ maxLength: 6 }),
        fc.nat(),
        async (edits, raw, at) => {
          const bytes = encoded(applyEdits(VALID_CSV, edits), raw, at)
          expect(await outcome(bytes, 'deals.csv')).toMatch(/^(read|refused)$/)
        }
      ),
      { numRuns: 200 }
    )
  })

  const parts = unzipSync(fixtureBytes('deals.xlsx'))
  const xmlParts = Object.keys(parts).filter((name) => /\.(xml|rels)$/.test(name))

  /** What XML readers trip on: markup, entities, a DOCTYPE, stray characters. */
  const xmlPiece = fc.oneof(
    fc.constantFrom(
      '<',
      '>',
      '</c>',
      '<c r="A1" t="s"><v>99999</v></c>',
      '<row r="0">',
      '&',
      '&amp;',
      '&#0;',
      '&#x110000;',
      '<!DOCTYPE x [<!ENTITY a "b">]>',
      '<![CDATA[',
      '"',
      '\0'
    ),
    fc.string({ maxLength: 12 })
  )

  const damagedWorkbook = fc
    .tuple(
      fc.constantFrom(...xmlParts),
      fc.array(
        fc.oneof(
          fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: xmlPiece }),
          edit
        ),
        { minLength: 1, maxLength: 5 }
      ),
      fc.option(fc.constantFrom(...Object.keys(parts)), { nil: undefined })
    )
    .map(([name, edits, dropped]) => {
      const files: Record<string, Uint8Array> = { ...parts }
      files[name] = strToU8(applyEdits(strFromU8(parts[name]!), edits))
      if (dropped !== undefined) delete files[dropped]
      return zipSync(files)
    })

  it('a sheet the workbook lists without a relationship to its cells (found by this test)', async () => {
    const files: Record<string, Uint8Array> = { ...parts }
    const rels = strFromU8(parts['xl/_rels/workbook.xml.rels']!)
    files['xl/_rels/workbook.xml.rels'] = strToU8(
      rels.replace('relationships/worksheet" Target="worksheets/sheet1.xml', 'x')
    )
    await expect(readTable(zipSync(files), 'deals.xlsx')).rejects.toThrow(
      /^“deals\.xlsx” is an Excel workbook, but its contents are damaged \(the sheet “.+” has no cells part\)/
    )
  })

  it('the valid workbook itself is read', async () => {
    expect(await outcome(zipSync(parts), 'deals.xlsx')).toBe('read')
  })

  it('a workbook whose XML parts are edited, or missing, then zipped again', async () => {
    await fc.assert(
      fc.asyncProperty(damagedWorkbook, async (bytes) => {
        expect(await outcome(bytes, 'deals.xlsx')).toMatch(/^(read|refused)$/)
      }),
      { numRuns: 150 }
    )
  })
})
