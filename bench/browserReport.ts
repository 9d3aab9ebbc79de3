/**
 * The browser case's figures: medians over the runs per file, the targets (met / NOT
 * met), the printed table, and the one-line JSON summary `npm run bench -- browser --json` ends
 * with.
 */
import type { FloorRun } from './browserFloor'
import type { BenchFile, PipelineFileRun } from './browserPipeline'
import { mb, median, ms, perSecond, printTable, ratio, summary } from './support'

export interface BrowserRun {
  floor: Record<string, FloorRun>
  pipeline: Record<string, PipelineFileRun>
}

const MB = 1024 * 1024
/** Targets of issue 18. */
export const TARGETS = { ratioToFloor: 2, longestTaskMs: 50, heapPerFileByte: 4 }

export interface FileFigures {
  rows: number
  fileMB: number
  /** Choosing the file → "Imported". */
  pipelineMs: number
  previewMs: number
  commitMs: number
  rowsPerSecond: number
  floorMs: number
  floorDecodeMs: number
  floorParseMs: number
  floorInsertMs: number
  floorRowsPerSecond: number
  /** The app's own records written bare into its schema (no app code), and that ÷ the floor's insert. */
  appRecordsBareMs: number
  appRecordsBareToFloorInsert: number
  /** Median of each run's pipeline ÷ floor. */
  ratioToFloor: number
  longestTaskMs: number
  tasksOver50: number
  blockingMs: number
  /** Page + dedicated workers, largest sum in one sample. */
  peakHeapMB: number
  /** V8's heap alone (without ArrayBuffers and browser-made strings): earlier sessions' figure. */
  peakV8HeapMB: number
  peakHeapPageMB: number
  peakHeapWorkersMB: number
  peakHeapToFileSize: number
  /** (peak − the heap when the file was chosen) ÷ file size: what the import itself added. */
  heapGrowthToFileSize: number
}

export interface TargetCheck {
  target: string
  figure: number
  met: boolean
}

/** What the cold-start case (bench/coldStart.ts, `coldStartCase`) reports, as medians. */
export interface ColdStartFigures {
  /** Reopening the same day, the data unchanged (stored answers). */
  interactiveHomeMs: number
  /** The first opening with nothing stored (a new day or changed data). */
  firstOpenHomeMs: number
  periodSwitchMs: number
  periodSwitchCpuMs: number
}

export interface BrowserSummary {
  case: 'browser'
  date: string
  chromium: string
  runs: number
  quick: boolean
  /** Longest main-thread task over both imports (median over runs of each run's longest). */
  longestTaskMs: number
  /** The worse of the two files' pipeline ÷ floor. */
  ratioToFloor: number
  /** Both files' rows ÷ both files' pipeline time. */
  rowsPerSecond: number
  /** Peak JS heap (page + workers) during the opportunity import. */
  peakHeapMB: number
  files: { opportunities?: FileFigures; activities?: FileFigures }
  targets: { ratioToFloor: TargetCheck; longestTask: TargetCheck; peakHeap: TargetCheck }
  /** Filled by run.ts from the coldstart case when both run; null otherwise. */
  coldStart: ColdStartFigures | null
}

const perSec = (rows: number, millis: number): number => (rows / millis) * 1000
const round = (n: number, digits = 0): number => Number(n.toFixed(digits))

function fileFigures(file: BenchFile, runs: BrowserRun[]): FileFigures {
  const p = runs.map((r) => r.pipeline[file.kind] as PipelineFileRun)
  const f = runs.map((r) => r.floor[file.kind] as FloorRun)
  const med = <T>(xs: T[], pick: (x: T) => number): number => median(xs.map(pick))
  const peak = med(p, (x) => x.heap.peak)
  return {
    rows: file.rows,
    fileMB: round(file.bytes / MB, 1),
    pipelineMs: round(med(p, (x) => x.total)),
    previewMs: round(med(p, (x) => x.preview)),
    commitMs: round(med(p, (x) => x.commit)),
    rowsPerSecond: round(med(p, (x) => perSec(file.rows, x.total))),
    floorMs: round(med(f, (x) => x.total)),
    floorDecodeMs: round(med(f, (x) => x.decode)),
    floorParseMs: round(med(f, (x) => x.parse)),
    floorInsertMs: round(med(f, (x) => x.insert)),
    floorRowsPerSecond: round(med(f, (x) => perSec(file.rows, x.total))),
    appRecordsBareMs: round(med(f, (x) => x.appRecordsInsert ?? NaN)),
    appRecordsBareToFloorInsert: round(
      median(f.map((x) => (x.appRecordsInsert ?? NaN) / x.insert)),
      2
    ),
    ratioToFloor: round(median(p.map((x, i) => x.total / (f[i] as FloorRun).total)), 2),
    longestTaskMs: round(med(p, (x) => x.longest)),
    tasksOver50: med(p, (x) => x.over50),
    blockingMs: round(med(p, (x) => x.blocking)),
    peakHeapMB: round(peak / MB, 1),
    peakV8HeapMB: round(med(p, (x) => x.heap.peakV8) / MB, 1),
    peakHeapPageMB: round(med(p, (x) => x.heap.peakPage) / MB, 1),
    peakHeapWorkersMB: round(med(p, (x) => x.heap.peakWorkers) / MB, 1),
    peakHeapToFileSize: round(peak / file.bytes, 2),
    heapGrowthToFileSize: round(med(p, (x) => x.heap.peak - x.heap.atStart) / file.bytes, 2)
  }
}

