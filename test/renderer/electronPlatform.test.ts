import { describe, expect, it, vi } from 'vitest'
import { ImportCancelledError, type ParsedTable } from '../../src/shared/import/table'
import { tableRowsOf } from '../../src/shared/import/tableRows'
import type {
  FieldbookApi,
  IpcEvents,
  IpcResponse,
  ReadImportResult,
  StoredBackup
} from '../../src/shared/ipc/contract'
import { createElectronPlatform } from '../../src/renderer/src/platform/electron'
import { createWebReminders } from '../../src/renderer/src/platform/webReminders'

const stored: StoredBackup = {
  id: 'fieldbook-2026-11-23T15-04-05-123Z-scheduled.fieldbook',
  reason: 'scheduled',
  size: 2,
  createdAt: '2026-11-23T15:04:05.123Z',
  compressed: false,
  encrypted: true
}

function fakeApi(overrides: Partial<FieldbookApi> = {}): FieldbookApi {
  return {
    fileOpen: vi.fn(async () => ({ ok: true as const, data: { canceled: true as const } })),
    fileSave: vi.fn(async () => ({
      ok: true as const,
      data: { canceled: false as const, name: 'a.pdf', size: 3 }
    })),
    exportDocument: vi.fn(async (input) => ({
      ok: true as const,
      data: {
        canceled: false as const,
        name: `${input.suggestedName}.pdf`,
        size: 9,
        sha256: 'ab'.repeat(32)
      }
    })),
    appInfo: vi.fn(async () => ({
      ok: true as const,
      data: {
        name: 'Fieldbook',
        version: '0.1.0',
        platform: 'linux',
        electron: '45.4.1',
        userDataPath: '/home/u/.config/Fieldbook'
      }
    })),
    shellOpenExternal: vi.fn(async () => ({
      ok: false as const,
      error: 'Only http(s) links can be opened.'
    })),
    importRead: vi.fn(async () => ({ ok: true as const, data: { canceled: true as const } })),
    importCancel: vi.fn(async () => ({ ok: true as const, data: { cancelled: true } })),
    backupStore: vi.fn(async (input) => ({
      ok: true as const,
      data: { ...stored, reason: input.reason, size: input.bytes.byteLength }
    })),
    backupList: vi.fn(async () => ({ ok: true as const, data: [stored] })),
    backupRead: vi.fn(async ({ id }) => ({
      ok: true as const,
      data: { id, bytes: new Uint8Array([31, 139]) }
    })),
    backupRevealFolder: vi.fn(async () => ({ ok: true as const, data: { opened: true } })),
    remindersSchedule: vi.fn(async (input) => ({
      ok: true as const,
      data: { scheduled: input.reminders.length }
    })),
    backupTakeOpened: vi.fn(async () => ({ ok: true as const, data: null })),
    keysWorkspace: vi.fn(async () => ({
      ok: true as const,
      data: { key: new Uint8Array(32).fill(5), protection: 'keychain' as const }
    })),
    transcriptRead: vi.fn(async () => ({ ok: true as const, data: { canceled: true as const } })),
    transcriptCancel: vi.fn(async () => ({ ok: true as const, data: { cancelled: true } })),
    on: vi.fn(() => () => undefined),
    ...overrides
  }
}

describe('Electron platform', () => {
  it('sends a document to main to render and save, and throws main’s sentence', async () => {
    const api = fakeApi()
    const platform = createElectronPlatform(api)
    const document = { title: '1:1 notes', createdOn: '2026-12-01', blocks: [] }
    await expect(
      platform.exportDocument({ format: 'pdf', suggestedName: 'notes', document })
    ).resolves.toEqual({
      canceled: false,
      name: 'notes.pdf',
      size: 9,
      sha256: 'ab'.repeat(32)
    })
    expect(api.exportDocument).toHaveBeenCalledWith({
      format: 'pdf',
      suggestedName: 'notes',
      title: undefined,
      document
    })
    const failing = createElectronPlatform(
      fakeApi({
        exportDocument: vi.fn(async () => ({ ok: false as const, error: 'The disk is full.' }))
      })
    )
    await expect(
      failing.exportDocument({ format: 'docx', suggestedName: 'notes', document })
    ).rejects.toThrow('The disk is full.')
  })

  it('passes options through the typed API with defaults filled in', async () => {
    const api = fakeApi()
    const platform = createElectronPlatform(api)
    await platform.openFile({ title: 'Import a CRM export' })
    expect(api.fileOpen).toHaveBeenCalledWith({
      title: 'Import a CRM export',
      filters: [],
      as: 'bytes'
    })
    const bytes = new Uint8Array([1, 2, 3])
    await expect(platform.saveFile({ suggestedName: 'a.pdf', bytes })).resolves.toEqual({
      canceled: false,
      name: 'a.pdf',
      size: 3
    })
    expect(api.fileSave).toHaveBeenCalledWith({
      title: undefined,
      suggestedName: 'a.pdf',
      filters: [],
      bytes
    })
    await expect(platform.appInfo()).resolves.toMatchObject({ electron: '45.4.1' })
  })

  it('turns an error answer from main into a thrown error with main’s message', async () => {
    const platform = createElectronPlatform(fakeApi())
    await expect(platform.openExternal('javascript:alert(1)')).rejects.toThrow(
      'Only http(s) links can be opened.'
    )
  })
})

