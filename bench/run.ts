/**
 * `npm run bench [-- case…] [--runs N] [--quick] [--no-breakdown] [--json]`: runs the benchmark
 * cases and prints their tables. Cases: import (Node pipeline vs raw floor), browser (the
 * import in Chromium against the floor in the same browser: rows/s, long tasks, JS heap),
 * metrics (every rep's metrics and diagnosis for a quarter), prep (one rep's 1:1 prep in a
 * 50-rep, 3-year workspace), coldstart (the app opened cold on that workspace in Chromium).
 * Speed is measured here only, never asserted in tests.
 */
import os from 'node:os'
import { browserImportCase } from './browserImport'
import type { BrowserSummary, ColdStartFigures } from './browserReport'
import { coldStartCase } from './coldStart'
import { importCase } from './import'
import { metricsCase } from './metrics'
import { oneOnOnePrepCase } from './oneOnOnePrep'

const CASES = ['import', 'browser', 'metrics', 'prep', 'coldstart'] as const
type CaseName = (typeof CASES)[number]

interface Args {
  cases: CaseName[]
  runs: number
  quick: boolean
  breakdown: boolean
  /** Print the browser case's summary as one JSON object on the last line of stdout. */
  json: boolean
}

function parseArgs(argv: string[]): Args {
  const cases: CaseName[] = []
  let runs = Number(process.env.BENCH_RUNS ?? 3)
  let quick = false
  let breakdown = true
  let json = false
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? ''
    if (a === '--runs') runs = Number(argv[++i])
    else if (a === '--quick') quick = true
    else if (a === '--no-breakdown') breakdown = false
    else if (a === '--json') json = true
    else if ((CASES as readonly string[]).includes(a)) cases.push(a as CaseName)
    else throw new Error(`unknown argument "${a}"; cases: ${CASES.join(', ')}`)
  }
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs needs a whole number ≥ 1')
  return { cases: cases.length > 0 ? cases : [...CASES], runs, quick, breakdown, json }
}

export async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv)
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU'
  console.log(
    `# Fieldbook benchmark — ${new Date().toISOString()}\n` +
      `   node ${process.version}, ${os.availableParallelism()} CPUs (${cpu}), ` +
      `${Math.round(os.totalmem() / 2 ** 30)} GB RAM, ${os.platform()} ${os.release()}` +
      ((globalThis as { gc?: unknown }).gc
        ? ''
        : '\n   (run with --expose-gc for a gc between runs)')
  )
  const scale = args.quick ? 10 : 1
  let browser: BrowserSummary | undefined
  let coldStart: ColdStartFigures | null = null
  for (const name of args.cases) {
    if (name === 'import') {
      await importCase({
        runs: args.runs,
        opportunities: 100_000 / scale,
        activities: 300_000 / scale,
        breakdown: args.breakdown
      })
    }
    if (name === 'browser') {
      browser = await browserImportCase({
        runs: args.runs,
        opportunities: 100_000 / scale,
        activities: 300_000 / scale,
        quick: args.quick
      })
    }
    if (name === 'metrics') {
      await metricsCase({ runs: args.runs, reps: args.quick ? 10 : 50, years: 3 })
    }
    if (name === 'prep') {
      // --quick: 5 reps × 1 year instead of 50 × 3.
      await oneOnOnePrepCase({
        runs: args.runs,
        reps: args.quick ? 5 : 50,
        years: args.quick ? 1 : 3
      })
    }
    if (name === 'coldstart') {
      coldStart = (await coldStartCase({ runs: args.runs })) ?? null
    }
  }
  if (args.json) {
    // The last line of stdout; `coldStart` holds the coldstart case's medians when it ran.
    console.log(
      JSON.stringify(
        browser
          ? { ...browser, coldStart }
          : {
              case: 'browser',
              skipped: args.cases.includes('browser') ? 'see the browser section' : 'not run',
              coldStart
            }
      )
    )
  }
  return 0
}
