/**
 * The CRM import case, in Node: a generated Salesforce opportunity report and activity report
 * go through the app's own pipeline (readTable → analyseTable + proposedDecisions +
 * normaliseTable → commitImport, which works out the changes again and validates inside one Dexie transaction)
 * into fake-indexeddb, and are compared with the raw floor measured in the same run: papaparse
 * alone on the decoded text plus one bare Dexie bulkAdd of the same rows as plain objects.
 */
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import Dexie from 'dexie'
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb'
import Papa from 'papaparse'
import { workspaceTables } from '@shared/domain/workspace'
import {
  analyseTable,
  normaliseTable,
  planImportChanges,
  rowCount,
  proposedDecisions,
  type ImportContext,
  type ImportChangeSet,
  type ParsedTable
} from '@shared/import'
import { readTable } from '@shared/import/read'
import { decodeText } from '@shared/import/read/sniff'
import { openDatabase, type FieldbookDb } from '@renderer/db/database'
import { ownTeamWorkspace } from '@renderer/db/firstRun'
import { commitImport, readDefaultRole, readForPlanning } from '@renderer/db/importRepository'
import type { RepositoryContext } from '@renderer/db/repository'
import { SCHEMA_VERSIONS } from '@renderer/db/schema'
import { replaceWorkspace } from '@renderer/db/workspace'
import { activitiesCsv, opportunitiesCsv, type GeneratedFile } from './generate'
import {
  MemorySampler,
  mb,
  median,
  ms,
  now,
  perSecond,
  printTable,
  ratio,
  settle,
  summary,
  type MemoryPeak
} from './support'

export interface ImportCaseOptions {
  runs: number
  opportunities: number
  activities: number
  /** Also time the commit's parts (load, changes, zod validation, writes) once. */
  breakdown: boolean
}

interface InputFile extends GeneratedFile {
  bytes: Uint8Array
}

interface FileTimes {
  parse: number
  normalise: number
  commit: number
  total: number
}

interface PipelineRun {
  files: Record<string, FileTimes>
  total: number
  peak: MemoryPeak
}

interface FloorRun {
  files: Record<string, { parse: number; insert: number; total: number }>
  total: number
  peak: MemoryPeak
}

const context = (): RepositoryContext => ({
  clock: { now: () => new Date() },
  newId: () => crypto.randomUUID()
})

/** A fresh in-memory IndexedDB per run, so runs do not share (or keep alive) any data. */
function freshIndexedDb(): { indexedDB: IDBFactory; IDBKeyRange: typeof IDBKeyRange } {
  return { indexedDB: new IDBFactory(), IDBKeyRange }
}

async function importContext(db: FieldbookDb): Promise<ImportContext> {
  const process = (await db.salesProcesses.toArray())[0]
  if (!process) throw new Error('the workspace has no sales process')
  return {
    reps: await db.reps.toArray(),
    process,
    savedMappings: await db.importMappings.toArray(),
    currency: 'USD',
    today: new Date().toISOString().slice(0, 10)
  }
}

function check(file: InputFile, table: ParsedTable, changes: ImportChangeSet): void {
  const c = changes.counts
  const problems: string[] = []
  if (c.created !== file.rows) problems.push(`${c.created} created, expected ${file.rows}`)
  if (c.rejected > 0) problems.push(`${c.rejected} rejected: ${changes.rejected[0]?.reason ?? ''}`)
  const unlinked = changes.notes.find((n) => n.includes('does not have'))
  if (unlinked) problems.push(unlinked)
  if (problems.length > 0) {
    throw new Error(`${file.fileName} (${rowCount(table.rows)} rows read): ${problems.join('; ')}`)
  }
}

