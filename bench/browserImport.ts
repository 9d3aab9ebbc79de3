/**
 * The browser import case: the built web app (out/web, from `npm run build`) in Debian's
 * Chromium, measured against the floor in the same browser. Each run launches Chromium with a
 * new on-disk profile (as the app's own: a private, in-memory context's IndexedDB is several
 * times slower) and, in that browser session: the floor for each file (browserFloor.ts), then
 * the pipeline (browserPipeline.ts): a new team imports a generated 100,000-row Salesforce
 * opportunity report and then a 300,000-row activity report linked to those deals, through the
 * Import screen, with long tasks and the JS heap of the page and its workers recorded. Nothing
 * here is built: run the build first.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { chromium, type BrowserContext } from '@playwright/test'
import { SLICE } from '@renderer/db/importWrites'
import { writeAppRecords, type AppRecordsFile } from './appRecords'
import { appRecordsRun, floorRun } from './browserFloor'
import { pipelineRun, Skip, type BenchFile } from './browserPipeline'
import {
  printBrowserFigures,
  summarise,
  type BrowserRun,
  type BrowserSummary
} from './browserReport'
import { CHROMIUM_ARGS, builtApp, serve, type BenchServer } from './browserServer'
import { activitiesCsv, opportunitiesCsv, type GeneratedFile } from './generate'
import { ms, perSecond, ratio } from './support'

export interface BrowserCaseOptions {
  runs: number
  opportunities: number
  activities: number
  quick: boolean
}

/** Writes a generated report once into the temp folder (same seed, same bytes). */
function cachedFile(kind: BenchFile['kind'], rows: number, make: () => GeneratedFile): BenchFile {
  const dir = path.join(os.tmpdir(), 'fieldbook-bench')
  const fileName = `${kind}-${rows}.csv`
  const file = path.join(dir, fileName)
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true })
    writeFileSync(file, make().text)
  }
  return { kind, fileName, path: file, rows, bytes: statSync(file).size }
}

function benchFiles(options: BrowserCaseOptions): BenchFile[] {
  const { opportunities, activities } = options
  return [
    cachedFile('opportunities', opportunities, () => opportunitiesCsv(opportunities)),
    cachedFile('activities', activities, () => activitiesCsv(activities, opportunities))
  ]
}

async function browserVersion(context: BrowserContext): Promise<string> {
  const page = context.pages()[0] ?? (await context.newPage())
  const cdp = await context.newCDPSession(page)
  const { product } = await cdp.send('Browser.getVersion')
  await cdp.detach()
  return product
}

/** One run in one browser session: the floor for each file, the pipeline, the bare writes. */
async function oneRun(
  i: number,
  context: BrowserContext,
  server: BenchServer,
  files: BenchFile[],
  records: AppRecordsFile[]
): Promise<BrowserRun> {
  const floor: BrowserRun['floor'] = {}
  for (const file of files) {
    const result = await floorRun(context, server, file.fileName, file.rows)
    if (result.rowsStored !== file.rows) {
      throw new Error(`floor stored ${result.rowsStored} of ${file.rows} ${file.kind}`)
    }
    floor[file.kind] = result
    console.log(`   … run ${i}: floor, ${file.kind}: ${ms(result.total)}`)
  }
  const pipeline = await pipelineRun(context, server.url, files, (file, run) => {
    const phases = Object.entries(run.heap.byPhase)
      .map(([phase, bytes]) => `${phase} ${(bytes / 2 ** 20).toFixed(1)} MB`)
      .join(', ')
    console.log(
      `   … run ${i}: pipeline, ${file.kind}: ${ms(run.total)}; heap peak in ${run.heap.peakPhase} ` +
        `(largest of each phase: ${phases})`
    )
  })
  // After the pipeline, not before it: with these writes (and their databases deleted) just
  // before it, the deals' commit read 35–42 s in the ninth session's runs, against 23–30 s in
  // the eighth's without them (Chromium may still be compacting the deleted store).
  for (const r of records) {
    const bare = await appRecordsRun(context, server, r, SLICE)
    if (bare.rowsStored !== r.count) {
      throw new Error(`the app's records: stored ${bare.rowsStored} of ${r.count} ${r.table}`)
    }
    const kept = floor[r.table]
    if (kept) kept.appRecordsInsert = bare.insert
    console.log(`   … run ${i}: the app's ${r.table} written bare: ${ms(bare.insert)}`)
  }
  const parts = files.map((f) => {
    const p = pipeline[f.kind]
    const fl = floor[f.kind]
    if (!p || !fl) return f.kind
    return (
      `${f.kind} ${ms(p.total)}, ${perSecond(f.rows, p.total)} (floor ${ms(fl.total)}, ` +
      `${ratio(p.total / fl.total)}), longest task ${ms(p.longest)}`
    )
  })
  console.log(`   run ${i}: ${parts.join('; ')}`)
  return { floor, pipeline }
}

/**
 * Runs the case and prints its table; returns the summary for `--json`, or undefined when it
 * could not run (nothing built, no Chromium, no import screen).
 */
export async function browserImportCase(
  options: BrowserCaseOptions
): Promise<BrowserSummary | undefined> {
  const app = builtApp('Browser import')
  if (!app) return undefined
  const { webDir, executablePath } = app
  const files = benchFiles(options)
  const records = await writeAppRecords(files)
  const server = await serve(
    webDir,
    Object.fromEntries([...files, ...records].map((f) => [f.fileName, f.path]))
  )
  console.log(
    `   ${options.runs} run(s), each in one Chromium with a new on-disk profile: the floor for ` +
      `each file, then the pipeline for both files in order, then the app's records written bare`
  )
  for (const f of files) {
    console.log(`   ${f.kind}: ${f.rows.toLocaleString('en-US')} rows, ${f.path}`)
  }
  console.log(
    `   and the app's own records for them (its reader and planner, in Node), written bare ` +
      `into its schema in slices of ${SLICE}: ${records.map((r) => `${r.table} “${r.stores}”`).join(', ')}`
  )
  const runs: BrowserRun[] = []
  let chromiumVersion = ''
  try {
    for (let i = 1; i <= options.runs; i++) {
      const profile = mkdtempSync(path.join(os.tmpdir(), 'fieldbook-bench-profile-'))
      const context = await chromium.launchPersistentContext(profile, {
        executablePath,
        args: CHROMIUM_ARGS
      })
      try {
        chromiumVersion ||= await browserVersion(context)
        if (i === 1) console.log(`   ${chromiumVersion}`)
        runs.push(await oneRun(i, context, server, files, records))
      } finally {
        await context.close()
        rmSync(profile, { recursive: true, force: true })
      }
    }
  } catch (error) {
    if (error instanceof Skip) {
      console.log(`   import screen not built yet (${error.message}); skipped.`)
      return undefined
    }
    throw error
  } finally {
    server.close()
  }
  console.log('')
  const summary = summarise(files, runs, { chromium: chromiumVersion, quick: options.quick })
  printBrowserFigures(files, runs, summary)
  return summary
}
