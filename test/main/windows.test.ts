import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createMainWindow, preloadPath, rendererEntryUrl } from '../../src/main/windows'
import { applicationMenuTemplate } from '../../src/main/menu'

interface FakeWindow {
  options: Record<string, unknown>
  show: () => void
  once: (event: string, listener: () => void) => void
  loadURL: (url: string) => Promise<void>
  readyToShow?: () => void
}

const state = vi.hoisted(() => ({
  created: [] as FakeWindow[],
  loadResult: (): Promise<void> => Promise.resolve()
}))

vi.mock('electron', () => ({
  BrowserWindow: vi.fn(function (this: FakeWindow, options: Record<string, unknown>) {
    this.options = options
    this.show = vi.fn()
    this.loadURL = vi.fn(() => state.loadResult())
    this.once = (event, listener) => {
      if (event === 'ready-to-show') this.readyToShow = listener
    }
    state.created.push(this)
  })
}))

beforeEach(() => {
  state.created.length = 0
  state.loadResult = () => Promise.resolve()
})

describe('main window', () => {
  it('uses the secure preferences with the preload electron-vite emits', () => {
    createMainWindow({ mainDir: '/app/out/main' })
    expect(state.created[0]?.options).toMatchObject({
      show: false,
      webPreferences: {
        preload: '/app/out/preload/index.js',
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        webSecurity: true
      }
    })
  })

  it('loads the built renderer over app:// and shows on ready-to-show', () => {
    createMainWindow({ mainDir: '/app/out/main' })
    const window = state.created[0]
    expect(window?.loadURL).toHaveBeenCalledWith('app://fieldbook/index.html')
    expect(window?.show).not.toHaveBeenCalled()
    window?.readyToShow?.()
    expect(window?.show).toHaveBeenCalled()
  })

  it('loads the dev server in development', () => {
    createMainWindow({ mainDir: '/app/out/main', devServerUrl: 'http://localhost:5173' })
    expect(state.created[0]?.loadURL).toHaveBeenCalledWith('http://localhost:5173')
    expect(rendererEntryUrl('')).toBe('app://fieldbook/index.html')
    expect(preloadPath('/x/out/main')).toBe('/x/out/preload/index.js')
  })

  it('logs a failed load instead of crashing', async () => {
    const failure = new Error('ERR_FAILED')
    state.loadResult = () => Promise.reject(failure)
    const log = vi.fn()
    createMainWindow({ mainDir: '/app/out/main', log })
    await vi.waitFor(() => expect(log).toHaveBeenCalledWith(expect.any(String), failure))
  })
})

describe('application menu', () => {
  it('uses roles only and hides dev tools outside development', () => {
    const items = JSON.stringify(applicationMenuTemplate('linux', false))
    expect(items).not.toContain('toggleDevTools')
    expect(items).not.toContain('appMenu')
    expect(JSON.stringify(applicationMenuTemplate('darwin', true))).toContain('toggleDevTools')
    expect(applicationMenuTemplate('darwin', false)[0]).toEqual({ role: 'appMenu' })
  })
})
