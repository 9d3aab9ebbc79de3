/** Small helpers shared by the benchmark cases: medians, memory sampling, table printing. */

export function median(values: number[]): number {
  if (values.length === 0) return NaN
  const s = [...values].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2
}

/** "median (min–max)" of some values, each formatted by `f`. */
export function summary(values: number[], f: (n: number) => string): string {
  if (values.length === 0) return '–'
  if (values.length === 1) return f(values[0] as number)
  return `${f(median(values))} (${f(Math.min(...values))}–${f(Math.max(...values))})`
}

export const ms = (n: number): string => `${Math.round(n).toLocaleString('en-US')} ms`
export const mb = (bytes: number): string => `${Math.round(bytes / (1024 * 1024))} MB`
export const ratio = (n: number): string => `${n.toFixed(2)}×`
export const perSecond = (rows: number, millis: number): string =>
  `${Math.round((rows / millis) * 1000).toLocaleString('en-US')}/s`

export interface MemoryPeak {
  rss: number
  heapUsed: number
  /** heapUsed when sampling started: what earlier runs left behind. */
  heapAtStart: number
}

/**
 * Samples rss and heapUsed every few milliseconds while running. Timers cannot fire during a
 * long synchronous step, so `mark()` is also called at each phase boundary, when everything
 * that step built is still alive.
 */
export class MemorySampler {
  private peak: MemoryPeak = { rss: 0, heapUsed: 0, heapAtStart: 0 }
  private timer: ReturnType<typeof setInterval> | undefined

  start(everyMs = 5): this {
    this.peak.heapAtStart = process.memoryUsage().heapUsed
    this.mark()
    this.timer = setInterval(() => this.mark(), everyMs)
    this.timer.unref()
    return this
  }

  mark(): void {
    const m = process.memoryUsage()
    if (m.rss > this.peak.rss) this.peak.rss = m.rss
    if (m.heapUsed > this.peak.heapUsed) this.peak.heapUsed = m.heapUsed
  }

  stop(): MemoryPeak {
    this.mark()
    if (this.timer) clearInterval(this.timer)
    return { ...this.peak }
  }
}

/** Frees what the previous run left behind, when node runs with --expose-gc. */
export async function settle(): Promise<void> {
  const gc = (globalThis as { gc?: () => void }).gc
  if (gc) {
    gc()
    gc()
  }
  await new Promise((resolve) => setTimeout(resolve, 50))
}

/** Prints rows as an aligned text table. */
export function printTable(headers: string[], rows: string[][]): void {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)))
  const line = (cells: string[]): string =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
      .join('  ')
  console.log(line(headers))
  console.log(widths.map((w) => '-'.repeat(w)).join('  '))
  for (const r of rows) console.log(line(r))
}

export const now = (): number => performance.now()
