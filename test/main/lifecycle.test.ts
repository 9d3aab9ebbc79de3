import { beforeEach, describe, expect, it, vi } from 'vitest'

type Handler = (...args: unknown[]) => unknown

/** A recording stand-in for the parts of Electron index.ts wires together. */
const fake = vi.hoisted(() => {
  const calls: string[] = []
  const appListeners = new Map<string, Handler>()
  const webContentsListeners = new Map<string, Handler>()
  const powerListeners = new Map<string, Handler>()
  let resolveReady: () => void = () => undefined
  const ready = new Promise<void>((resolve) => {
    resolveReady = resolve
  })
  const record = (name: string) => vi.fn(() => void calls.push(name))
  return {
    calls,
    appListeners,
    webContentsListeners,
    powerListeners,
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
        isPackaged: true,
        getName: () => 'Fieldbook',
        getVersion: () => '0.1.0'
      },
      screen: {
        getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1366, height: 728 } }],
        getPrimaryDisplay: () => ({ workArea: { x: 0, y: 0, width: 1366, height: 728 } })
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
      powerMonitor: {
        on: vi.fn((event: string, listener: Handler) => powerListeners.set(event, listener))
      },
      Menu: { buildFromTemplate: vi.fn(() => ({})), setApplicationMenu: vi.fn() },
      BrowserWindow: Object.assign(
        vi.fn(function (this: Record<string, unknown>) {
          this.once = vi.fn()
          this.on = vi.fn()
          this.webContents = {
            on: vi.fn((event: string, listener: Handler) =>
              webContentsListeners.set(event, listener)
            ),
            isDestroyed: () => false,
            isLoading: () => false,
            getURL: () => 'app://fieldbook/index.html',
            send: vi.fn()
          }
          this.loadURL = vi.fn(() => Promise.resolve())
          this.isDestroyed = () => false
          this.isVisible = () => false
          this.isMaximized = () => false
          this.isMinimized = () => false
          this.maximize = vi.fn()
          this.show = vi.fn()
          this.getNormalBounds = () => ({ x: 0, y: 0, width: 1280, height: 728 })
        }),
        { getAllWindows: vi.fn(() => []) }
      ),
      dialog: { showOpenDialog: vi.fn(), showSaveDialog: vi.fn() },
      shell: { openExternal: vi.fn(), openPath: vi.fn(async () => '') },
      Notification: Object.assign(
        vi.fn(function (this: Record<string, unknown>) {
          this.on = vi.fn()
          this.show = vi.fn()
        }),
        { isSupported: vi.fn(() => true) }
      )
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
  fake.webContentsListeners.clear()
  fake.powerListeners.clear()
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
        'open-file',
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
      'backup:list',
      'backup:read',
      'backup:revealFolder',
      'backup:store',
      'backup:takeOpened',
      'export:document',
      'file:open',
      'file:save',
      'import:cancel',
      'import:read',
      'reminders:schedule',
      'shell:openExternal',
      'transcript:cancel',
      'transcript:read'
    ])
    expect(fake.electron.Menu.setApplicationMenu).toHaveBeenCalled()
    // An installed app: no DevTools, whatever the environment says.
    const calls = vi.mocked(fake.electron.BrowserWindow).mock.calls as unknown as unknown[][]
    const options = calls[0]?.[0] as {
      webPreferences: { devTools: boolean }
      width: number
    }
    expect(options.webPreferences.devTools).toBe(false)
    expect(options.width).toBe(1280)
  })

  it('asks the loaded window for a backup soon after load, re-checks on wake, stops on quit', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    try {
      await start(true)
      fake.resolveReady()
      await vi.waitFor(() => expect(fake.webContentsListeners.has('did-finish-load')).toBe(true))
      const window = vi.mocked(fake.electron.BrowserWindow).mock.instances[0] as unknown as {
        webContents: { send: ReturnType<typeof vi.fn> }
      }
      expect(fake.powerListeners.has('resume')).toBe(true)
      expect(fake.appListeners.has('will-quit')).toBe(true)

      fake.webContentsListeners.get('did-finish-load')?.()
      // The backup check, and the guard that shows the window even if the page never paints.
      expect(vi.getTimerCount()).toBe(2)
      // /home/m/userData/backups does not exist here: no backup yet, so one is due.
      await vi.advanceTimersByTimeAsync(15_000)
      await vi.waitFor(() =>
        expect(window.webContents.send).toHaveBeenCalledWith('backup:due', { reason: 'scheduled' })
      )
      fake.appListeners.get('will-quit')?.()
      expect(vi.getTimerCount()).toBe(0)
    } finally {
      vi.useRealTimers()
    }
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