/** One pipeline run: both files, opportunities first, into one fresh database. */
async function pipelineRun(files: InputFile[], runNo: number): Promise<PipelineRun> {
  const db = openDatabase(`bench-${runNo}`, SCHEMA_VERSIONS, freshIndexedDb())
  const ctx = context()
  await replaceWorkspace(db, ownTeamWorkspace(ctx))
  const memory = new MemorySampler().start()
  const times: Record<string, FileTimes> = {}
  for (const file of files) {
    const importCtx = await importContext(db)
    const t0 = now()
    const table = await readTable(file.bytes, file.fileName)
    memory.mark()
    const t1 = now()
    const analysis = analyseTable(table, importCtx)
    const decisions = proposedDecisions(analysis, importCtx)
    const normalised = normaliseTable(table, decisions)
    memory.mark()
    const t2 = now()
    const { changes } = await commitImport(db, ctx, {
      fileName: file.fileName,
      headers: table.headers,
      analysis,
      decisions,
      normalised
    })
    memory.mark()
    const t3 = now()
    check(file, table, changes)
    times[file.fileName] = { parse: t1 - t0, normalise: t2 - t1, commit: t3 - t2, total: t3 - t0 }
  }
  const peak = memory.stop()
  db.close()
  const total = Object.values(times).reduce((s, t) => s + t.total, 0)
  return { files: times, total, peak }
}

const FLOOR_SLICE = 1000

interface FloorDb extends Dexie {
  rows: Dexie.Table<Record<string, string | number>, number>
}

/** The floor: papaparse on the decoded text, then a bare bulkAdd of the rows as objects. */
async function floorRun(files: InputFile[], runNo: number): Promise<FloorRun> {
  const memory = new MemorySampler().start()
  const times: FloorRun['files'] = {}
  for (const file of files) {
    const db = new Dexie(`floor-${runNo}-${file.fileName}`, freshIndexedDb()) as FloorDb
    db.version(1).stores({ rows: 'id' })
    await db.open()
    const t0 = now()
    const text = new TextDecoder().decode(file.bytes)
    const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true })
    memory.mark()
    const t1 = now()
    const [headers = [], ...data] = parsed.data
    const objects = new Array<Record<string, string | number>>(file.rows)
    for (let i = 0; i < file.rows; i++) {
      const cells = data[i] ?? []
      const o: Record<string, string | number> = { id: i + 1 }
      for (let c = 0; c < headers.length; c++) o[headers[c] as string] = cells[c] ?? ''
      objects[i] = o
    }
    // In slices in one transaction: one bulkAdd of 300,000 objects is superlinear in
    // fake-indexeddb (31 s against 1.3 s in slices), so it would not be a floor. 1,000 was the
    // fastest slice size measured (100,000 rows: 455 ms; 5,000: 514 ms; one call: 3,384 ms).
    await db.transaction('rw', db.rows, async () => {
      for (let i = 0; i < objects.length; i += FLOOR_SLICE) {
        await db.rows.bulkAdd(objects.slice(i, i + FLOOR_SLICE))
      }
    })
    memory.mark()
    const t2 = now()
    times[file.fileName] = { parse: t1 - t0, insert: t2 - t1, total: t2 - t0 }
    db.close()
  }
  const peak = memory.stop()
  const total = Object.values(times).reduce((s, t) => s + t.total, 0)
  return { files: times, total, peak }
}

