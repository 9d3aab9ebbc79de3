/**
 * The JS heap of a page and of its dedicated workers, sampled over the DevTools protocol while
 * an import runs. `Runtime.getHeapUsage` is answered between the page's (or worker's) own
 * JavaScript, even inside a long task, so a busy thread is still sampled.
 *
 * Workers: Playwright's `newCDPSession` takes a page or frame, not a worker, and a session
 * auto-attached with `flatten: true` gets an id Playwright does not route; so the page's session
 * auto-attaches with `flatten: false` and talks to each worker through
 * `Target.sendMessageToTarget` / `Target.receivedMessageFromTarget`.
 */
import type { BrowserContext, CDPSession, Page } from '@playwright/test'

export interface HeapPeak {
  /** Largest page + workers JS heap used (bytes), summed within one sample. */
  peak: number
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
}

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
        (u) => u.usedSize,
        () => 0
      ),
      ...[...this.workers].map((sessionId) => this.workerHeap(sessionId))
    ])
    const pageBytes = page ?? 0
    const workerBytes = workers.reduce((s, w) => s + w, 0)
    const c = this.current
    c.samples++
    if (first) c.atStart = pageBytes + workerBytes
    const sum = pageBytes + workerBytes
    if (sum > c.peak) c.peakPhase = this.phase
    c.byPhase[this.phase] = Math.max(c.byPhase[this.phase] ?? 0, sum)
    c.peak = Math.max(c.peak, sum)
    c.peakPage = Math.max(c.peakPage, pageBytes)
    c.peakWorkers = Math.max(c.peakWorkers, workerBytes)
  }

  private async workerHeap(sessionId: string): Promise<number> {
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
    return sent ? ((await reply)?.usedSize ?? 0) : 0
  }
}

function empty(): HeapPeak {
  return {
    peak: 0,
    atStart: 0,
    peakPage: 0,
    peakWorkers: 0,
    workersSeen: 0,
    samples: 0,
    peakPhase: '',
    byPhase: {}
  }
}