const table: ParsedTable = {
  fileName: 'deals.xlsx',
  format: 'xlsx',
  sheetNames: ['Open deals', 'Closed won'],
  sheet: 'Closed won',
  headers: ['Deal'],
  rows: tableRowsOf([['Globex']]),
  rowNumbers: [2],
  notes: []
}

type ProgressListener = (payload: IpcEvents['import:progress']) => void

/** An API whose import:read stays pending until the test answers it, with a real event bus. */
function importApi() {
  const listeners = new Set<ProgressListener>()
  let answer: (response: IpcResponse<ReadImportResult>) => void = () => undefined
  const unsubscribed = vi.fn()
  const api = fakeApi({
    importRead: vi.fn(
      () =>
        new Promise<IpcResponse<ReadImportResult>>((resolve) => {
          answer = resolve
        })
    ),
    on: vi.fn((event: string, listener: ProgressListener) => {
      expect(event).toBe('import:progress')
      listeners.add(listener)
      return () => {
        unsubscribed()
        listeners.delete(listener)
      }
    }) as FieldbookApi['on']
  })
  const emit = (payload: IpcEvents['import:progress']) => {
    for (const listener of listeners) listener(payload)
  }
  return {
    api,
    emit,
    answer: (r: IpcResponse<ReadImportResult>) => answer(r),
    listeners,
    unsubscribed
  }
}

describe('Electron platform: chooseImportFile', () => {
  it('reads with a fresh job id, forwards only that job’s progress, then unsubscribes', async () => {
    const { api, emit, answer, listeners, unsubscribed } = importApi()
    const platform = createElectronPlatform(api, () => 'job-42')
    const onProgress = vi.fn()
    const reading = platform.chooseImportFile({ sheet: 'Closed won', sameFile: true, onProgress })
    expect(api.importRead).toHaveBeenCalledWith({
      jobId: 'job-42',
      sheet: 'Closed won',
      sameFile: true
    })
    emit({ jobId: 'job-42', rowsRead: 10, bytesRead: 100, totalBytes: 400 })
    emit({ jobId: 'someone-else', rowsRead: 99, bytesRead: 99, totalBytes: 99 })
    emit({ jobId: 'job-42', rowsRead: 40, bytesRead: 400, totalBytes: 400 })
    answer({ ok: true, data: { canceled: false, table, size: 400 } })
    // main's table goes on to the import worker as it is
    await expect(reading).resolves.toEqual({ canceled: false, source: { kind: 'table', table } })
    expect(onProgress.mock.calls).toEqual([
      [{ rowsRead: 10, bytesRead: 100, totalBytes: 400 }],
      [{ rowsRead: 40, bytesRead: 400, totalBytes: 400 }]
    ])
    expect(unsubscribed).toHaveBeenCalledTimes(1)
    expect(listeners.size).toBe(0)
  })

  it('uses a job id main accepts by default, and sameFile false', async () => {
    const api = fakeApi()
    await expect(createElectronPlatform(api).chooseImportFile({})).resolves.toEqual({
      canceled: true
    })
    const [input] = vi.mocked(api.importRead).mock.calls[0] ?? []
    expect(input).toMatchObject({ sameFile: false, sheet: undefined })
    expect(input?.jobId).toMatch(/^[A-Za-z0-9_-]{1,64}$/)
    expect(api.on).not.toHaveBeenCalled()
  })

  it('asks main to cancel the job and rejects with ImportCancelledError on abort', async () => {
    const { api, answer, listeners } = importApi()
    const platform = createElectronPlatform(api, () => 'job-7')
    const controller = new AbortController()
    const reading = platform.chooseImportFile({ onProgress: vi.fn(), signal: controller.signal })
    controller.abort()
    await expect(reading).rejects.toBeInstanceOf(ImportCancelledError)
    await expect(reading).rejects.toThrow('The import was cancelled.')
    expect(api.importCancel).toHaveBeenCalledWith({ jobId: 'job-7' })
    expect(listeners.size).toBe(0)
    // Main's late answer is ignored.
    answer({ ok: true, data: { canceled: true } })
  })

  it('does not start when the signal is already aborted', async () => {
    const api = fakeApi()
    const controller = new AbortController()
    controller.abort()
    await expect(
      createElectronPlatform(api).chooseImportFile({ signal: controller.signal })
    ).rejects.toBeInstanceOf(ImportCancelledError)
    expect(api.importRead).not.toHaveBeenCalled()
  })

  it('throws main’s sentence unchanged when the file cannot be read', async () => {
    const { api, answer, unsubscribed } = importApi()
    const reading = createElectronPlatform(api).chooseImportFile({ onProgress: vi.fn() })
    answer({ ok: false, error: '“deals.xlsx” has no sheet named “Forecast”.' })
    await expect(reading).rejects.toThrow('“deals.xlsx” has no sheet named “Forecast”.')
    expect(unsubscribed).toHaveBeenCalledTimes(1)
  })
})

