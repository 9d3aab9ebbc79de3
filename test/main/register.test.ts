import { describe, expect, it, vi } from 'vitest'
import { channels, type AppInfo } from '@shared/ipc/contract'
import { UserFacingError } from '../../src/main/ipc/errors'
import {
  registerHandlers,
  type IpcHandlers,
  type IpcMainLike,
  type InvokeEventLike
} from '../../src/main/ipc/register'
import { APP_ORIGIN, isTrustedUrl } from '../../src/main/security'

type Listener = (event: InvokeEventLike, ...args: unknown[]) => unknown

const appInfo: AppInfo = {
  name: 'Fieldbook',
  version: '0.1.0',
  platform: 'linux',
  electron: '45.4.1',
  userDataPath: '/home/m/.config/Fieldbook'
}

function setup(overrides: Partial<IpcHandlers> = {}) {
  const registered = new Map<string, Listener>()
  const ipcMain: IpcMainLike = { handle: (channel, listener) => registered.set(channel, listener) }
  const handlers = {
    'file:open': vi.fn<IpcHandlers['file:open']>(async () => ({ canceled: true as const })),
    'file:save': vi.fn<IpcHandlers['file:save']>(async (input) => ({
      canceled: false as const,
      name: input.suggestedName,
      size: input.bytes.byteLength
    })),
    'app:info': vi.fn<IpcHandlers['app:info']>(async () => appInfo),
    'shell:openExternal': vi.fn<IpcHandlers['shell:openExternal']>(async () => ({ opened: true })),
    'import:read': vi.fn<IpcHandlers['import:read']>(async () => ({ canceled: true as const })),
    'import:cancel': vi.fn<IpcHandlers['import:cancel']>(async () => ({ cancelled: false })),
    ...overrides
  }
  const log = vi.fn()
  registerHandlers(ipcMain, handlers, {
    isTrustedSender: (url) => isTrustedUrl(url, [APP_ORIGIN]),
    log
  })
  const fromFrame = (url: string | null): InvokeEventLike => ({
    senderFrame: url === null ? null : { url }
  })
  const invoke = (
    channel: string,
    raw?: unknown,
    event = fromFrame('app://fieldbook/index.html')
  ) => {
    const listener = registered.get(channel)
    if (!listener) throw new Error(`${channel} not registered`)
    return Promise.resolve(listener(event, raw))
  }
  return { registered, handlers, invoke, fromFrame, log }
}

