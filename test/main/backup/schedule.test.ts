import { describe, expect, it, vi } from 'vitest'
import { createBackupSchedule } from '../../../src/main/backup/schedule'
import { sendToPage, type PageLike } from '../../../src/main/ipc/events'

const HOUR = 60 * 60 * 1000
const DAY = 24 * HOUR
const START_DELAY = 15_000
const T0 = Date.parse('2026-11-23T09:00:00.000Z')

/** Timers and a wall clock the test moves by hand; the schedule gets both injected. */
function fakeTime() {
  let now = T0
  let nextId = 1
  const timers = new Map<number, { at: number; callback: () => void }>()
  return {
    now: () => now,
    setTimeout: (callback: () => void, ms: number) => {
      const id = nextId++
      timers.set(id, { at: now + ms, callback })
      return id
    },
    clearTimeout: (handle: unknown) => void timers.delete(handle as number),
    pending: () => timers.size,
    /** Moves the clock forward, firing due timers in order and letting their promises settle. */
    async advance(ms: number) {
      const end = now + ms
      for (;;) {
        const due = [...timers.entries()]
          .filter(([, t]) => t.at <= end)
          .sort((a, b) => a[1].at - b[1].at)[0]
        if (!due) break
        timers.delete(due[0])
        now = due[1].at
        due[1].callback()
        for (let i = 0; i < 5; i++) await Promise.resolve()
      }
      now = end
    }
  }
}

function setup(backups: { createdAt: string }[] = []) {
  const time = fakeTime()
  const emit = vi.fn()
  const list = vi.fn(async () => backups)
  const schedule = createBackupSchedule({
    list,
    emit,
    intervalMs: DAY,
    startDelayMs: START_DELAY,
    now: time.now,
    setTimeout: time.setTimeout,
    clearTimeout: time.clearTimeout,
    log: vi.fn()
  })
  /** What the renderer does on backup:due: store a backup now. */
  const answer = () => backups.unshift({ createdAt: new Date(time.now()).toISOString() })
  return { time, emit, list, schedule, backups, answer }
}

const ago = (ms: number) => new Date(T0 - ms).toISOString()

