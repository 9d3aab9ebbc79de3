import { useSyncExternalStore } from 'react'
import { liveQuery, type Subscription } from 'dexie'

/**
 * One live read shared by every screen that uses it: moving between screens reads nothing
 * again. It follows every change to the tables it reads, and is let go a while after the last
 * screen using it closes.
 */
export function sharedLiveRead<T>(
  read: () => Promise<T>,
  what: string,
  lingerMs = 60_000
): (enabled?: boolean) => T | undefined {
  let current: T | undefined
  let subscription: Subscription | undefined
  let stopTimer: ReturnType<typeof setTimeout> | undefined
  const listeners = new Set<() => void>()

  function subscribe(listener: () => void): () => void {
    listeners.add(listener)
    if (stopTimer !== undefined) clearTimeout(stopTimer)
    stopTimer = undefined
    subscription ??= liveQuery(read).subscribe({
      next: (value) => {
        current = value
        for (const l of [...listeners]) l()
      },
      error: (error: unknown) => console.error(`Reading ${what} failed`, error)
    })
    return () => {
      listeners.delete(listener)
      if (listeners.size > 0) return
      stopTimer = setTimeout(() => {
        subscription?.unsubscribe()
        subscription = undefined
        current = undefined
      }, lingerMs)
    }
  }

  const noSubscription = () => () => {}
  const nothing = () => undefined
  const snapshot = () => current

  return (enabled = true) =>
    useSyncExternalStore(enabled ? subscribe : noSubscription, enabled ? snapshot : nothing)
}
