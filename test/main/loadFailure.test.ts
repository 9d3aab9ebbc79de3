import { describe, expect, it, vi } from 'vitest'
import {
  loadFailurePage,
  loadFailureUrl,
  watchRendererLoad,
  type WatchedWindowLike
} from '../../src/main/loadFailure'

type Listener = (...args: unknown[]) => void

function fakeWindow() {
  const listeners = new Map<string, Listener>()
  let visible = false
  const window = {
    show: vi.fn(() => {
      visible = true
    }),
    isVisible: () => visible,
    isDestroyed: () => false,
    loadURL: vi.fn(async (_url: string) => undefined),
    webContents: { on: (event: string, listener: Listener) => listeners.set(event, listener) },
    fire: (event: string, ...args: unknown[]) => listeners.get(event)?.({}, ...args)
  }
  return window as typeof window & WatchedWindowLike
}

describe('a renderer that fails to load', () => {
  it('gets a page that says what happened and what to do, with the data folder', () => {
    const page = loadFailurePage({
      kind: 'load',
      detail: 'ERR_FILE_NOT_FOUND (-6) loading app://fieldbook/index.html',
      dataFolder: 'C:\\Users\\m\\AppData\\Roaming\\Fieldbook'
    })
    expect(page).toContain('<h1>Fieldbook could not open its window</h1>')
    expect(page).toContain('Quit Fieldbook and start it again.')
    expect(page).toContain('Reinstalling keeps your data.')
    expect(page).toContain('C:\\Users\\m\\AppData\\Roaming\\Fieldbook')
    expect(page).toContain("default-src 'none'")
    expect(page).not.toContain('<script')
  })

  it('escapes what it prints', () => {
    const page = loadFailurePage({
      kind: 'crash',
      detail: '<img src=x onerror=alert(1)>',
      dataFolder: '/d'
    })
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(page).not.toContain('<img')
  })

  it('loads the error page and shows the window', async () => {
    const window = fakeWindow()
    watchRendererLoad(window, { dataFolder: '/d', setTimeout: () => undefined, log: vi.fn() })
    window.fire('did-fail-load', -6, 'ERR_FILE_NOT_FOUND', 'app://fieldbook/index.html', true)
    await vi.waitFor(() => expect(window.show).toHaveBeenCalled())
    const url = window.loadURL.mock.calls[0]?.[0] ?? ''
    expect(url.startsWith('data:text/html;charset=utf-8,')).toBe(true)
    expect(decodeURIComponent(url)).toContain('ERR_FILE_NOT_FOUND (-6)')
  })

  it('ignores aborted and sub-frame loads', () => {
    const window = fakeWindow()
    watchRendererLoad(window, { dataFolder: '/d', setTimeout: () => undefined, log: vi.fn() })
    window.fire('did-fail-load', -3, 'ERR_ABORTED', 'app://fieldbook/index.html', true)
    window.fire('did-fail-load', -6, 'ERR_FILE_NOT_FOUND', 'app://fieldbook/x.html', false)
    expect(window.loadURL).not.toHaveBeenCalled()
  })

  it('shows a crash page when the page process stops, not after a clean exit', async () => {
    const window = fakeWindow()
    watchRendererLoad(window, { dataFolder: '/d', setTimeout: () => undefined, log: vi.fn() })
    window.fire('render-process-gone', { reason: 'clean-exit', exitCode: 0 })
    expect(window.loadURL).not.toHaveBeenCalled()
    window.fire('render-process-gone', { reason: 'crashed', exitCode: 139 })
    await vi.waitFor(() => expect(window.show).toHaveBeenCalled())
    expect(decodeURIComponent(window.loadURL.mock.calls[0]?.[0] ?? '')).toContain(
      'Fieldbook stopped unexpectedly'
    )
  })

  it('shows the window anyway when the page never becomes ready', () => {
    const window = fakeWindow()
    let timer: (() => void) | undefined
    watchRendererLoad(window, {
      dataFolder: '/d',
      setTimeout: (f) => {
        timer = f
      },
      log: vi.fn()
    })
    expect(window.show).not.toHaveBeenCalled()
    timer?.()
    expect(window.show).toHaveBeenCalledOnce()
    expect(loadFailureUrl({ kind: 'load', detail: 'x', dataFolder: '/d' })).toMatch(/^data:/)
  })
})