/** Times the commit's parts once, outside the timed runs, to say where the time goes. */
async function breakdown(files: InputFile[]): Promise<void> {
  const db = openDatabase('bench-breakdown', SCHEMA_VERSIONS, freshIndexedDb())
  const ctx = context()
  await replaceWorkspace(db, ownTeamWorkspace(ctx))
  const rows: string[][] = []
  for (const file of files) {
    const t = now()
    const decoded = decodeText(file.bytes, file.fileName)
    const tDecode = now()
    const text = decoded.text.includes('\r') ? decoded.text.replace(/\r\n?/g, '\n') : decoded.text
    const tNewlines = now()
    let records = 0
    Papa.parse<string[]>(text, {
      newline: '\n',
      step: () => {
        records++
      }
    })
    const tStep = now()
    const table = await readTable(file.bytes, file.fileName)
    const tRead = now()
    const importCtx = await importContext(db)
    const t1 = now()
    const analysis = analyseTable(table, importCtx)
    const decisions = proposedDecisions(analysis, importCtx)
    const t2 = now()
    const normalised = normaliseTable(table, decisions)
    const t3 = now()
    const role = await readDefaultRole(db)
    const existing = await db.transaction('r', db.tables, async () => {
      const { existing: base, storedFor } = await readForPlanning(
        db,
        decisions,
        role,
        normalised.records.length
      )
      // The commit may read these a slice at a time; here all at once, to time the planner alone.
      const bySlice = await storedFor(normalised.records)
      return { ...base, opportunities: [...base.opportunities, ...bySlice] }
    })
    const t4 = now()
    const changes = planImportChanges(normalised, decisions, existing, {
      ...ctx,
      importId: 'breakdown'
    })
    const t5 = now()
    const schema =
      decisions.kind === 'activities' ? workspaceTables.activities : workspaceTables.opportunities
    const created =
      decisions.kind === 'activities' ? changes.activities.create : changes.opportunities.create
    for (const r of created) schema.safeParse(r)
    const t6 = now()
    await commitImport(db, ctx, {
      fileName: file.fileName,
      headers: table.headers,
      analysis,
      decisions,
      normalised
    })
    const t7 = now()
    const commit = t7 - t6
    // The same records the commit wrote, written bare (bulkAdd in slices of 5,000, one
    // transaction) into an empty database with the app's schema: the IndexedDB cost alone.
    const bare = openDatabase(`bench-bare-${file.fileName}`, SCHEMA_VERSIONS, freshIndexedDb())
    await bare.open()
    const t8 = now()
    await bare.transaction('rw', bare.tables, async () => {
      const slices = async <T>(table: Dexie.Table<T>, rows: T[]): Promise<void> => {
        for (let i = 0; i < rows.length; i += 5000) await table.bulkAdd(rows.slice(i, i + 5000))
      }
      await slices(bare.opportunities, changes.opportunities.create)
      await slices(bare.opportunitySnapshots, changes.snapshots)
      await slices(bare.activities, changes.activities.create)
    })
    const bareWrites = now() - t8
    bare.close()
    const writes = commit - (t4 - t3) - (t5 - t4)
    rows.push(
      [file.fileName, 'readTable (whole)', ms(tRead - tStep)],
      ['', '  decode (TextDecoder)', ms(tDecode - t)],
      ['', '  CRLF → LF replace', ms(tNewlines - tDecode)],
      ['', `  papaparse step, no-op callback (${records} records)`, ms(tStep - tNewlines)],
      ['', '  rest: TableBuilder, progress, 5,000-row yields', ms(tRead - tStep - (tStep - t))],
      ['', 'analyseTable + proposedDecisions', ms(t2 - t1)],
      ['', 'normaliseTable', ms(t3 - t2)],
      ['', 'commitImport (whole)', ms(commit)],
      [
        '',
        `  readForPlanning (${existing.opportunities.length} stored opportunities)`,
        ms(t4 - t3)
      ],
      ['', '  planImportChanges (incl. zod per record)', ms(t5 - t4)],
      ['', `    of which zod safeParse of ${created.length} records`, ms(t6 - t5)],
      ['', '  writes (commit − load − changes)', ms(writes)],
      ['', '    same records bare: bulkAdd, app schema (indexes)', ms(bareWrites)],
      [
        '',
        `  records written (${changes.opportunities.create.length} opp., ${changes.snapshots.length} snapshots, ${changes.activities.create.length} act.)`,
        ''
      ]
    )
  }
  db.close()
  console.log('\nWhere the time goes (one run, timers; runs after the timed runs):\n')
  printTable(['file', 'step', 'time'], rows)
}

const requireHere = createRequire(import.meta.url)

/** The installed version of a package: its package.json, found from its resolved entry. */
export function packageVersion(name: string): string {
  try {
    let dir = path.dirname(requireHere.resolve(name))
    while (dir !== path.dirname(dir)) {
      const file = path.join(dir, 'package.json')
      if (existsSync(file)) {
        const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string }
        if (pkg.name === name && pkg.version) return pkg.version
      }
      dir = path.dirname(dir)
    }
  } catch {
    // fall through
  }
  return '(version unknown)'
}

