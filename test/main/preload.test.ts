import { beforeEach, describe, expect, it, vi } from 'vitest'
import { channelFunctionName, channels, eventNames, type FieldbookApi } from '@shared/ipc/contract'

type Forward = (event: unknown, payload: unknown) => void

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn<(key: string, api: unknown) => void>() },
  ipcRenderer: {
    invoke: vi.fn<(channel: string, ...args: unknown[]) => Promise<unknown>>(),
    on: vi.fn<(channel: string, listener: Forward) => void>(),
    removeListener: vi.fn<(channel: string, listener: Forward) => void>()
  }
}))
vi.mock('electron', () => electron)

/** Loads the preload afresh and returns what it exposed. */
async function loadPreload(): Promise<{ key: string; api: FieldbookApi }> {
  vi.resetModules()
  electron.contextBridge.exposeInMainWorld.mockClear()
  await import('../../src/preload/index')
  expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1)
  const [key, api] = electron.contextBridge.exposeInMainWorld.mock.calls[0] ?? []
  return { key: String(key), api: api as FieldbookApi }
}

beforeEach(() => {
  electron.ipcRenderer.invoke.mockResolvedValue({ ok: true, data: 'answer' })
})

describe('preload bridge', () => {
  it('exposes window.fieldbook with one function per channel plus on, nothing else', async () => {
    const { key, api } = await loadPreload()
    expect(key).toBe('fieldbook')
    const expected = [...channels.map((c) => channelFunctionName(c)), 'on'].sort()
    expect(Object.keys(api).sort()).toEqual(expected)
    for (const value of Object.values(api)) expect(typeof value).toBe('function')
    expect(Object.values(api)).not.toContain(electron.ipcRenderer)
    expect(api).not.toHaveProperty('invoke')
    expect(api).not.toHaveProperty('ipcRenderer')
  })

  it('binds each function to its own channel only', async () => {
    const { api } = await loadPreload()
    await expect(api.fileOpen({ as: 'text' })).resolves.toEqual({ ok: true, data: 'answer' })
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith('file:open', { as: 'text' })
    const bytes = new Uint8Array([1])
    await api.fileSave({ suggestedName: 'a.csv', bytes })
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith('file:save', {
      suggestedName: 'a.csv',
      bytes
    })
    await api.appInfo()
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith('app:info', undefined)
    await api.shellOpenExternal({ url: 'https://example.com' })
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith('shell:openExternal', {
      url: 'https://example.com'
    })
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledTimes(4)
  })

  it('subscribes to contract events, hides the IPC event, and unsubscribes', async () => {
    const { api } = await loadPreload()
    const listener = vi.fn()
    const unsubscribe = api.on('import:progress', listener)
    const [channel, forward] = electron.ipcRenderer.on.mock.calls.at(-1) ?? []
    expect(channel).toBe('import:progress')
    const payload = { jobId: 'j1', rowsRead: 10, bytesRead: 100, totalBytes: 1000 }
    forward?.({ sender: electron.ipcRenderer }, payload)
    expect(listener).toHaveBeenCalledWith(payload)
    expect(listener.mock.calls[0]).toHaveLength(1)
    unsubscribe()
    expect(electron.ipcRenderer.removeListener).toHaveBeenCalledWith('import:progress', forward)
  })

  it.each(eventNames)('accepts the contract event %s', async (event) => {
    const { api } = await loadPreload()
    expect(typeof api.on(event, () => undefined)).toBe('function')
  })

  it.each(['file:open', 'ipc-message', '__proto__', 'constructor', '', 'import:progress '])(
    'rejects the unknown event %j without subscribing',
    async (event) => {
      const { api } = await loadPreload()
      electron.ipcRenderer.on.mockClear()
      const on = api.on as (event: string, listener: () => void) => () => void
      expect(() => on(event, () => undefined)).toThrow('Unknown Fieldbook event')
      expect(electron.ipcRenderer.on).not.toHaveBeenCalled()
    }
  )

  it('rejects a listener that is not a function', async () => {
    const { api } = await loadPreload()
    const on = api.on as (event: string, listener: unknown) => () => void
    expect(() => on('reminder:due', 'alert(1)')).toThrow('must be a function')
  })
})
