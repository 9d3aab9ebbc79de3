/**
 * Leading + trailing throttle: the first value goes out at once, then at most one value per
 * interval (always the latest). `flush()` sends a held value now; `cancel()` drops it.
 */
export interface Throttled<T> {
  (value: T): void
  flush(): void
  cancel(): void
}

export function throttle<T>(
  send: (value: T) => void,
  intervalMs: number,
  now: () => number = Date.now
): Throttled<T> {
  let last = Number.NEGATIVE_INFINITY
  let pending: { value: T } | null = null
  let timer: ReturnType<typeof setTimeout> | null = null

  const emit = (value: T): void => {
    last = now()
    send(value)
  }
  const fire = (): void => {
    timer = null
    if (pending) {
      const { value } = pending
      pending = null
      emit(value)
    }
  }
  const throttled = (value: T): void => {
    const elapsed = now() - last
    if (timer === null && elapsed >= intervalMs) {
      emit(value)
      return
    }
    pending = { value }
    timer ??= setTimeout(fire, Math.max(0, intervalMs - elapsed))
  }
  const stop = (): void => {
    if (timer !== null) clearTimeout(timer)
    timer = null
  }
  throttled.flush = () => {
    stop()
    fire()
  }
  throttled.cancel = () => {
    stop()
    pending = null
  }
  return throttled
}