describe('backup schedule', () => {
  it('does nothing until the window has loaded', async () => {
    const { time, emit } = setup()
    await time.advance(2 * DAY)
    expect(emit).not.toHaveBeenCalled()
    expect(time.pending()).toBe(0)
  })

  it('asks soon after the window loads when there is no backup yet', async () => {
    const { time, emit, schedule } = setup()
    schedule.checkSoon()
    await time.advance(START_DELAY - 1)
    expect(emit).not.toHaveBeenCalled()
    await time.advance(1)
    expect(emit).toHaveBeenCalledExactlyOnceWith({ reason: 'scheduled' })
  })

  it('asks soon after the window loads when the newest backup is older than the interval', async () => {
    const { time, emit, schedule } = setup([
      { createdAt: ago(DAY + HOUR) },
      { createdAt: ago(3 * DAY) }
    ])
    schedule.checkSoon()
    await time.advance(START_DELAY)
    expect(emit).toHaveBeenCalledTimes(1)
  })

  it('does not ask at start when the newest backup is recent, but once it becomes due', async () => {
    const { time, emit, schedule } = setup([{ createdAt: ago(2 * HOUR) }])
    schedule.checkSoon()
    await time.advance(START_DELAY)
    expect(emit).not.toHaveBeenCalled()
    // Due 24 h after that backup: 22 h after the start.
    await time.advance(22 * HOUR - START_DELAY - 2 * 60_000)
    expect(emit).not.toHaveBeenCalled()
    await time.advance(2 * 60_000)
    expect(emit).toHaveBeenCalledTimes(1)
  })

  it('asks again every interval while the app stays open', async () => {
    const { time, emit, schedule, answer } = setup()
    emit.mockImplementation(answer)
    schedule.checkSoon()
    await time.advance(START_DELAY)
    expect(emit).toHaveBeenCalledTimes(1)
    await time.advance(DAY - 1000)
    expect(emit).toHaveBeenCalledTimes(1)
    await time.advance(1000)
    expect(emit).toHaveBeenCalledTimes(2)
    await time.advance(3 * DAY)
    expect(emit).toHaveBeenCalledTimes(5)
  })

  it('counts any backup: one made before an import postpones the scheduled one', async () => {
    const { time, emit, schedule, backups } = setup([{ createdAt: ago(20 * HOUR) }])
    schedule.checkSoon()
    await time.advance(START_DELAY)
    await time.advance(2 * HOUR)
    backups.unshift({ createdAt: new Date(time.now()).toISOString() }) // beforeImport
    await time.advance(3 * HOUR)
    expect(emit).not.toHaveBeenCalled()
    await time.advance(DAY)
    expect(emit).toHaveBeenCalledTimes(1)
  })

  it('a reload replaces the pending check instead of adding one', async () => {
    const { time, emit, schedule } = setup()
    schedule.checkSoon()
    await time.advance(START_DELAY - 1000)
    schedule.checkSoon()
    expect(time.pending()).toBe(1)
    await time.advance(START_DELAY)
    expect(emit).toHaveBeenCalledTimes(1)
  })

  it('asks when the folder cannot be listed (store will then say why)', async () => {
    const { time, emit, schedule, list } = setup()
    list.mockRejectedValueOnce(new Error('EACCES'))
    schedule.checkSoon()
    await time.advance(START_DELAY)
    expect(emit).toHaveBeenCalledTimes(1)
  })

  it('stops on dispose', async () => {
    const { time, emit, schedule } = setup()
    schedule.checkSoon()
    schedule.dispose()
    expect(time.pending()).toBe(0)
    await time.advance(3 * DAY)
    expect(emit).not.toHaveBeenCalled()
    schedule.checkSoon()
    expect(time.pending()).toBe(0)
  })

  it('a check still listing when disposed does not emit', async () => {
    const { time, emit, schedule, list } = setup()
    let release: (value: { createdAt: string }[]) => void = () => undefined
    list.mockImplementationOnce(() => new Promise((resolve) => (release = resolve)))
    schedule.checkSoon()
    await time.advance(START_DELAY)
    schedule.dispose()
    release([])
    await Promise.resolve()
    await Promise.resolve()
    expect(emit).not.toHaveBeenCalled()
    expect(time.pending()).toBe(0)
  })

  it('uses real timers by default', async () => {
    vi.useFakeTimers({ now: T0 })
    try {
      const emit = vi.fn()
      const schedule = createBackupSchedule({ list: async () => [], emit, intervalMs: DAY })
      schedule.checkSoon()
      await vi.advanceTimersByTimeAsync(15_000)
      expect(emit).toHaveBeenCalledTimes(1)
      schedule.dispose()
      expect(vi.getTimerCount()).toBe(0)
    } finally {
      vi.useRealTimers()
    }
  })
})

describe('sendToPage', () => {
  function page(overrides: Partial<PageLike> = {}): PageLike {
    return {
      isDestroyed: () => false,
      isLoading: () => false,
      getURL: () => 'app://fieldbook/index.html',
      send: vi.fn(),
      ...overrides
    }
  }
  const trusted = (url: string) => url.startsWith('app://fieldbook/')

  it('sends to the app’s own loaded page', () => {
    const p = page()
    expect(sendToPage(p, trusted, 'backup:due', { reason: 'scheduled' })).toBe(true)
    expect(p.send).toHaveBeenCalledWith('backup:due', { reason: 'scheduled' })
  })

  it.each([
    ['no window', null],
    ['a destroyed page', page({ isDestroyed: () => true })],
    ['a page still loading', page({ isLoading: () => true })],
    ['another origin', page({ getURL: () => 'https://evil.example/' })]
  ])('sends nothing to %s', (_label, p) => {
    expect(sendToPage(p, trusted, 'backup:due', { reason: 'scheduled' })).toBe(false)
    if (p) expect(p.send).not.toHaveBeenCalled()
  })
})
