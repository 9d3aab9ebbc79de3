import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { throttle } from '../../../src/main/import/throttle'

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

describe('throttle', () => {
  it('sends the first value at once, then at most the latest one per interval', () => {
    const sent: number[] = []
    const progress = throttle((n: number) => sent.push(n), 100)
    for (let n = 1; n <= 50; n++) {
      progress(n)
      vi.advanceTimersByTime(10)
    }
    // 500 ms of calls every 10 ms: the leading value plus one per 100 ms.
    expect(sent[0]).toBe(1)
    expect(sent.length).toBeLessThanOrEqual(6)
    vi.advanceTimersByTime(100)
    expect(sent.at(-1)).toBe(50)
    expect([...sent].sort((a, b) => a - b)).toEqual(sent)
  })

  it('flush sends the held value now; cancel drops it', () => {
    const sent: string[] = []
    const progress = throttle((s: string) => sent.push(s), 100)
    progress('a')
    progress('b')
    progress('c')
    progress.flush()
    expect(sent).toEqual(['a', 'c'])
    progress('d')
    progress.cancel()
    vi.advanceTimersByTime(1000)
    expect(sent).toEqual(['a', 'c'])
    expect(vi.getTimerCount()).toBe(0)
  })
})
