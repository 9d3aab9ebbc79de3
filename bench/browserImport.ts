/**
 * The browser import case: the built web app (out/web, from `npm run build`) in Debian's
 * Chromium, a new team, and a generated 100,000-row Salesforce opportunity report walked
 * through the Import screen to the commit. A long-task observer (registered before the app
 * loads) records every main-thread task over 50 ms; the case reports the longest, how many
 * went over 100 ms, and how long each phase took. Nothing here is built: run the build first.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { readFile } from 'node:fs/promises'
import { chromium, type Browser } from '@playwright/test'
import { opportunitiesCsv } from './generate'
import { mb, median, ms, now, printTable, summary } from './support'

export interface BrowserCaseOptions {
  runs: number
  rows: number
}

/** Same flags as playwright.config.ts. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--headless',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic'
]

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm'
}

/** A static server for the built app on 127.0.0.1 and a free port. */
async function serve(dir: string): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
    const file = path.join(dir, urlPath === '/' ? 'index.html' : urlPath)
    if (!file.startsWith(dir)) {
      res.writeHead(403).end()
      return
    }
    readFile(file).then(
      (body) => {
        res.writeHead(200, {
          'content-type': MIME[path.extname(file)] ?? 'application/octet-stream'
        })
        res.end(body)
      },
      () => res.writeHead(404).end()
    )
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return { server, url: `http://127.0.0.1:${port}/` }
}

interface LongTask {
  start: number
  duration: number
}

declare global {
  interface Window {
    __longTasks?: LongTask[]
  }
}

interface BrowserRun {
  /** Choosing the file → the Review section with its "Import N …" button enabled. */
  preview: number
  /** Clicking "Import N …" → the "Imported …" status. */
  commit: number
  total: number
  longest: number
  over100: number
  over50: number
  /** Sum of long-task time over 50 ms (the blocking time) during the import. */
  blocking: number
  longestPreview: number
  longestCommit: number
  heapAfter: number
}

class Skip extends Error {}

async function visible(what: () => Promise<void>, reason: string): Promise<void> {
  try {
    await what()
  } catch {
    throw new Skip(reason)
  }
}

async function oneRun(browser: Browser, url: string, csvPath: string): Promise<BrowserRun> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } })
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  await page.addInitScript(() => {
    window.__longTasks = []
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        window.__longTasks?.push({ start: e.startTime, duration: e.duration })
      }
    }).observe({ type: 'longtask', buffered: true })
  })
  try {
    await page.goto(url)
    await page.getByRole('button', { name: 'Start with my own team' }).click()
    await page.getByRole('heading', { name: 'Team', level: 1 }).waitFor()
    const importLink = page.getByRole('navigation', { name: 'Main' }).getByRole('link', {
      name: 'Import'
    })
    await visible(
      () => importLink.waitFor({ timeout: 5_000 }),
      'no Import link in the main navigation'
    )
    await importLink.click()
    await page.getByRole('heading', { name: 'Import', level: 1 }).waitFor()
    const chooseButton = page.getByRole('button', { name: /^Import a file/i })
    await visible(() => chooseButton.waitFor({ timeout: 5_000 }), 'no "Import a file…" button')

    const t0 = await page.evaluate(() => performance.now())
    const w0 = now()
    const chooser = page.waitForEvent('filechooser')
    await chooseButton.click()
    await (await chooser).setFiles(csvPath)
    await page.getByRole('heading', { name: 'Review', level: 2 }).waitFor({ timeout: 600_000 })
    const commitButton = page.getByRole('button', { name: /^Import [\d,]+ \w+$/i })
    await commitButton.waitFor({ timeout: 600_000 })
    const deadline = Date.now() + 600_000
    while (!(await commitButton.isEnabled())) {
      if (Date.now() > deadline) throw new Error('the "Import N …" button never became enabled')
      await page.waitForTimeout(50)
    }
    const t1 = await page.evaluate(() => performance.now())
    const w1 = now()
    await commitButton.click()
    await page
      .getByRole('status')
      .filter({ hasText: /Imported/ })
      .waitFor({ timeout: 600_000 })
    const w2 = now()
    const t2 = await page.evaluate(() => performance.now())
    // A task still running when a phase's timestamp was taken is counted where it started.
    const tasks = (await page.evaluate(() => window.__longTasks ?? [])).filter(
      (t) => t.start + t.duration >= t0 && t.start <= t2
    )
    const inPreview = tasks.filter((t) => t.start < t1)
    const inCommit = tasks.filter((t) => t.start >= t1)
    const longest = (ts: LongTask[]): number => Math.max(0, ...ts.map((t) => t.duration))
    const cdp = await context.newCDPSession(page)
    await cdp.send('Performance.enable')
    const { metrics } = await cdp.send('Performance.getMetrics')
    const heapAfter = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN
    if (errors.length > 0) console.log(`   page errors: ${errors.join(' | ')}`)
    return {
      preview: w1 - w0,
      commit: w2 - w1,
      total: w2 - w0,
      longest: longest(tasks),
      over100: tasks.filter((t) => t.duration > 100).length,
      over50: tasks.length,
      blocking: tasks.reduce((s, t) => s + Math.max(0, t.duration - 50), 0),
      longestPreview: longest(inPreview),
      longestCommit: longest(inCommit),
      heapAfter
    }
  } finally {
    await context.close()
  }
}

