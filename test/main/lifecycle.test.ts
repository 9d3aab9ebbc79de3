import { beforeEach, describe, expect, it, vi } from 'vitest'

type Handler = (...args: unknown[]) => unknown

/** A recording stand-in for the parts of Electron index.ts wires together. */
const fake = vi.hoisted(() => {
  const calls: string[] = []
  const appListeners = new Map<string, Handler>()
  let resolveReady: () => void = () => undefined
  const ready = new Promise<void>((resolve) => {
    resolveReady = resolve
  })
  const record = (name: string) => vi.fn(() => void calls.push(name))
  return {
    calls,
    appListeners,
    resolveReady: () => resolveReady(),
    lock: true,
    electron: {
      app: {
        enableSandbox: record('enableSandbox'),
        requestSingleInstanceLock: vi.fn(() => fake.lock),
        quit: record('quit'),
        on: vi.fn((event: string, listener: Handler) => appListeners.set(event, listener)),
        whenReady: vi.fn(() => ready),
        isReady: vi.fn(() => true),
        getPath: vi.fn((name: string) => `/home/m/${name}`),
        getName: () => 'Fieldbook',
        getVersion: () => '0.1.0'
      },
      protocol: {
        registerSchemesAsPrivileged: record('registerSchemesAsPrivileged'),
        handle: vi.fn()
      },
      session: {
        defaultSession: {
          setPermissionRequestHandler: vi.fn(),
          setPermissionCheckHandler: vi.fn(),
          webRequest: { onHeadersReceived: vi.fn() }
        }
      },
      ipcMain: { handle: vi.fn() },
      Menu: { buildFromTemplate: vi.fn(() => ({})), setApplicationMenu: vi.fn() },
      BrowserWindow: Object.assign(
        vi.fn(function (this: Record<string, unknown>) {
          this.once = vi.fn()
          this.on = vi.fn()
          this.loadURL = vi.fn(() => Promise.resolve())
          this.isDestroyed = () => false
        }),
        { getAllWindows: vi.fn(() => []) }
      ),
      dialog: { showOpenDialog: vi.fn(), showSaveDialog: vi.fn() },
      shell: { openExternal: vi.fn() }
    }
  }
})
vi.mock('electron', () => fake.electron)
// electron-vite turns this import into the bundled worker's path; vitest has no such plugin.
vi.mock('../../src/main/import/readWorker?modulePath', () => ({
  default: '/app/out/main/chunks/readWorker.js'
}))

async function start(lock: boolean): Promise<void> {
  vi.resetModules()
  fake.lock = lock
  fake.calls.length = 0
  fake.appListeners.clear()
  await import('../../src/main/index')
}

beforeEach(() => {
  vi.clearAllMocks()
})

describe('main process lifecycle', () => {
  it('quits when another Fieldbook already runs', async () => {
    await start(false)
    expect(fake.calls).toContain('quit')
    expect(fake.electron.app.whenReady).not.toHaveBeenCalled()
  })

  it('sandboxes, registers app:// before ready, then wires everything once ready', async () => {
    await start(true)
    expect(fake.calls.slice(0, 2)).toEqual(['enableSandbox', 'registerSchemesAsPrivileged'])
    expect([...fake.appListeners.keys()]).toEqual(
      expect.arrayContaining([
        'second-instance',
        'web-contents-created',
        'window-all-closed',
        'activate'
      ])
    )
    expect(fake.electron.protocol.handle).not.toHaveBeenCalled()

    fake.resolveReady()
    await vi.waitFor(() => expect(fake.electron.BrowserWindow).toHaveBeenCalledTimes(1))
    const ses = fake.electron.session.defaultSession
    expect(ses.setPermissionRequestHandler).toHaveBeenCalled()
    expect(ses.setPermissionCheckHandler).toHaveBeenCalled()
    expect(ses.webRequest.onHeadersReceived).toHaveBeenCalled()
    expect(fake.electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function))
    const registered = fake.electron.ipcMain.handle.mock.calls.map((call) => call[0] as string)
    expect(registered.sort()).toEqual([
      'app:info',
      'file:open',
      'file:save',
      'import:cancel',
      'import:read',
      'shell:openExternal'
    ])
    expect(fake.electron.Menu.setApplicationMenu).toHaveBeenCalled()
  })

  it('quits when the last window closes, except on macOS', async () => {
    await start(true)
    const allClosed = fake.appListeners.get('window-all-closed')
    const platform = Object.getOwnPropertyDescriptor(process, 'platform')
    try {
      Object.defineProperty(process, 'platform', { value: 'darwin' })
      fake.calls.length = 0
      allClosed?.()
      expect(fake.calls).not.toContain('quit')
      Object.defineProperty(process, 'platform', { value: 'win32' })
      allClosed?.()
      expect(fake.calls).toContain('quit')
    } finally {
      if (platform) Object.defineProperty(process, 'platform', platform)
    }
  })
})