describe('registerHandlers', () => {
  it('registers exactly the contract channels', () => {
    const { registered } = setup()
    expect([...registered.keys()].sort()).toEqual([...channels].sort())
  })

  it('passes validated, defaulted input to the handler and wraps the result', async () => {
    const { invoke, handlers } = setup()
    await expect(invoke('file:open', {})).resolves.toEqual({ ok: true, data: { canceled: true } })
    expect(handlers['file:open']).toHaveBeenCalledWith(
      { filters: [], as: 'bytes' },
      expect.objectContaining({ emit: expect.any(Function) })
    )
    await invoke('import:read', { jobId: 'job-1' })
    expect(handlers['import:read']).toHaveBeenCalledWith(
      { jobId: 'job-1', sameFile: false },
      expect.anything()
    )
    await expect(invoke('app:info')).resolves.toEqual({ ok: true, data: appInfo })
    const bytes = new Uint8Array([1, 2, 3])
    await expect(invoke('file:save', { suggestedName: 'plan.pdf', bytes })).resolves.toEqual({
      ok: true,
      data: { canceled: false, name: 'plan.pdf', size: 3 }
    })
  })

  it.each([
    ['file:save', { suggestedName: '../../.bashrc', bytes: new Uint8Array() }, 'suggestedName'],
    [
      'file:save',
      { suggestedName: 'C:\\x.pdf', bytes: new Uint8Array() },
      'a file name, not a path'
    ],
    ['file:save', { suggestedName: 'x.pdf', bytes: 'not bytes' }, 'bytes'],
    ['file:open', { as: 'html' }, 'as'],
    ['file:open', { filters: [{ name: 'CSV', extensions: ['.csv'] }] }, 'filters.0.extensions.0'],
    ['file:open', 'open please', 'Invalid request to file:open'],
    ['app:info', { sneaky: true }, 'Invalid request to app:info'],
    ['shell:openExternal', { url: 7 }, 'url'],
    ['import:read', { jobId: '../../etc/passwd' }, 'jobId'],
    ['import:read', { jobId: 'a/b' }, 'jobId'],
    ['import:read', { jobId: 'x'.repeat(65) }, 'jobId'],
    ['import:read', { jobId: '' }, 'jobId'],
    ['import:read', {}, 'jobId'],
    ['import:read', { jobId: 'j1', sheet: 'S'.repeat(201) }, 'sheet'],
    ['import:read', { jobId: 'j1', sheet: '' }, 'sheet'],
    ['import:read', { jobId: 'j1', sameFile: 'yes' }, 'sameFile'],
    ['import:read', { jobId: 'j1', path: '/etc/passwd' }, 'Invalid request to import:read'],
    ['import:cancel', { jobId: 'j1\\..' }, 'jobId'],
    ['import:cancel', undefined, 'Invalid request to import:cancel']
  ])('refuses invalid %s input with a message naming the field', async (channel, raw, text) => {
    const { invoke, handlers } = setup()
    const response = await invoke(channel, raw)
    expect(response).toMatchObject({ ok: false })
    expect((response as { error: string }).error).toContain(text)
    for (const handler of Object.values(handlers)) expect(handler).not.toHaveBeenCalled()
  })

  it.each([
    ['another origin', 'https://evil.example/index.html'],
    ['a file:// page', 'file:///tmp/index.html'],
    ['a look-alike app host', 'app://fieldbook.evil/index.html'],
    ['a garbage URL', 'not a url'],
    ['a missing frame', null]
  ])('refuses requests from %s without calling the handler', async (_label, url) => {
    const { invoke, handlers, fromFrame, log } = setup()
    const response = await invoke('app:info', undefined, fromFrame(url))
    expect(response).toEqual({
      ok: false,
      error: 'This request did not come from Fieldbook and was refused.'
    })
    expect(handlers['app:info']).not.toHaveBeenCalled()
    expect(log).toHaveBeenCalled()
  })

  it('treats a frame whose url cannot be read as untrusted', async () => {
    const { invoke, handlers } = setup()
    const destroyed: InvokeEventLike = {
      get senderFrame(): { url: string } {
        throw new Error('Render frame was disposed')
      }
    }
    await expect(invoke('app:info', undefined, destroyed)).resolves.toMatchObject({ ok: false })
    expect(handlers['app:info']).not.toHaveBeenCalled()
  })

  it('lets a handler send contract events to the page that asked, until it is gone', async () => {
    const sent: [string, unknown][] = []
    let destroyed = false
    const sender = {
      send: (channel: string, payload: unknown) => void sent.push([channel, payload]),
      isDestroyed: () => destroyed
    }
    const progress = { jobId: 'j1', rowsRead: 5, bytesRead: 50, totalBytes: 100 }
    const { invoke } = setup({
      'import:read': async (_input, context) => {
        context.emit('import:progress', progress)
        destroyed = true
        context.emit('import:progress', { ...progress, rowsRead: 10 })
        return { canceled: true }
      }
    })
    const event: InvokeEventLike = { senderFrame: { url: 'app://fieldbook/index.html' }, sender }
    await expect(invoke('import:read', { jobId: 'j1' }, event)).resolves.toEqual({
      ok: true,
      data: { canceled: true }
    })
    expect(sent).toEqual([['import:progress', progress]])
  })

  it('passes readable handler errors through', async () => {
    const { invoke, log } = setup({
      'app:info': async () => {
        throw new UserFacingError('The disk is full.')
      }
    })
    await expect(invoke('app:info')).resolves.toEqual({ ok: false, error: 'The disk is full.' })
    expect(log).not.toHaveBeenCalled()
  })

  it('turns unexpected errors into a generic message and logs the detail', async () => {
    const failure = new Error('EACCES /home/m/secret/path')
    const { invoke, log } = setup({
      'app:info': async () => {
        throw failure
      }
    })
    const response = await invoke('app:info')
    expect(response).toMatchObject({ ok: false })
    const error = (response as { error: string }).error
    expect(error).toContain('Something went wrong')
    expect(error).not.toContain('/home/m')
    expect(log).toHaveBeenCalledWith(expect.stringContaining('app:info'), failure)
  })
})