export async function importCase(options: ImportCaseOptions): Promise<void> {
  const gen0 = now()
  const files: InputFile[] = [
    opportunitiesCsv(options.opportunities),
    activitiesCsv(options.activities, options.opportunities)
  ].map((f) => ({ ...f, bytes: new TextEncoder().encode(f.text) }))
  const generated = now() - gen0
  console.log(
    `\n## Import (Node ${process.version}, IndexedDB = fake-indexeddb ` +
      `${packageVersion('fake-indexeddb')}, Dexie ${Dexie.semVer}, papaparse ${packageVersion('papaparse')})`
  )
  for (const f of files) {
    console.log(
      `   ${f.fileName}: ${f.rows.toLocaleString('en-US')} rows, ${mb(f.bytes.byteLength)}` +
        ` (generated in ${ms(generated)} for both)`
    )
  }
  console.log(`   ${options.runs} runs; each: floor, then pipeline, alternating; gc between.`)

  const pipelines: PipelineRun[] = []
  const floors: FloorRun[] = []
  for (let run = 1; run <= options.runs; run++) {
    await settle()
    floors.push(await floorRun(files, run))
    await settle()
    pipelines.push(await pipelineRun(files, run))
    const p = pipelines[pipelines.length - 1] as PipelineRun
    const f = floors[floors.length - 1] as FloorRun
    console.log(
      `   run ${run}: pipeline ${ms(p.total)}, floor ${ms(f.total)}, ratio ${ratio(p.total / f.total)}`
    )
  }

  const rows: string[][] = []
  const names = files.map((f) => f.fileName)
  for (const file of files) {
    const name = file.fileName
    const p = (k: keyof FileTimes): number[] => pipelines.map((r) => r.files[name]?.[k] ?? NaN)
    const fl = (k: 'parse' | 'insert' | 'total'): number[] =>
      floors.map((r) => r.files[name]?.[k] ?? NaN)
    const ratios = pipelines.map(
      (r, i) => (r.files[name]?.total ?? NaN) / (floors[i]?.files[name]?.total ?? NaN)
    )
    rows.push(
      [
        name,
        'pipeline: parse (readTable)',
        summary(p('parse'), ms),
        perSecond(file.rows, median(p('parse')))
      ],
      [
        '',
        'pipeline: normalise (analyse+normalise)',
        summary(p('normalise'), ms),
        perSecond(file.rows, median(p('normalise')))
      ],
      [
        '',
        'pipeline: commit (changes+zod+writes)',
        summary(p('commit'), ms),
        perSecond(file.rows, median(p('commit')))
      ],
      ['', 'pipeline: total', summary(p('total'), ms), perSecond(file.rows, median(p('total')))],
      [
        '',
        'floor: Papa.parse',
        summary(fl('parse'), ms),
        perSecond(file.rows, median(fl('parse')))
      ],
      [
        '',
        'floor: bare bulkAdd',
        summary(fl('insert'), ms),
        perSecond(file.rows, median(fl('insert')))
      ],
      ['', 'floor: total', summary(fl('total'), ms), perSecond(file.rows, median(fl('total')))],
      ['', 'ratio pipeline / floor (per run)', summary(ratios, ratio), '']
    )
  }
  const totalRows = files.reduce((s, f) => s + f.rows, 0)
  const pTotal = pipelines.map((r) => r.total)
  const fTotal = floors.map((r) => r.total)
  const totalRatios = pipelines.map((r, i) => r.total / (floors[i]?.total ?? NaN))
  rows.push(
    [
      'total',
      `pipeline (${names.join(' + ')})`,
      summary(pTotal, ms),
      perSecond(totalRows, median(pTotal))
    ],
    ['', 'floor', summary(fTotal, ms), perSecond(totalRows, median(fTotal))],
    ['', 'ratio pipeline / floor (per run)', summary(totalRatios, ratio), 'target ≤ 2.00×']
  )
  console.log('')
  printTable(['file', 'measure', 'median (min–max)', 'rows/s'], rows)
  console.log('')
  const mem = (runs: { peak: MemoryPeak }[], k: keyof MemoryPeak): string =>
    summary(
      runs.map((r) => r.peak[k]),
      mb
    )
  printTable(
    ['peak memory (sampled)', 'rss', 'heapUsed', 'heapUsed at run start'],
    [
      [
        'pipeline, both files',
        mem(pipelines, 'rss'),
        mem(pipelines, 'heapUsed'),
        mem(pipelines, 'heapAtStart')
      ],
      ['floor, both files', mem(floors, 'rss'), mem(floors, 'heapUsed'), mem(floors, 'heapAtStart')]
    ]
  )
  console.log(`   process max RSS so far (getrusage): ${mb(process.resourceUsage().maxRSS * 1024)}`)
  if (options.breakdown) await breakdown(files)
}