describe('Electron platform: automaticBackups', () => {
  it('stores, lists and reads through the typed API', async () => {
    const api = fakeApi()
    const backups = createElectronPlatform(api).automaticBackups
    const bytes = new Uint8Array([31, 139])
    await expect(backups.store({ reason: 'beforeImport', bytes })).resolves.toEqual({
      ...stored,
      reason: 'beforeImport'
    })
    expect(api.backupStore).toHaveBeenCalledWith({ reason: 'beforeImport', bytes })
    await expect(backups.list()).resolves.toEqual([stored])
    await expect(backups.read(stored.id)).resolves.toEqual(new Uint8Array([31, 139]))
    expect(api.backupRead).toHaveBeenCalledWith({ id: stored.id })
    await expect(backups.revealFolder()).resolves.toBe(true)
  })

  it('throws main’s sentence when a backup call fails', async () => {
    const api = fakeApi({
      backupStore: vi.fn(async () => ({
        ok: false as const,
        error: 'Fieldbook could not save the backup “x”: the disk is full.'
      })),
      backupList: vi.fn(async () => ({
        ok: false as const,
        error: 'Fieldbook could not read the backups folder “/b”: permission was denied.'
      })),
      backupRead: vi.fn(async () => ({
        ok: false as const,
        error: 'Invalid request to backup:read: id: the name of a Fieldbook backup, not a path.'
      }))
    })
    const backups = createElectronPlatform(api).automaticBackups
    await expect(backups.store({ reason: 'manual', bytes: new Uint8Array([1]) })).rejects.toThrow(
      'the disk is full'
    )
    await expect(backups.list()).rejects.toThrow('permission was denied')
    await expect(backups.read('../x')).rejects.toThrow('not a path')
  })

  it('subscribes to backup:due and unsubscribes', () => {
    const listeners = new Set<(payload: IpcEvents['backup:due']) => void>()
    const api = fakeApi({
      on: vi.fn((event: string, listener: (payload: IpcEvents['backup:due']) => void) => {
        expect(event).toBe('backup:due')
        listeners.add(listener)
        return () => void listeners.delete(listener)
      }) as FieldbookApi['on']
    })
    const onDue = vi.fn()
    const unsubscribe = createElectronPlatform(api).automaticBackups.onDue(onDue)
    for (const listener of listeners) listener({ reason: 'scheduled' })
    expect(onDue).toHaveBeenCalledTimes(1)
    unsubscribe()
    expect(listeners.size).toBe(0)
  })
})

