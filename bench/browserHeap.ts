/**
 * The JS heap of a page and of its dedicated workers, sampled over the DevTools protocol while
 * an import runs. `Runtime.getHeapUsage` is answered between the page's (or worker's) own
 * JavaScript, even inside a long task, so a busy thread is still sampled.
 *
 * What counts: V8's heap (`usedSize`) and what the JavaScript holds outside it
 * (`backingStorageSize`): the bytes of ArrayBuffers (the file read into memory) and strings the
 * browser made, such as the text `TextDecoder` returns (the whole file, decoded). Until the
 * ninth session of issue 18 only `usedSize` was counted, so the file's bytes and its decoded
 * text were left out of the peak; `peakV8` keeps that figure for comparison.
 *
 * Workers: Playwright's `newCDPSession` takes a page or frame, not a worker, and a session
 * auto-attached with `flatten: true` gets an id Playwright does not route; so the page's session
 * auto-attaches with `flatten: false` and talks to each worker through
 * `Target.sendMessageToTarget` / `Target.receivedMessageFromTarget`.
 */
import type { BrowserContext, CDPSession, Page } from '@playwright/test'

export interface HeapPeak {
  /** Largest page + workers JS heap used with its buffers (bytes), summed within one sample. */
  peak: number
  /** The same, V8's heap alone (`usedSize`: what this bench counted before). */
  peakV8: number
  /** Page + workers when sampling started. */
  atStart: number
  peakPage: number
  peakWorkers: number
  /** Dedicated workers seen while sampling. */
  workersSeen: number
  samples: number
  /** The phase (`mark`) the peak fell in, and the largest sample of each phase (bytes). */
  peakPhase: string
  byPhase: Record<string, number>
}

interface HeapUsage {
  usedSize: number
  backingStorageSize?: number
}

/** V8's heap and, apart, what it holds outside it. */
interface Usage {
  heap: number
  all: number
}

const usageOf = (u: HeapUsage | undefined): Usage => ({
  heap: u?.usedSize ?? 0,
  all: (u?.usedSize ?? 0) + (u?.backingStorageSize ?? 0)
})

const SAMPLE_TIMEOUT_MS = 2_000

export class HeapSampler {
  private readonly workers = new Set<string>()
  private readonly replies = new Map<number, (usage: HeapUsage | undefined) => void>()
  private nextId = 1
  private running: Promise<void> | undefined
  private stopRequested = false
  private current: HeapPeak = empty()
  private seen = new Set<string>()
  private phase = 'start'

  private constructor(private readonly cdp: CDPSession) {}

  /** Attaches to `page` (and, from then on, to every dedicated worker it starts). */
  static async attach(context: BrowserContext, page: Page): Promise<HeapSampler> {
    const cdp = await context.newCDPSession(page)
    const sampler = new HeapSampler(cdp)
    cdp.on('Target.attachedToTarget', (e) => {
      if (e.targetInfo.type !== 'worker') return
      sampler.workers.add(e.sessionId)
      sampler.seen.add(e.sessionId)
    })
    cdp.on('Target.detachedFromTarget', (e) => {
      if (e.sessionId) sampler.workers.delete(e.sessionId)
    })
    cdp.on('Target.receivedMessageFromTarget', (e) => {
      const reply = JSON.parse(e.message) as { id?: number; result?: HeapUsage }
      const answer = reply.id === undefined ? undefined : sampler.replies.get(reply.id)
      if (!answer || reply.id === undefined) return
      sampler.replies.delete(reply.id)
      answer(reply.result)
    })
    await cdp.send('Target.setAutoAttach', {
      autoAttach: true,
      waitForDebuggerOnStart: false,
      flatten: false
    })
    return sampler
  }

  /** Names what the import does from now on (file chosen, review, commit): peaks are by phase. */
  mark(phase: string): void {
    this.phase = phase
  }

  /** Samples every `everyMs` until `stop()`. */
  start(everyMs = 100): void {
    this.current = empty()
    this.phase = 'start'
    this.seen = new Set(this.workers)
    this.stopRequested = false
    this.running = (async () => {
      let first = true
      while (!this.stopRequested) {
        const started = Date.now()
        await this.sample(first)
        first = false
        const wait = everyMs - (Date.now() - started)
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait))
      }
    })()
  }

  async stop(): Promise<HeapPeak> {
    this.stopRequested = true
    await this.running
    await this.sample(false)
    return { ...this.current, workersSeen: this.seen.size }
  }

  private async sample(first: boolean): Promise<void> {
    const [page, ...workers] = await Promise.all([
      this.cdp.send('Runtime.getHeapUsage').then(
        (u) => usageOf(u as HeapUsage),
        () => usageOf(undefined)
      ),
      ...[...this.workers].map((sessionId) => this.workerHeap(sessionId))
    ])
    const pageBytes = page?.all ?? 0
    const workerBytes = workers.reduce((s, w) => s + w.all, 0)
    const v8 = (page?.heap ?? 0) + workers.reduce((s, w) => s + w.heap, 0)
    const c = this.current
    c.peakV8 = Math.max(c.peakV8, v8)
    c.samples++
    if (first) c.atStart = pageBytes + workerBytes
    const sum = pageBytes + workerBytes
    if (sum > c.peak) c.peakPhase = this.phase
    c.byPhase[this.phase] = Math.max(c.byPhase[this.phase] ?? 0, sum)
    c.peak = Math.max(c.peak, sum)
    c.peakPage = Math.max(c.peakPage, pageBytes)
    c.peakWorkers = Math.max(c.peakWorkers, workerBytes)
  }

  private async workerHeap(sessionId: string): Promise<Usage> {
    const id = this.nextId++
    const reply = new Promise<HeapUsage | undefined>((resolve) => {
      this.replies.set(id, resolve)
      setTimeout(() => {
        this.replies.delete(id)
        resolve(undefined)
      }, SAMPLE_TIMEOUT_MS)
    })
    const message = JSON.stringify({ id, method: 'Runtime.getHeapUsage' })
    // A worker that just ended is detached a moment later: count it as 0.
    const sent = await this.cdp.send('Target.sendMessageToTarget', { sessionId, message }).then(
      () => true,
      () => false
    )
    return usageOf(sent ? await reply : undefined)
  }
}

function empty(): HeapPeak {
  return {
    peak: 0,
    peakV8: 0,
    atStart: 0,
    peakPage: 0,
    peakWorkers: 0,
    workersSeen: 0,
    samples: 0,
    peakPhase: '',
    byPhase: {}
  }
}
