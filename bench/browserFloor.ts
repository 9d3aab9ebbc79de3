/**
 * The floor in Chromium: the least any import of a file can cost in this browser. A new page
 * of the run's profile opens a blank page of the bench server that loads papaparse and Dexie; it
 * fetches the file into a Blob (not timed: the app gets a File from the chooser) and then, timed
 * with performance.now() inside the page: the Blob's bytes, TextDecoder, Papa.parse with a
 * header row, and a bare Dexie bulkAdd of the rows as plain objects into a fresh table with no
 * index, in slices of 1,000 in one transaction.
 */
import type { BrowserContext } from '@playwright/test'
import type { Dexie as DexieClass } from 'dexie'
import type * as PapaModule from 'papaparse'
import type { BenchServer } from './browserServer'

declare global {
  interface Window {
    Dexie?: typeof DexieClass
    Papa?: typeof PapaModule
  }
}

export interface FloorRun {
  /** The Blob's bytes + TextDecoder. */
  decode: number
  /** Papa.parse of the whole text, header row. */
  parse: number
  /** bulkAdd of every row, in slices in one transaction, until it commits. */
  insert: number
  total: number
  rowsStored: number
  /** The app's own records for the file written bare into the app's schema (appRecordsRun). */
  appRecordsInsert?: number
}

/** Rows per bulkAdd; the same slice size as the Node case's floor. */
export const FLOOR_SLICE = 1000

/** One file's floor on a new page of `context`, in a database of its own, deleted after. */
export async function floorRun(
  context: BrowserContext,
  server: BenchServer,
  fileName: string,
  rows: number
): Promise<FloorRun> {
  const page = await context.newPage()
  try {
    await page.goto(server.floorPageUrl)
    await page.waitForFunction(() => window.Dexie !== undefined && window.Papa !== undefined)
    return await page.evaluate(
      async ({ fileUrl, rows, slice, name }) => {
        const Dexie = window.Dexie as typeof DexieClass
        const Papa = window.Papa as typeof PapaModule
        const blob = await (await fetch(fileUrl)).blob()
        const db = new Dexie(name)
        // '++': auto-incremented keys kept outside the objects, and no index.
        db.version(1).stores({ rows: '++' })
        await db.open()
        const table = db.table('rows')
        const t0 = performance.now()
        const text = new TextDecoder().decode(await blob.arrayBuffer())
        const t1 = performance.now()
        // The app's options (src/shared/import/read/csv.ts) with a header row; the newline is
        // the file's own (CRLF), where the app first rewrites CRLF to LF.
        const parsed = Papa.parse<Record<string, string>>(text, {
          header: true,
          delimiter: ',',
          newline: '\r\n',
          quoteChar: '"',
          escapeChar: '"',
          skipEmptyLines: false
        })
        // The report's footer lines are not records.
        const objects = parsed.data.slice(0, rows)
        const t2 = performance.now()
        await db.transaction('rw', table, async () => {
          for (let i = 0; i < objects.length; i += slice) {
            await table.bulkAdd(objects.slice(i, i + slice))
          }
        })
        const t3 = performance.now()
        const rowsStored = await table.count()
        db.close()
        await Dexie.delete(name)
        return {
          decode: t1 - t0,
          parse: t2 - t1,
          insert: t3 - t2,
          total: t3 - t0,
          rowsStored
        }
      },
      { fileUrl: server.fileUrl(fileName), rows, slice: FLOOR_SLICE, name: `floor-${fileName}` }
    )
  } finally {
    await page.close()
  }
}

/**
 * The app's own records for a file (appRecords.ts) written bare on a new page: fetched and parsed
 * first (not timed), then `bulkAdd` in slices of the app's size, in one transaction, into a
 * fresh database holding only that table with the app's indexes. What IndexedDB costs for what
 * the commit writes, before any app code runs; the database is deleted after.
 */
export async function appRecordsRun(
  context: BrowserContext,
  server: BenchServer,
  records: { fileName: string; table: string; stores: string; count: number },
  slice: number
): Promise<{ insert: number; rowsStored: number }> {
  const page = await context.newPage()
  try {
    await page.goto(server.floorPageUrl)
    await page.waitForFunction(() => window.Dexie !== undefined)
    return await page.evaluate(
      async ({ fileUrl, table, stores, slice, name }) => {
        const Dexie = window.Dexie as typeof DexieClass
        const rows = (await (await fetch(fileUrl)).json()) as object[]
        const db = new Dexie(name)
        db.version(1).stores({ [table]: stores })
        await db.open()
        const t = db.table(table)
        const t0 = performance.now()
        await db.transaction('rw', t, async () => {
          for (let i = 0; i < rows.length; i += slice) await t.bulkAdd(rows.slice(i, i + slice))
        })
        const insert = performance.now() - t0
        const rowsStored = await t.count()
        db.close()
        await Dexie.delete(name)
        return { insert, rowsStored }
      },
      {
        fileUrl: server.fileUrl(records.fileName),
        table: records.table,
        stores: records.stores,
        slice,
        name: `records-${records.fileName}`
      }
    )
  } finally {
    await page.close()
  }
}
