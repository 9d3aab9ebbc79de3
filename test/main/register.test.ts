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

const BACKUP_ID = 'fieldbook-2026-11-23T15-04-05-123Z-beforeImport.json.gz'

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
    'export:document': vi.fn<IpcHandlers['export:document']>(async (input) => ({
      canceled: false as const,
      name: input.suggestedName,
      size: input.document.blocks.length
    })),
    'app:info': vi.fn<IpcHandlers['app:info']>(async () => appInfo),
    'shell:openExternal': vi.fn<IpcHandlers['shell:openExternal']>(async () => ({ opened: true })),
    'import:read': vi.fn<IpcHandlers['import:read']>(async () => ({ canceled: true as const })),
    'import:cancel': vi.fn<IpcHandlers['import:cancel']>(async () => ({ cancelled: false })),
    'backup:store': vi.fn<IpcHandlers['backup:store']>(async (input) => ({
      id: BACKUP_ID,
      reason: input.reason,
      size: input.bytes.byteLength,
      createdAt: '2026-11-23T15:04:05.123Z',
      compressed: input.compressed
    })),
    'backup:list': vi.fn<IpcHandlers['backup:list']>(async () => []),
    'backup:read': vi.fn<IpcHandlers['backup:read']>(async ({ id }) => ({
      id,
      bytes: new Uint8Array()
    })),
    'backup:revealFolder': vi.fn<IpcHandlers['backup:revealFolder']>(async () => ({
      opened: true
    })),
    'reminders:schedule': vi.fn<IpcHandlers['reminders:schedule']>(async (input) => ({
      scheduled: input.reminders.length
    })),
    'backup:takeOpened': vi.fn<IpcHandlers['backup:takeOpened']>(async () => null),
    'transcript:read': vi.fn<IpcHandlers['transcript:read']>(async () => ({
      canceled: true as const
    })),
    'transcript:cancel': vi.fn<IpcHandlers['transcript:cancel']>(async () => ({
      cancelled: false
    })),
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

const B = new Uint8Array([123, 125])

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

  it('passes valid backup requests through', async () => {
    const { invoke, handlers } = setup()
    const input = { reason: 'beforeImport', bytes: B, keep: 10, compressed: true }
    await expect(invoke('backup:store', input)).resolves.toMatchObject({
      ok: true,
      data: { id: BACKUP_ID, size: 2 }
    })
    expect(handlers['backup:store']).toHaveBeenCalledWith(input, expect.anything())
    await expect(invoke('backup:list')).resolves.toEqual({ ok: true, data: [] })
    await expect(invoke('backup:read', { id: BACKUP_ID })).resolves.toMatchObject({
      ok: true,
      data: { id: BACKUP_ID }
    })
    await expect(invoke('backup:revealFolder')).resolves.toEqual({
      ok: true,
      data: { opened: true }
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
    ['import:cancel', undefined, 'Invalid request to import:cancel'],
    ['transcript:read', { jobId: '../x' }, 'jobId'],
    ['transcript:read', { jobId: 'j1', path: '/etc/passwd' }, 'Invalid request to transcript:read'],
    ['transcript:cancel', { jobId: 'j1\\..' }, 'jobId'],
    ['backup:store', { reason: 'hourly', bytes: B, keep: 10, compressed: false }, 'reason'],
    ['backup:store', { reason: 'manual', bytes: 'text', keep: 10, compressed: false }, 'bytes'],
    [
      'backup:store',
      { reason: 'manual', bytes: new Uint8Array(), keep: 1, compressed: false },
      'empty'
    ],
    ['backup:store', { reason: 'manual', bytes: B, keep: 0, compressed: false }, 'keep'],
    ['backup:store', { reason: 'manual', bytes: B, keep: 101, compressed: false }, 'keep'],
    ['backup:store', { reason: 'manual', bytes: B, keep: 2.5, compressed: false }, 'keep'],
    ['backup:store', { reason: 'manual', bytes: B, keep: 3 }, 'compressed'],
    [
      'backup:store',
      { reason: 'manual', bytes: B, keep: 3, compressed: false, name: '../../x.json' },
      'Invalid request to backup:store'
    ],
    ['backup:list', { folder: '/etc' }, 'Invalid request to backup:list'],
    [
      'reminders:schedule',
      { reminders: [{ id: 'a', at: 'soon', title: 'T', body: '' }] },
      'reminders.0.at'
    ],
    [
      'reminders:schedule',
      { reminders: [{ id: 'a/../b', at: '2026-12-01T08:30:00.000Z', title: 'T', body: '' }] },
      'reminders.0.id'
    ],
    ['reminders:schedule', { reminders: 'all' }, 'reminders'],
    ['reminders:schedule', { reminders: [], script: 'x' }, 'Invalid request to reminders:schedule'],
    ['backup:read', { id: '../x' }, 'id'],
    ['backup:read', { id: `../${BACKUP_ID}` }, 'id'],
    ['backup:read', { id: `backups/${BACKUP_ID}` }, 'id'],
    ['backup:read', { id: `..\\${BACKUP_ID}` }, 'id'],
    ['backup:read', { id: `/home/m/.config/Fieldbook/backups/${BACKUP_ID}` }, 'id'],
    ['backup:read', { id: `C:\\Users\\m\\${BACKUP_ID}` }, 'id'],
    ['backup:read', { id: `${BACKUP_ID}\0.txt` }, 'id'],
    ['backup:read', { id: `${BACKUP_ID}\n` }, 'id'],
    ['backup:read', { id: 'notes.txt' }, 'id'],
    ['backup:read', { id: 'fieldbook-2026-11-23T15-04-05Z-manual.json' }, 'id'],
    ['backup:read', { id: 7 }, 'id'],
    ['backup:read', { id: BACKUP_ID, path: '/etc/passwd' }, 'Invalid request to backup:read'],
    ['backup:revealFolder', { path: '/' }, 'Invalid request to backup:revealFolder']
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
