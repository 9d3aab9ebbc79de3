/**
 * One workspace, one writer (issue 17, item 7). The page that uses the workspace holds an
 * exclusive Web Lock named for it while it is open. A second tab or window that cannot get the
 * lock is told so and may take it over (`steal`); the page that loses it closes its database
 * connection, so it cannot write any more, and may take it back the same way. When another page
 * upgrades or deletes the database (IndexedDB `versionchange`), this one closes its connection
 * instead of blocking the upgrade, and asks to be reloaded.
 */

/** Where this page stands with the workspace. */
export type WorkspaceAccessState =
  /** Asking for the lock. */
  | 'checking'
  /** This page holds the lock: the workspace is open here. */
  | 'here'
  /** Another tab or window held the lock when this page opened. */
  | 'elsewhere'
  /** This page had the lock and another tab or window took it over. */
  | 'taken'
  /** Another page upgraded (or deleted) the database; this page's code is out of date. */
  | 'upgraded'

/** The parts of `navigator.locks` used here (Chromium and Electron have it). */
export interface LockManagerLike {
  request(
    name: string,
    options: { mode?: 'exclusive'; steal?: boolean; signal?: AbortSignal },
    callback: (lock: unknown) => Promise<void>
  ): Promise<unknown>
}

/** The database connection: closed when the workspace moves away, opened when it comes back. */
export interface WorkspaceConnection {
  close(): void
  open(): Promise<unknown>
}

export interface WorkspaceAccess {
  current(): WorkspaceAccessState
  subscribe(listener: () => void): () => void
  /** Asks for the lock: 'here' when it comes, 'elsewhere' while another page keeps it. */
  start(): void
  /** "Use it here": takes the lock from the other page, which stops writing. */
  takeOver(): void
  /** Another page upgraded or deleted the database: close this connection and say so. */
  closeForUpgrade(): void
}

export const workspaceLockName = (databaseName: string): string =>
  `fieldbook-workspace:${databaseName}`

export function createWorkspaceAccess(deps: {
  /** Absent where the browser has no Web Locks: the page then just opens the workspace. */
  locks: LockManagerLike | undefined
  lockName: string
  connection: WorkspaceConnection
  /** How long the page says "Opening…" before telling that another page has the workspace. */
  waitBeforeTelling?: number
}): WorkspaceAccess {
  const { locks, lockName, connection, waitBeforeTelling = 1000 } = deps
  const listeners = new Set<() => void>()
  let state: WorkspaceAccessState = 'checking'
  /** Ends the held lock's callback, releasing the lock. */
  let release: (() => void) | undefined
  /** Counts requests, so a late answer to an earlier one changes nothing. */
  let attempt = 0

  const set = (next: WorkspaceAccessState): void => {
    if (state === next) return
    state = next
    for (const listener of [...listeners]) listener()
  }

  const stopWriting = (next: WorkspaceAccessState): void => {
    release?.()
    release = undefined
    connection.close()
    set(next)
  }

  /** Whether this page has held the lock at least once (so it is not "elsewhere"). */
  let granted = false

  const openHere = async (): Promise<void> => {
    granted = true
    try {
      await connection.open()
    } catch (error) {
      // A newer build in another page upgraded the database past this page's code.
      if ((error as { name?: unknown }).name === 'VersionError') {
        stopWriting('upgraded')
        return
      }
      // Anything else is the app's to show, as it did before there was a lock: the page's
      // reads meet the same error.
      console.error('Fieldbook: the workspace database did not open', error)
    }
    set('here')
  }

  /** Stops waiting for the lock (before taking it over instead). */
  let stopWaiting: (() => void) | undefined

  const request = (options: { steal?: boolean; signal?: AbortSignal }): void => {
    if (!locks) {
      void openHere()
      return
    }
    const mine = ++attempt
    locks
      .request(lockName, { mode: 'exclusive', ...options }, () => {
        if (mine !== attempt || state === 'upgraded') return Promise.resolve()
        return new Promise<void>((resolve) => {
          release = resolve
          void openHere()
        })
      })
      .catch((error: unknown) => {
        if ((error as { name?: unknown }).name !== 'AbortError') throw error
        // The lock was stolen by another page ("Use it here" there): stop writing at once.
        if (mine === attempt && state !== 'upgraded') {
          stopWriting('taken')
          // Comes back by itself once the other page closes.
          waitForLock()
        }
      })
  }

  const waitForLock = (): void => {
    const waiting = new AbortController()
    stopWaiting = () => waiting.abort()
    request({ signal: waiting.signal })
  }

  return {
    current: () => state,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    start() {
      if (state !== 'checking' || stopWaiting) return
      // Waits for the lock, so the page opens by itself once the other one closes; says
      // "elsewhere" when it does not come at once (a reload releases it within a moment).
      waitForLock()
      setTimeout(() => {
        if (state === 'checking' && !granted) set('elsewhere')
      }, waitBeforeTelling)
    },
    takeOver() {
      if (state !== 'elsewhere' && state !== 'taken') return
      stopWaiting?.()
      request({ steal: true })
    },
    closeForUpgrade() {
      attempt++
      stopWriting('upgraded')
    }
  }
}
