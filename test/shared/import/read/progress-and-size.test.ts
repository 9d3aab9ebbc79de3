import { describe, expect, it } from 'vitest'
import { allRows } from '@shared/import/tableRows'
import { PROGRESS_EVERY_ROWS, readTable } from '@shared/import/read'
import { ImportCancelledError, type ReadProgress } from '@shared/import/table'
import { fixtureBytes, rejection, utf8 } from './fixtures'

const HEADER =
  'opportunity_id,sales_agent,account,deal_stage,engage_date,close_date,close_value,note\n'

/** A deal CSV of `rows` rows; every 50th row has a quoted note with a comma and a newline. */
function dealCsv(rows: number, noteLength = 10): string {
  const parts: string[] = [HEADER]
  const filler = 'x'.repeat(noteLength)
  for (let i = 0; i < rows; i++) {
    const note = i % 50 === 0 ? `"Call back, then\nsend ${filler}"` : filler
    parts.push(
      `OPP${i},Agent ${i % 37},Account ${i % 911},${i % 3 === 0 ? 'Won' : 'Engaging'},2017-01-0${(i % 9) + 1},2017-03-1${i % 10},${i % 5000},${note}\n`
    )
  }
  return parts.join('')
}

describe('readTable: progress and cancel', () => {
  it('reports progress every PROGRESS_EVERY_ROWS rows and once at the end', async () => {
    const bytes = utf8(dealCsv(12_345))
    const seen: ReadProgress[] = []
    const t = await readTable(bytes, 'big.csv', { onProgress: (p) => seen.push({ ...p }) })
    expect(allRows(t.rows)).toHaveLength(12_345)
    expect(PROGRESS_EVERY_ROWS).toBe(5000)
    // records 5,000 and 10,000 (the header is record 1) and the end
    expect(seen.map((p) => p.rowsRead)).toEqual([4999, 9999, 12_345])
    expect(seen.every((p) => p.totalBytes === bytes.length)).toBe(true)
    const read = seen.map((p) => p.bytesRead)
    expect(read[0]).toBeGreaterThan(0)
    expect(read[0]).toBeLessThan(read[1] ?? 0)
    expect(read[1]).toBeLessThan(bytes.length)
    expect(read[2]).toBe(bytes.length)
    // row numbers count physical records: after 12,345 rows the last is row 12,346
    expect(t.rowNumbers.at(-1)).toBe(12_346)
    expect(allRows(t.rows)[0]?.[7]).toBe('Call back, then\nsend xxxxxxxxxx')
  })

  it('reports progress for an XLSX read', async () => {
    const seen: ReadProgress[] = []
    const bytes = fixtureBytes('deals.xlsx')
    await readTable(bytes, 'deals.xlsx', { sheet: 'Deals', onProgress: (p) => seen.push(p) })
    expect(seen).toEqual([{ rowsRead: 5, bytesRead: bytes.length, totalBytes: bytes.length }])
  })

  it('throws ImportCancelledError when the signal is already aborted', async () => {
    const controller = new AbortController()
    controller.abort()
    const csv = await rejection(
      readTable(utf8('a,b\n1,2\n'), 'x.csv', { signal: controller.signal })
    )
    expect(csv).toBeInstanceOf(ImportCancelledError)
    expect(csv.message).toBe('The import was cancelled.')
    const xlsx = await rejection(
      readTable(fixtureBytes('deals.xlsx'), 'deals.xlsx', { signal: controller.signal })
    )
    expect(xlsx).toBeInstanceOf(ImportCancelledError)
  })

  it('stops parsing when the signal aborts during the read', async () => {
    const controller = new AbortController()
    const seen: number[] = []
    const error = await rejection(
      readTable(utf8(dealCsv(30_000)), 'big.csv', {
        signal: controller.signal,
        onProgress: (p) => {
          seen.push(p.rowsRead)
          if (p.rowsRead >= 9999) controller.abort()
        }
      })
    )
    expect(error).toBeInstanceOf(ImportCancelledError)
    // no progress after the abort, and no final report
    expect(seen).toEqual([4999, 9999])
  })

  it('honours an abort that arrives from a timer (the read yields to the event loop)', async () => {
    const controller = new AbortController()
    const reading = readTable(utf8(dealCsv(50_000)), 'big.csv', { signal: controller.signal })
    setTimeout(() => controller.abort(), 0)
    expect(await rejection(reading)).toBeInstanceOf(ImportCancelledError)
  })
})

describe('readTable: a 50 MB CSV', () => {
  it('reads ~300k rows', { timeout: 120_000 }, async () => {
    const rows = 300_000
    const text = dealCsv(rows, 115)
    const bytes = utf8(text)
    expect(bytes.length).toBeGreaterThan(50 * 1024 * 1024)
    const before = process.memoryUsage().heapUsed
    const started = performance.now()
    let reports = 0
    const t = await readTable(bytes, 'huge.csv', { onProgress: () => reports++ })
    const seconds = (performance.now() - started) / 1000
    const heapMb = (process.memoryUsage().heapUsed - before) / 1024 / 1024
    const all = allRows(t.rows)
    console.info(
      `50 MB CSV: ${all.length} rows in ${seconds.toFixed(2)} s, heap +${heapMb.toFixed(0)} MB`
    )
    expect(all).toHaveLength(rows)
    expect(t.headers).toHaveLength(8)
    expect(all[rows - 1]?.[0]).toBe(`OPP${rows - 1}`)
    expect(t.rowNumbers[rows - 1]).toBe(rows + 1)
    expect(all[50]?.[7]).toBe(`Call back, then\nsend ${'x'.repeat(115)}`)
    expect(reports).toBe(Math.floor(rows / PROGRESS_EVERY_ROWS) + 1)
  })
})