describe('Electron platform: the menu and double-clicked backups', () => {
  it('passes each menu command to the listener and unsubscribes', () => {
    const listeners = new Map<string, (payload: unknown) => void>()
    const api = fakeApi({
      on: vi.fn((event: string, listener: (payload: unknown) => void) => {
        listeners.set(event, listener)
        return () => void listeners.delete(event)
      }) as FieldbookApi['on']
    })
    const platform = createElectronPlatform(api)
    const onCommand = vi.fn()
    const unsubscribe = platform.onMenuCommand(onCommand)
    listeners.get('menu:command')?.({ command: 'newRideAlong' })
    expect(onCommand).toHaveBeenCalledWith('newRideAlong')
    unsubscribe()
    expect(listeners.has('menu:command')).toBe(false)
    const onOpened = vi.fn()
    platform.openedBackups.onOpened(onOpened)
    listeners.get('backup:fileOpened')?.({})
    expect(onOpened).toHaveBeenCalledOnce()
  })

  it('takes the opened file from main once', async () => {
    const bytes = new Uint8Array([123, 125])
    const api = fakeApi({
      backupTakeOpened: vi
        .fn()
        .mockResolvedValueOnce({ ok: true, data: { name: 'team.fieldbook', bytes } })
        .mockResolvedValueOnce({ ok: true, data: null })
    })
    const platform = createElectronPlatform(api)
    await expect(platform.openedBackups.take()).resolves.toEqual({ name: 'team.fieldbook', bytes })
    await expect(platform.openedBackups.take()).resolves.toBeNull()
  })

  it('asks main for the workspace key and passes main’s refusal on', async () => {
    const platform = createElectronPlatform(fakeApi())
    await expect(platform.workspaceKey()).resolves.toEqual({
      key: new Uint8Array(32).fill(5),
      protection: 'keychain'
    })
    const refusing = createElectronPlatform(
      fakeApi({
        keysWorkspace: vi.fn(async () => ({
          ok: false as const,
          error: 'Fieldbook could not open its encryption key.'
        }))
      })
    )
    await expect(refusing.workspaceKey()).rejects.toThrow(
      'Fieldbook could not open its encryption key.'
    )
  })
})

describe('electron platform: reminders', () => {
  it('sends the whole list to main and passes main’s errors on', async () => {
    const api = fakeApi()
    const reminders = createElectronPlatform(api).reminders
    expect(reminders.delivery).toBe('desktop')
    const list = [
      {
        id: 'oneOnOne:r1:2026-12-02',
        at: '2026-12-02T08:30:00.000Z',
        title: '1:1 with Ana today',
        body: ''
      }
    ]
    await reminders.schedule(list)
    expect(api.remindersSchedule).toHaveBeenCalledWith({ reminders: list })
    const failing = createElectronPlatform(
      fakeApi({
        remindersSchedule: vi.fn(async () => ({
          ok: false as const,
          error: 'Invalid request to reminders:schedule: reminders.0.at: Invalid ISO datetime.'
        }))
      })
    ).reminders
    await expect(failing.schedule(list)).rejects.toThrow('reminders.0.at')
  })

  it('lists reminders main sends as reminder:due', () => {
    const listeners = new Set<(payload: IpcEvents['reminder:due']) => void>()
    const api = fakeApi({
      on: vi.fn((event: string, listener: (payload: IpcEvents['reminder:due']) => void) => {
        expect(event).toBe('reminder:due')
        listeners.add(listener)
        return () => void listeners.delete(listener)
      }) as FieldbookApi['on']
    })
    const onDue = vi.fn()
    const unsubscribe = createElectronPlatform(api).reminders.onDue(onDue)
    for (const listener of listeners) listener({ title: '1:1 with Ana today', body: 'Prepare' })
    expect(onDue).toHaveBeenCalledWith({ title: '1:1 with Ana today', body: 'Prepare' })
    unsubscribe()
    expect(listeners.size).toBe(0)
  })
})

describe('web platform: reminders in the app only', () => {
  it('keeps the timers in the page and tells the listeners when one is due', async () => {
    vi.useFakeTimers({ now: Date.parse('2026-12-02T08:00:00.000Z') })
    try {
      const reminders = createWebReminders()
      expect(reminders.delivery).toBe('inApp')
      const onDue = vi.fn()
      reminders.onDue(onDue)
      await reminders.schedule([
        { id: 'a', at: '2026-12-02T08:30:00.000Z', title: '1:1 with Ana today', body: 'Prepare' }
      ])
      await vi.advanceTimersByTimeAsync(29 * 60_000)
      expect(onDue).not.toHaveBeenCalled()
      await vi.advanceTimersByTimeAsync(60_000)
      expect(onDue).toHaveBeenCalledExactlyOnceWith({
        title: '1:1 with Ana today',
        body: 'Prepare'
      })
      await reminders.schedule([])
      expect(vi.getTimerCount()).toBe(0)
    } finally {
      vi.useRealTimers()
    }
  })
})