function csvFile(rows: number): string {
  const dir = path.join(os.tmpdir(), 'fieldbook-bench')
  const file = path.join(dir, `opportunities-${rows}.csv`)
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true })
    writeFileSync(file, opportunitiesCsv(rows).text)
  }
  return file
}

export async function browserImportCase(options: BrowserCaseOptions): Promise<void> {
  const webDir = path.resolve(process.env.BENCH_WEB_DIR ?? 'out/web')
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
  console.log(`\n## Browser import (Chromium at ${executablePath}, app from ${webDir})`)
  if (!existsSync(path.join(webDir, 'index.html'))) {
    console.log(`   ${webDir}/index.html is missing: run \`npm run build\` first; skipped.`)
    return
  }
  if (!existsSync(executablePath)) {
    console.log(`   no Chromium at ${executablePath} (set CHROMIUM_PATH); skipped.`)
    return
  }
  const csvPath = csvFile(options.rows)
  const { server, url } = await serve(webDir)
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS })
  console.log(
    `   Chromium ${browser.version()}; file: ${options.rows.toLocaleString('en-US')}-row ` +
      `Salesforce opportunity report (${csvPath}); ${options.runs} runs, a new profile each`
  )
  const runs: BrowserRun[] = []
  try {
    for (let i = 1; i <= options.runs; i++) {
      const r = await oneRun(browser, url, csvPath)
      runs.push(r)
      console.log(
        `   run ${i}: ${ms(r.total)}, longest task ${ms(r.longest)}, ${r.over100} tasks > 100 ms`
      )
    }
  } catch (error) {
    if (error instanceof Skip) {
      console.log(`   import screen not built yet (${error.message}); skipped.`)
      return
    }
    throw error
  } finally {
    await browser.close()
    server.close()
  }
  const col = (k: keyof BrowserRun): number[] => runs.map((r) => r[k])
  console.log('')
  printTable(
    ['measure', 'median (min–max)'],
    [
      [
        'choose file → Review ready (read in worker, analyse, preview)',
        summary(col('preview'), ms)
      ],
      ['"Import N …" → "Imported" (commit)', summary(col('commit'), ms)],
      ['total', summary(col('total'), ms)],
      ['longest main-thread task (whole import)', summary(col('longest'), ms)],
      ['  longest while reading/previewing', summary(col('longestPreview'), ms)],
      ['  longest while committing', summary(col('longestCommit'), ms)],
      ['tasks > 100 ms', summary(col('over100'), String)],
      ['tasks > 50 ms (all long tasks)', summary(col('over50'), String)],
      ['blocking time (Σ task − 50 ms)', summary(col('blocking'), ms)],
      ['JS heap used after the import', summary(col('heapAfter'), mb)]
    ]
  )
  const worst = median(col('longest'))
  console.log(
    `   target: no task > 100 ms — ${worst <= 100 ? 'met' : `NOT met (median longest ${ms(worst)})`}`
  )
}