export function summarise(
  files: BenchFile[],
  runs: BrowserRun[],
  meta: { chromium: string; quick: boolean }
): BrowserSummary {
  const figures: BrowserSummary['files'] = {}
  for (const file of files) figures[file.kind] = fileFigures(file, runs)
  const opportunities = figures.opportunities
  const totalRows = files.reduce((s, f) => s + f.rows, 0)
  const longest = median(
    runs.map((r) => Math.max(...Object.values(r.pipeline).map((x) => x.longest)))
  )
  const ratioToFloor = Math.max(...Object.values(figures).map((f) => f.ratioToFloor))
  const heapPerByte = opportunities?.peakHeapToFileSize ?? NaN
  return {
    case: 'browser',
    date: new Date().toISOString(),
    chromium: meta.chromium,
    runs: runs.length,
    quick: meta.quick,
    longestTaskMs: round(longest),
    ratioToFloor,
    rowsPerSecond: round(
      median(
        runs.map((r) =>
          perSec(
            totalRows,
            Object.values(r.pipeline).reduce((s, x) => s + x.total, 0)
          )
        )
      )
    ),
    peakHeapMB: opportunities?.peakHeapMB ?? NaN,
    files: figures,
    targets: {
      ratioToFloor: {
        target: `pipeline ÷ floor ≤ ${TARGETS.ratioToFloor} for both files`,
        figure: ratioToFloor,
        met: ratioToFloor <= TARGETS.ratioToFloor
      },
      longestTask: {
        target: `no main-thread task over ${TARGETS.longestTaskMs} ms from choosing a file to "Imported"`,
        figure: round(longest),
        met: longest <= TARGETS.longestTaskMs
      },
      peakHeap: {
        target: `peak JS heap during the opportunity import ≤ ${TARGETS.heapPerFileByte}× the file's size`,
        figure: heapPerByte,
        met: heapPerByte <= TARGETS.heapPerFileByte
      }
    },
    coldStart: null
  }
}

/** The table of medians (min–max) per file, then each target as met / NOT met. */
export function printBrowserFigures(files: BenchFile[], runs: BrowserRun[], s: BrowserSummary) {
  const row = (label: string, value: (file: BenchFile) => string): string[] => [
    label,
    ...files.map(value)
  ]
  const p = (file: BenchFile, pick: (x: PipelineFileRun) => number, f: (n: number) => string) =>
    summary(
      runs.map((r) => pick(r.pipeline[file.kind] as PipelineFileRun)),
      f
    )
  const fl = (file: BenchFile, pick: (x: FloorRun) => number, f: (n: number) => string) =>
    summary(
      runs.map((r) => pick(r.floor[file.kind] as FloorRun)),
      f
    )
  const figure = (file: BenchFile): FileFigures => s.files[file.kind] as FileFigures
  printTable(
    ['median (min–max)', ...files.map((f) => `${f.rows.toLocaleString('en-US')} ${f.kind}`)],
    [
      row('file size', (f) => mb(f.bytes)),
      row('pipeline: choose file → "Import N …" enabled', (f) => p(f, (x) => x.preview, ms)),
      row('pipeline: "Import N …" → "Imported"', (f) => p(f, (x) => x.commit, ms)),
      row('pipeline: choose file → "Imported"', (f) => p(f, (x) => x.total, ms)),
      row('pipeline rows/s', (f) => perSecond(f.rows, figure(f).pipelineMs)),
      row('floor: bytes + TextDecoder', (f) => fl(f, (x) => x.decode, ms)),
      row('floor: Papa.parse (header row)', (f) => fl(f, (x) => x.parse, ms)),
      row('floor: bulkAdd, no index', (f) => fl(f, (x) => x.insert, ms)),
      row('floor total', (f) => fl(f, (x) => x.total, ms)),
      row('floor rows/s', (f) => perSecond(f.rows, figure(f).floorMs)),
      row("the app's records written bare (its indexes)", (f) =>
        fl(f, (x) => x.appRecordsInsert ?? NaN, ms)
      ),
      row("  ÷ the floor's bulkAdd", (f) =>
        summary(
          runs.map((r) => {
            const x = r.floor[f.kind] as FloorRun
            return (x.appRecordsInsert ?? NaN) / x.insert
          }),
          ratio
        )
      ),
      row('pipeline ÷ floor', (f) => {
        const each = runs.map(
          (r) => (r.pipeline[f.kind] as PipelineFileRun).total / (r.floor[f.kind] as FloorRun).total
        )
        return summary(each, ratio)
      }),
      row('longest main-thread task', (f) => p(f, (x) => x.longest, ms)),
      row('tasks > 50 ms', (f) => p(f, (x) => x.over50, String)),
      row('blocking time (Σ task − 50 ms)', (f) => p(f, (x) => x.blocking, ms)),
      row('peak JS heap, page + workers', (f) => p(f, (x) => x.heap.peak, mb)),
      row('  V8 heap alone (without buffers, decoded text)', (f) => p(f, (x) => x.heap.peakV8, mb)),
      row('  page / workers (each its own peak)', (f) => {
        const fig = figure(f)
        return `${fig.peakHeapPageMB} MB / ${fig.peakHeapWorkersMB} MB`
      }),
      row('  heap at the start', (f) => p(f, (x) => x.heap.atStart, mb)),
      row('peak heap ÷ file size', (f) => ratio(figure(f).peakHeapToFileSize)),
      row('  (peak − start) ÷ file size', (f) => ratio(figure(f).heapGrowthToFileSize))
    ]
  )
  const verdict = (t: TargetCheck, shown: string): void =>
    console.log(`   target: ${t.target} — ${t.met ? 'met' : 'NOT met'} (${shown})`)
  verdict(s.targets.ratioToFloor, `worse file ${ratio(s.ratioToFloor)}`)
  verdict(s.targets.longestTask, `longest ${ms(s.longestTaskMs)}`)
  verdict(s.targets.peakHeap, `${ratio(s.targets.peakHeap.figure)}, ${s.peakHeapMB} MB`)
}
