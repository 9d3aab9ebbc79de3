import { describe, expect, it, vi } from 'vitest'
import {
  createWorkspaceAccess,
  type LockManagerLike,
  type WorkspaceAccess
} from '@renderer/db/workspaceAccess'

/**
 * A lock manager with the Web Locks rules the workspace relies on (exclusive, queued requests,
 * `signal` to stop waiting, `steal` rejecting the holder's request with an AbortError), shared
 * by the "pages" of one test as navigator.locks is shared by the tabs of one origin.
 */
function fakeLocks(): LockManagerLike {
  type Waiter = { grant: () => void }
  let holder: { reject: (error: Error) => void } | undefined
  const queue: Waiter[] = []
  const abortError = (): Error => Object.assign(new Error('aborted'), { name: 'AbortError' })
  const next = (): void => {
    const waiter = queue.shift()
    waiter?.grant()
  }
  return {
    request(_name, options, callback) {
      return new Promise((resolve, reject) => {
        const run = (): void => {
          let settled = false
          holder = {
            reject: (error) => {
              settled = true
              reject(error)
            }
          }
          const mine = holder
          void callback({}).then((value) => {
            if (holder === mine) {
              holder = undefined
              next()
            }
            if (!settled) resolve(value)
          })
        }
        if (options.steal) {
          holder?.reject(abortError())
          run()
          return
        }
        const waiter: Waiter = { grant: run }
        options.signal?.addEventListener('abort', () => {
          const at = queue.indexOf(waiter)
          if (at >= 0) queue.splice(at, 1)
          reject(abortError())
        })
        if (holder === undefined) run()
        else queue.push(waiter)
      })
    }
  }
}

function page(locks: LockManagerLike) {
  const log: string[] = []
  const access = createWorkspaceAccess({
    locks,
    lockName: 'fieldbook-workspace:test',
    waitBeforeTelling: 20,
    connection: {
      close: () => log.push('close'),
      open: () => {
        log.push('open')
        return Promise.resolve()
      }
    }
  })
  return { access, log }
}

const settle = (ms = 40): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

async function until(access: WorkspaceAccess, state: string): Promise<void> {
  for (let i = 0; i < 50 && access.current() !== state; i++) await settle(5)
  expect(access.current()).toBe(state)
}

describe('one workspace, one writer (Web Locks)', () => {
  it('the first page opens the workspace; a second is told it is open elsewhere', async () => {
    const locks = fakeLocks()
    const first = page(locks)
    first.access.start()
    await until(first.access, 'here')
    expect(first.log).toEqual(['open'])

    const second = page(locks)
    second.access.start()
    await until(second.access, 'elsewhere')
    expect(second.log).toEqual([])
  })

  it('"Use it here" moves the workspace: the first page closes its connection, and can take it back', async () => {
    const locks = fakeLocks()
    const first = page(locks)
    first.access.start()
    await until(first.access, 'here')
    const second = page(locks)
    second.access.start()
    await until(second.access, 'elsewhere')

    second.access.takeOver()
    await until(second.access, 'here')
    await until(first.access, 'taken')
    expect(first.log).toEqual(['open', 'close'])
    expect(second.log).toEqual(['open'])

    first.access.takeOver()
    await until(first.access, 'here')
    await until(second.access, 'taken')
    expect(first.log).toEqual(['open', 'close', 'open'])
    expect(second.log).toEqual(['open', 'close'])
  })

  it('a page that waits gets the workspace once the other page lets it go', async () => {
    const locks = fakeLocks()
    const first = page(locks)
    first.access.start()
    await until(first.access, 'here')
    const second = page(locks)
    second.access.start()
    await until(second.access, 'elsewhere')
    // The first page's tab is closed: its lock goes, as when another upgrade closes it.
    first.access.closeForUpgrade()
    await until(second.access, 'here')
    expect(first.access.current()).toBe('upgraded')
  })

  it('an upgrade in another page closes this connection for good', async () => {
    const locks = fakeLocks()
    const first = page(locks)
    first.access.start()
    await until(first.access, 'here')
    first.access.closeForUpgrade()
    expect(first.access.current()).toBe('upgraded')
    expect(first.log).toEqual(['open', 'close'])
    first.access.takeOver()
    await settle()
    expect(first.access.current()).toBe('upgraded')
  })

  it('a newer database than this page knows (VersionError) is an upgrade, not a crash', async () => {
    const access = createWorkspaceAccess({
      locks: fakeLocks(),
      lockName: 'x',
      connection: {
        close: () => undefined,
        open: () => Promise.reject(Object.assign(new Error('newer'), { name: 'VersionError' }))
      }
    })
    access.start()
    await until(access, 'upgraded')
  })

  it('another failure to open is left to the app to show, never "open elsewhere"', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const access = createWorkspaceAccess({
      locks: fakeLocks(),
      lockName: 'x',
      waitBeforeTelling: 5,
      connection: {
        close: () => undefined,
        open: () => new Promise((_, reject) => setTimeout(() => reject(new Error('disk full')), 30))
      }
    })
    const seen: string[] = []
    access.subscribe(() => seen.push(access.current()))
    access.start()
    await until(access, 'here')
    expect(seen).toEqual(['here'])
    expect(errors).toHaveBeenCalledWith(
      'Fieldbook: the workspace database did not open',
      expect.objectContaining({ message: 'disk full' })
    )
  })

  it('without Web Locks the page simply opens the workspace', async () => {
    const access = createWorkspaceAccess({
      locks: undefined,
      lockName: 'x',
      connection: { close: () => undefined, open: () => Promise.resolve() }
    })
    const seen: string[] = []
    access.subscribe(() => seen.push(access.current()))
    access.start()
    await until(access, 'here')
    expect(seen).toEqual(['here'])
  })
})
