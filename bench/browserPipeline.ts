/**
 * The pipeline in Chromium, as a person does it: a new profile, "Start with my own team",
 * Import, "Import a file…" → the file chooser → Review → "Import N …" → the "Imported …"
 * status, for each file in turn (opportunities first: activities link to their deals). Only
 * roles, labels and the file chooser are used, so it measures whatever the app does inside.
 */
import type { BrowserContext, Locator, Page } from '@playwright/test'
import { HeapSampler, type HeapPeak } from './browserHeap'
import { now } from './support'

export interface BenchFile {
  kind: 'opportunities' | 'activities'
  fileName: string
  path: string
  rows: number
  bytes: number
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

export interface PipelineFileRun {
  /** Choosing the file → the "Import N …" button enabled. */
  preview: number
  /** Clicking "Import N …" → the "Imported …" status. */
  commit: number
  /** Choosing the file → "Imported". */
  total: number
  longest: number
  over50: number
  /** Σ of each long task's time over 50 ms. */
  blocking: number
  heap: HeapPeak
  /** The "Imported …" status, as shown. */
  status: string
}

/** The app is missing a screen or a control the case needs. */
export class Skip extends Error {}

async function visible(what: Locator, reason: string): Promise<void> {
  try {
    await what.waitFor({ timeout: 10_000 })
  } catch {
    throw new Skip(reason)
  }
}

const LONG = { timeout: 900_000 }

/**
 * Waits until the import screen shows the review's enabled "Import N …" button (`review`) or
 * "Imported “file”" (`imported`), or fails with the screen's alert if one shows first. The check
 * is a few cheap DOM reads run in the page every 100 ms: Playwright's role locators walk the
 * whole page on every poll, and on a big review those polls were themselves the long tasks
 * this case measures.
 */
async function untilShown(
  page: Page,
  wanted: 'review' | 'imported',
  fileName: string,
  what: string
): Promise<void> {
  const result = await page.waitForFunction(
    ({ wanted, fileName }) => {
      const screen = document.querySelector('main') ?? document.body
      const alert = screen.querySelector('[role="alert"]')
      if (alert?.textContent) return `alert:${alert.textContent}`
      if (wanted === 'review') {
        const ready = [...screen.querySelectorAll('button')].some(
          (b) => !b.disabled && /^Import [\d,]+ \w+$/i.test(b.textContent ?? '')
        )
        return ready ? 'ok' : false
      }
      const statuses = [...screen.querySelectorAll('[role="status"]')]
      return statuses.some((s) => s.textContent?.includes(`Imported “${fileName}”`)) ? 'ok' : false
    },
    { wanted, fileName },
    { polling: 100, ...LONG }
  )
  const outcome = (await result.jsonValue()) as string
  if (outcome !== 'ok') {
    throw new Error(`${what}: the import screen says “${outcome.slice('alert:'.length)}”`)
  }
}

/** "Imported “x.csv”: 100000 new, 0 updated, …, 0 rejected." must say every row is new. */
function checkStatus(file: BenchFile, status: string): void {
  const count = (label: string): number =>
    Number(new RegExp(`([\\d,]+) ${label}`).exec(status)?.[1]?.replace(/,/g, '') ?? NaN)
  if (count('new') !== file.rows || count('rejected') !== 0) {
    throw new Error(`${file.fileName}: expected ${file.rows} new and none rejected: “${status}”`)
  }
}

async function importOne(page: Page, heap: HeapSampler, file: BenchFile) {
  const screen = page.getByRole('region', { name: 'Import', exact: true })
  const chooseButton = screen.getByRole('button', { name: /^Import a file/i })
  await visible(chooseButton, 'no "Import a file…" button')
  const imported = screen.getByRole('status').filter({ hasText: `Imported “${file.fileName}”` })

  const t0 = await page.evaluate(() => performance.now())
  heap.start()
  heap.mark('read and review')
  const w0 = now()
  const chooser = page.waitForEvent('filechooser', LONG)
  await chooseButton.click()
  await (await chooser).setFiles(file.path)
  await untilShown(page, 'review', file.fileName, `${file.fileName} before the commit`)
  const w1 = now()
  heap.mark('commit')
  // A DOM click: a locator's click would query the whole review by role first.
  await page.evaluate(() => {
    const button = [...document.querySelectorAll('main button')].find(
      (b) => !(b as HTMLButtonElement).disabled && /^Import [\d,]+ \w+$/i.test(b.textContent ?? '')
    )
    if (!button) throw new Error('no enabled "Import N …" button')
    ;(button as HTMLButtonElement).click()
  })
  await untilShown(page, 'imported', file.fileName, `${file.fileName} while committing`)
  const w2 = now()
  const heapPeak = await heap.stop()
  const t2 = await page.evaluate(() => performance.now())
  const status = await imported.innerText()
  checkStatus(file, status)
  // Every long task that ran at any moment between choosing the file and "Imported".
  const tasks = (await page.evaluate(() => window.__longTasks ?? [])).filter(
    (t) => t.start + t.duration >= t0 && t.start <= t2
  )
  return {
    preview: w1 - w0,
    commit: w2 - w1,
    total: w2 - w0,
    longest: Math.max(0, ...tasks.map((t) => t.duration)),
    over50: tasks.length,
    blocking: tasks.reduce((s, t) => s + Math.max(0, t.duration - 50), 0),
    heap: heapPeak,
    status
  }
}

/** One pipeline run: a new page of the run's new profile, a new team, then every file in order. */
export async function pipelineRun(
  context: BrowserContext,
  url: string,
  files: BenchFile[],
  onImported: (file: BenchFile, run: PipelineFileRun) => void = () => undefined
): Promise<Record<string, PipelineFileRun>> {
  const page = await context.newPage()
  await page.setViewportSize({ width: 1280, height: 860 })
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  // Before the app loads, so every long task from the first one on is recorded.
  await page.addInitScript(() => {
    window.__longTasks = []
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        window.__longTasks?.push({ start: e.startTime, duration: e.duration })
      }
    }).observe({ type: 'longtask', buffered: true })
  })
  const heap = await HeapSampler.attach(context, page)
  try {
    await page.goto(url)
    await page.getByRole('button', { name: 'Start with my own team' }).click()
    // The workspace opens on its start page (Home today); the main navigation is what counts.
    const mainNav = page.getByRole('navigation', { name: 'Main' })
    await mainNav.waitFor({ timeout: 60_000 })
    const importLink = mainNav.getByRole('link', { name: 'Import' })
    await visible(importLink, 'no Import link in the main navigation')
    await importLink.click()
    await page.getByRole('heading', { name: 'Import', level: 1 }).waitFor()
    const runs: Record<string, PipelineFileRun> = {}
    for (const file of files) {
      const run = await importOne(page, heap, file)
      runs[file.kind] = run
      onImported(file, run)
    }
    if (errors.length > 0) console.log(`   page errors: ${errors.join(' | ')}`)
    return runs
  } finally {
    await heap.stop().catch(() => undefined)
    await page.close()
  }
}
