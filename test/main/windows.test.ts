import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createMainWindow, preloadPath, rendererEntryUrl } from '../../src/main/windows'
import { APP_COMMANDS, applicationMenuTemplate } from '../../src/main/menu'
import type { MenuItemConstructorOptions } from 'electron'

type Listener = (...args: unknown[]) => void

interface FakeWindow {
  options: Record<string, unknown>
  show: () => void
  maximize: () => void
  isVisible: () => boolean
  isDestroyed: () => boolean
  once: (event: string, listener: () => void) => void
  loadURL: (url: string) => Promise<void>
  readyToShow?: () => void
  webContents: { on: (event: string, listener: Listener) => void; listeners: Map<string, Listener> }
}

const state = vi.hoisted(() => ({
  created: [] as FakeWindow[],
  loadResult: (): Promise<void> => Promise.resolve()
}))

vi.mock('electron', () => ({
  BrowserWindow: vi.fn(function (this: FakeWindow, options: Record<string, unknown>) {
    this.options = options
    this.show = vi.fn()
    this.maximize = vi.fn()
    this.isVisible = () => false
    this.isDestroyed = () => false
    this.loadURL = vi.fn(() => state.loadResult())
    this.once = (event, listener) => {
      if (event === 'ready-to-show') this.readyToShow = listener
    }
    const listeners = new Map<string, Listener>()
    this.webContents = { listeners, on: (event, listener) => listeners.set(event, listener) }
    state.created.push(this)
  })
}))

const base = {
  mainDir: '/app/out/main',
  runtime: { devTools: false },
  initial: { bounds: { width: 1280, height: 820 }, maximized: false },
  dataFolder: '/home/m/.config/Fieldbook'
}

beforeEach(() => {
  state.created.length = 0
  state.loadResult = () => Promise.resolve()
})

describe('main window', () => {
  it('uses the secure preferences with the preload electron-vite emits, DevTools off when packaged', () => {
    createMainWindow(base)
    expect(state.created[0]?.options).toMatchObject({
      show: false,
      width: 1280,
      height: 820,
      webPreferences: {
        preload: '/app/out/preload/index.js',
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        webSecurity: true,
        devTools: false
      }
    })
  })

  it('loads the built renderer over app:// and shows on ready-to-show', () => {
    createMainWindow(base)
    const window = state.created[0]
    expect(window?.loadURL).toHaveBeenCalledWith('app://fieldbook/index.html')
    expect(window?.show).not.toHaveBeenCalled()
    window?.readyToShow?.()
    expect(window?.show).toHaveBeenCalled()
    expect(window?.maximize).not.toHaveBeenCalled()
  })

  it('opens at the saved place and maximised when it was', () => {
    createMainWindow({
      ...base,
      initial: { bounds: { x: 40, y: 30, width: 1000, height: 700 }, maximized: true }
    })
    const window = state.created[0]
    expect(window?.options).toMatchObject({ x: 40, y: 30, width: 1000, height: 700 })
    window?.readyToShow?.()
    expect(window?.maximize).toHaveBeenCalled()
  })

  it('loads the dev server in development', () => {
    createMainWindow({
      ...base,
      runtime: { devTools: true, devServerUrl: 'http://localhost:5173' }
    })
    expect(state.created[0]?.loadURL).toHaveBeenCalledWith('http://localhost:5173')
    expect(state.created[0]?.options).toMatchObject({ webPreferences: { devTools: true } })
    expect(rendererEntryUrl('')).toBe('app://fieldbook/index.html')
    expect(preloadPath('/x/out/main')).toBe('/x/out/preload/index.js')
  })

  it('logs a failed load instead of crashing', async () => {
    const failure = new Error('ERR_FAILED')
    state.loadResult = () => Promise.reject(failure)
    const log = vi.fn()
    createMainWindow({ ...base, log })
    await vi.waitFor(() => expect(log).toHaveBeenCalledWith(expect.any(String), failure))
  })

  it('shows the error page, not an invisible window, when the page fails to load', async () => {
    createMainWindow({ ...base, log: vi.fn() })
    const window = state.created[0]
    window?.webContents.listeners.get('did-fail-load')?.(
      {},
      -6,
      'ERR_FILE_NOT_FOUND',
      'app://fieldbook/index.html',
      true
    )
    await vi.waitFor(() => expect(window?.show).toHaveBeenCalled())
    const url = vi.mocked(window!.loadURL).mock.calls.at(-1)?.[0] ?? ''
    expect(decodeURIComponent(url)).toContain('Fieldbook could not open its window')
  })
})

describe('application menu', () => {
  const items = (template: MenuItemConstructorOptions[]) => JSON.stringify(template)
  const fileMenu = (template: MenuItemConstructorOptions[]) =>
    template.find((m) => m.label === 'File')?.submenu as MenuItemConstructorOptions[]

  it('hides reload and DevTools in a packaged app', () => {
    expect(items(applicationMenuTemplate('linux', false))).not.toContain('toggleDevTools')
    expect(items(applicationMenuTemplate('linux', false))).not.toContain('"reload"')
    expect(items(applicationMenuTemplate('linux', false))).not.toContain('appMenu')
    expect(items(applicationMenuTemplate('darwin', true))).toContain('toggleDevTools')
    expect(applicationMenuTemplate('darwin', false)[0]).toEqual({ role: 'appMenu' })
  })

  it("has the app's own commands with shortcuts beside the standard menus", () => {
    const send = vi.fn()
    const template = applicationMenuTemplate('win32', false, send)
    const file = fileMenu(template)
    const labels = file.filter((i) => i.label).map((i) => [i.label, i.accelerator])
    expect(labels).toEqual([
      ['New 1:1…', 'CmdOrCtrl+N'],
      ['New Ride-Along…', 'CmdOrCtrl+Shift+N'],
      ['Import a CRM Export…', 'CmdOrCtrl+I'],
      ['Back Up Now…', 'CmdOrCtrl+Shift+B'],
      ['Search Notes…', 'CmdOrCtrl+F']
    ])
    expect(file.at(-1)).toEqual({ role: 'quit' })
    expect(template.map((m) => m.role ?? m.label)).toEqual([
      'File',
      'editMenu',
      'View',
      'windowMenu'
    ])
    // Each item sends its own command to the page.
    for (const [index, item] of file.filter((i) => i.click).entries()) {
      ;(item.click as () => void)()
      expect(send).toHaveBeenLastCalledWith(APP_COMMANDS[index]?.command)
    }
    expect(send).toHaveBeenCalledTimes(APP_COMMANDS.length)
    // No two commands share a shortcut.
    expect(new Set(APP_COMMANDS.map((c) => c.accelerator)).size).toBe(APP_COMMANDS.length)
  })

  it('closes the window on macOS instead of quitting from File', () => {
    expect(fileMenu(applicationMenuTemplate('darwin', false)).at(-1)).toEqual({ role: 'close' })
  })
})
