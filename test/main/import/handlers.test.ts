import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { Worker } from 'node:worker_threads'
import writeXlsxFile from 'write-excel-file/node'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { allRows, tableRowsOf } from '@shared/import/tableRows'
import { readTable } from '@shared/import/read'
import type { IpcEvents, IpcResponse, ReadImportResult } from '@shared/ipc/contract'
import { createBackupHandlers } from '../../../src/main/backup/handlers'
import { createAppHandlers } from '../../../src/main/ipc/app'
import { createFileHandlers, type FileDialogs } from '../../../src/main/ipc/files'
import {
  registerHandlers,
  type InvokeEventLike,
  type IpcMainLike
} from '../../../src/main/ipc/register'
import {
  IMPORT_FILTERS,
  NO_PREVIOUS_FILE_MESSAGE,
  createImportHandlers
} from '../../../src/main/import/handlers'
import {
  createInProcessReadRunner,
  createWorkerReadRunner,
  READ_WORKER_RESOURCE_LIMITS,
  type ReadRunner
} from '../../../src/main/import/runners'
import { APP_ORIGIN, isTrustedUrl } from '../../../src/main/security'
import { bundleReadWorker } from './bundleReadWorker'

type Progress = IpcEvents['import:progress']
type Listener = (event: InvokeEventLike, ...args: unknown[]) => unknown

const fixturesDir = resolve(__dirname, '../../fixtures/import')
let dir: string
let workerPath: string
let csvPath: string
let bigCsvPath: string
let xlsxPath: string

const CSV = '\uFEFFOpportunity Name,Amount,Stage\r\nAcme – Renewal,"$1,234.50",Negotiation\r\n'

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'fieldbook-import-'))
  workerPath = await bundleReadWorker(join(dir, 'worker'))
  csvPath = join(dir, 'opps.csv')
  await writeFile(csvPath, CSV)
  bigCsvPath = join(dir, 'big.csv')
  const lines = ['Opportunity Name,Owner,Amount,Stage,Close Date']
  for (let i = 0; i < 150_000; i++) {
    lines.push(`Deal ${i},Rep ${i % 40},${(i * 37) % 100_000}.00,Discovery,2025-0${(i % 9) + 1}-15`)
  }
  await writeFile(bigCsvPath, lines.join('\r\n'))
  xlsxPath = join(dir, 'deals.xlsx')
  await writeXlsxFile(
    [
      {
        sheet: 'Open deals',
        data: [
          [{ value: 'Deal' }, { value: 'Amount' }],
          [{ value: 'Acme' }, { value: 1200 }]
        ]
      },
      {
        sheet: 'Closed won',
        data: [
          [{ value: 'Deal' }, { value: 'Amount' }, { value: 'Won on' }],
          [{ value: 'Globex' }, { value: 5000 }, { value: '2025-03-01' }],
          [{ value: 'Initech' }, { value: 750 }, { value: '2025-04-02' }]
        ]
      }
    ],
    {}
  ).toFile(xlsxPath)
}, 60_000)

afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

/** A webContents stand-in: records what main sends to the page. */
function fakeSender() {
  const progress: Progress[] = []
  return {
    progress,
    send: vi.fn((channel: string, payload: unknown) => {
      if (channel === 'import:progress') progress.push(payload as Progress)
    }),
    isDestroyed: () => false
  }
}

interface Options {
  runner: ReadRunner
  open?: () => Promise<string | null>
  maxOpenBytes?: number
}

/** Main's real IPC path: sender check → zod → handler, with dialogs and a sender faked. */
function setup(options: Options) {
  const registered = new Map<string, Listener>()
  const ipcMain: IpcMainLike = { handle: (channel, listener) => registered.set(channel, listener) }
  const showOpenDialog = vi.fn<FileDialogs['showOpenDialog']>(async () => {
    const path = options.open ? await options.open() : null
    return path ? { canceled: false, filePaths: [path] } : { canceled: true, filePaths: [] }
  })
  const dialogs: FileDialogs = {
    showOpenDialog,
    showSaveDialog: async () => ({ canceled: true })
  }
  const log = vi.fn()
  registerHandlers(
    ipcMain,
    {
      ...createFileHandlers({ dialogs, defaultDirectory: dir, maxOpenBytes: options.maxOpenBytes }),
      ...createImportHandlers({
        dialogs,
        defaultDirectory: dir,
        runRead: options.runner,
        maxOpenBytes: options.maxOpenBytes
      }),
      ...createBackupHandlers({
        directory: join(dir, 'backups'),
        clock: { now: () => new Date() }
      }),
      'export:document': async () => {
        throw new Error('not used here')
      },
      'reminders:schedule': async () => {
        throw new Error('not used here')
      },
      'backup:takeOpened': async () => null,
      'keys:workspace': async () => ({ key: null, reason: 'not used here' }),
      'transcript:read': async () => {
        throw new Error('not used here')
      },
      'transcript:cancel': async () => {
        throw new Error('not used here')
      },
      ...createAppHandlers({
        app: { getName: () => 'Fieldbook', getVersion: () => '0', getPath: () => dir },
        shell: { openExternal: async () => undefined },
        platform: 'linux',
        electronVersion: '45'
      })
    },
    { isTrustedSender: (url) => isTrustedUrl(url, [APP_ORIGIN]), log }
  )
  const sender = fakeSender()
  const invoke = <T>(channel: string, raw: unknown, frameUrl = 'app://fieldbook/index.html') => {
    const listener = registered.get(channel)
    if (!listener) throw new Error(`${channel} not registered`)
    const event: InvokeEventLike = { senderFrame: { url: frameUrl }, sender }
    return Promise.resolve(listener(event, raw)) as Promise<IpcResponse<T>>
  }
  const read = (raw: unknown) => invoke<ReadImportResult>('import:read', raw)
  const cancel = (jobId: string) => invoke<{ cancelled: boolean }>('import:cancel', { jobId })
  return { read, cancel, invoke, sender, showOpenDialog, log }
}

function table(response: IpcResponse<ReadImportResult>) {
  if (!response.ok) throw new Error(`expected a table, got the error: ${response.error}`)
  if (response.data.canceled) throw new Error('expected a table, got canceled')
  return response.data
}

/** Real worker threads on the bundled entry; records each one so tests can see it end. */
function workerRunner() {
  const workers: Worker[] = []
  const exited: Promise<number>[] = []
  const runner = createWorkerReadRunner(() => {
    const worker = new Worker(workerPath)
    workers.push(worker)
    exited.push(new Promise((done) => worker.once('exit', done)))
    return worker
  })
  return { runner, workers, exited }
}

const runners: [string, () => ReadRunner][] = [
  ['a worker thread', () => workerRunner().runner],
  ['the in-process runner', () => createInProcessReadRunner()]
]

describe.each(runners)('import:read in %s', (_label, makeRunner) => {
  it('opens the dialog with the CRM filters and returns the parsed CSV', async () => {
    const { read, showOpenDialog, sender } = setup({
      runner: makeRunner(),
      open: async () => csvPath
    })
    const result = table(await read({ jobId: 'job-csv' }))
    const expected = await readTable(new Uint8Array(await readFile(csvPath)), 'opps.csv')
    expect(result).toEqual({ canceled: false, size: Buffer.byteLength(CSV), table: expected })
    expect(result.table).toMatchObject({
      fileName: 'opps.csv',
      format: 'csv',
      headers: ['Opportunity Name', 'Amount', 'Stage'],
      rows: tableRowsOf([['Acme – Renewal', '$1,234.50', 'Negotiation']])
    })
    expect(showOpenDialog).toHaveBeenCalledWith({
      title: 'Import a CRM export',
      defaultPath: dir,
      filters: IMPORT_FILTERS,
      properties: ['openFile']
    })
    expect(IMPORT_FILTERS).toEqual([
      { name: 'CRM exports', extensions: ['csv', 'tsv', 'txt', 'xlsx'] },
      { name: 'All files', extensions: ['*'] }
    ])
    expect(sender.progress[0]).toEqual({
      jobId: 'job-csv',
      rowsRead: 0,
      bytesRead: 0,
      totalBytes: Buffer.byteLength(CSV)
    })
    // Nothing but progress events for this job reached the page.
    for (const [channel] of sender.send.mock.calls) expect(channel).toBe('import:progress')
  })

  it('reads the first sheet, then another sheet of the same file without a dialog', async () => {
    const { read, showOpenDialog } = setup({ runner: makeRunner(), open: async () => xlsxPath })
    const first = table(await read({ jobId: 'job-x1' }))
    expect(first.table).toMatchObject({
      format: 'xlsx',
      sheetNames: ['Open deals', 'Closed won'],
      sheet: 'Open deals',
      headers: ['Deal', 'Amount'],
      rows: tableRowsOf([['Acme', '1200']])
    })
    const second = table(await read({ jobId: 'job-x2', sheet: 'Closed won', sameFile: true }))
    expect(second.table).toMatchObject({
      sheet: 'Closed won',
      headers: ['Deal', 'Amount', 'Won on']
    })
    expect(allRows(second.table.rows).map((row) => row[0])).toEqual(['Globex', 'Initech'])
    expect(showOpenDialog).toHaveBeenCalledTimes(1)
  })

  it('sends throttled progress for a big file, tagged with the job, ending at the whole file', async () => {
    const { read, sender } = setup({ runner: makeRunner(), open: async () => bigCsvPath })
    const started = Date.now()
    const result = table(await read({ jobId: 'job-big' }))
    const elapsed = Date.now() - started
    expect(allRows(result.table.rows)).toHaveLength(150_000)
    const events = sender.progress
    expect(events.length).toBeGreaterThanOrEqual(2)
    // ≤ 10 a second: the leading event, one per 100 ms, and the final flush.
    expect(events.length).toBeLessThanOrEqual(Math.ceil(elapsed / 100) + 2)
    for (const event of events) {
      expect(event.jobId).toBe('job-big')
      expect(event.totalBytes).toBe(result.size)
    }
    const rows = events.map((e) => e.rowsRead)
    expect([...rows].sort((a, b) => a - b)).toEqual(rows)
    expect(events.at(-1)?.bytesRead).toBe(result.size)
  })

  it('stops a running read when cancelled and answers canceled', async () => {
    const { read, cancel, sender } = setup({ runner: makeRunner(), open: async () => bigCsvPath })
    const pending = read({ jobId: 'job-cancel' })
    await vi.waitFor(() => expect(sender.progress.some((p) => p.rowsRead > 0)).toBe(true), {
      interval: 1,
      timeout: 5000
    })
    await expect(cancel('job-cancel')).resolves.toEqual({ ok: true, data: { cancelled: true } })
    await expect(pending).resolves.toEqual({ ok: true, data: { canceled: true } })
    // The job is gone: cancelling again finds nothing.
    await expect(cancel('job-cancel')).resolves.toEqual({ ok: true, data: { cancelled: false } })
  })

  it('passes the reader’s own sentence through unchanged when the file cannot be read', async () => {
    const { read, log } = setup({ runner: makeRunner(), open: async () => xlsxPath })
    const response = await read({ jobId: 'job-nosheet', sheet: 'Forecast' })
    const direct = await readTable(new Uint8Array(await readFile(xlsxPath)), 'deals.xlsx', {
      sheet: 'Forecast'
    }).then(
      () => null,
      (error: Error) => error
    )
    expect(direct?.name).toBe('ImportFileError')
    expect(response).toEqual({ ok: false, error: direct?.message })
    expect(log).not.toHaveBeenCalled()
  })
})

describe('import:read with a real worker thread', () => {
  it('terminates the worker when the read is cancelled', async () => {
    const { runner, workers, exited } = workerRunner()
    const { read, cancel, sender } = setup({ runner, open: async () => bigCsvPath })
    const pending = read({ jobId: 'job-term' })
    await vi.waitFor(() => expect(sender.progress.some((p) => p.rowsRead > 0)).toBe(true), {
      interval: 1,
      timeout: 5000
    })
    await cancel('job-term')
    await expect(pending).resolves.toEqual({ ok: true, data: { canceled: true } })
    expect(workers).toHaveLength(1)
    // terminate() ends the thread with exit code 1 (a finished read ends with 0).
    await expect(exited[0]).resolves.toBe(1)
  })

  it('ends the worker after a read and transfers the bytes rather than copying them', async () => {
    const { runner, exited } = workerRunner()
    const { read } = setup({ runner, open: async () => csvPath })
    const post = vi.spyOn(Worker.prototype, 'postMessage')
    table(await read({ jobId: 'job-end' }))
    const [request, transferList] = post.mock.calls[0] ?? []
    expect((request as { fileName: string }).fileName).toBe('opps.csv')
    expect(transferList).toHaveLength(1)
    // Transferred: main's view of the bytes is detached.
    expect((request as { bytes: Uint8Array }).bytes.byteLength).toBe(0)
    await expect(exited[0]).resolves.toEqual(expect.any(Number))
  })

  it('turns a crashed worker into a generic error and logs the detail', async () => {
    const runner = createWorkerReadRunner(
      () => new Worker('throw new Error("worker exploded")', { eval: true })
    )
    const { read, log } = setup({ runner, open: async () => csvPath })
    const response = await read({ jobId: 'job-crash' })
    expect(response).toMatchObject({ ok: false })
    const error = (response as { error: string }).error
    expect(error).toContain('Something went wrong (import:read)')
    expect(error).not.toContain('exploded')
    expect(log).toHaveBeenCalledWith(expect.stringContaining('import:read'), expect.any(Error))
  })
})

describe('import:read when a file exhausts the worker', () => {
  it('says the file needs more memory than an import gets, and nothing is read', async () => {
    // The same resource limits the app sets, scaled down so the test runs out quickly.
    const runner = createWorkerReadRunner(
      () =>
        new Worker('const kept = []; for (;;) kept.push(new Array(1e5).fill(Math.random()))', {
          eval: true,
          resourceLimits: { ...READ_WORKER_RESOURCE_LIMITS, maxOldGenerationSizeMb: 16 }
        })
    )
    const { read } = setup({ runner, open: async () => csvPath })
    const response = await read({ jobId: 'job-memory' })
    expect(response).toMatchObject({ ok: false })
    expect((response as { error: string }).error).toContain(
      '“opps.csv” needs more memory than Fieldbook gives one import (2 GB); nothing was imported.'
    )
  })
})

describe('import:read and import:cancel around the dialog', () => {
  it('answers canceled when the dialog is closed', async () => {
    const { read } = setup({ runner: createInProcessReadRunner(), open: async () => null })
    await expect(read({ jobId: 'job-closed' })).resolves.toEqual({
      ok: true,
      data: { canceled: true }
    })
  })

  it('does not read the file when cancelled while the dialog was open', async () => {
    let choose: (path: string) => void = () => undefined
    const runner = vi.fn(createInProcessReadRunner())
    const { read, cancel, showOpenDialog } = setup({
      runner,
      open: () => new Promise<string>((resolve) => (choose = resolve))
    })
    const pending = read({ jobId: 'job-dialog' })
    await vi.waitFor(() => expect(showOpenDialog).toHaveBeenCalled())
    await expect(cancel('job-dialog')).resolves.toEqual({ ok: true, data: { cancelled: true } })
    choose(csvPath)
    await expect(pending).resolves.toEqual({ ok: true, data: { canceled: true } })
    expect(runner).not.toHaveBeenCalled()
  })

  it('refuses sameFile before any file was chosen, without a dialog', async () => {
    const { read, showOpenDialog } = setup({ runner: createInProcessReadRunner() })
    await expect(read({ jobId: 'job-same', sameFile: true, sheet: 'Closed won' })).resolves.toEqual(
      { ok: false, error: NO_PREVIOUS_FILE_MESSAGE }
    )
    expect(showOpenDialog).not.toHaveBeenCalled()
  })

  it('refuses a second read with the id of one that is still running', async () => {
    let choose: (path: string) => void = () => undefined
    const { read } = setup({
      runner: createInProcessReadRunner(),
      open: () => new Promise<string>((resolve) => (choose = resolve))
    })
    const first = read({ jobId: 'job-twice' })
    await expect(read({ jobId: 'job-twice' })).resolves.toEqual({
      ok: false,
      error: 'This import is already running.'
    })
    choose(csvPath)
    await expect(first).resolves.toMatchObject({ ok: true, data: { canceled: false } })
  })

  it('refuses a file over the size cap with file:open’s sentence, before parsing', async () => {
    const huge = join(dir, 'huge.csv')
    await writeFile(huge, new Uint8Array(3 * 1024 * 1024))
    const runner = vi.fn(createInProcessReadRunner())
    const { read, invoke } = setup({
      runner,
      open: async () => huge,
      maxOpenBytes: 2 * 1024 * 1024
    })
    const viaImport = await read({ jobId: 'job-huge' })
    const viaOpen = await invoke('file:open', {})
    expect(viaImport).toEqual({
      ok: false,
      error:
        '“huge.csv” is 3 MB; Fieldbook opens files up to 2 MB. Export a smaller date range and try again.'
    })
    expect(viaOpen).toEqual(viaImport)
    expect(runner).not.toHaveBeenCalled()
  })

  it('explains a file that vanished between two reads of the same file', async () => {
    const doomed = join(dir, 'doomed.csv')
    await writeFile(doomed, CSV)
    const { read } = setup({ runner: createInProcessReadRunner(), open: async () => doomed })
    table(await read({ jobId: 'job-d1' }))
    await rm(doomed)
    await expect(read({ jobId: 'job-d2', sameFile: true })).resolves.toEqual({
      ok: false,
      error: 'Fieldbook could not open “doomed.csv”: the file or folder no longer exists.'
    })
  })

  it.each([
    ['a job id with slashes', { jobId: '../../etc/passwd' }, 'jobId'],
    ['a job id over 64 characters', { jobId: 'j'.repeat(65) }, 'jobId'],
    ['a sheet name over 200 characters', { jobId: 'j1', sheet: 'S'.repeat(201) }, 'sheet'],
    ['a path', { jobId: 'j1', path: '/etc/passwd' }, 'path'],
    ['sameFile as text', { jobId: 'j1', sameFile: 'true' }, 'sameFile']
  ])('refuses %s without opening a dialog', async (_label, raw, field) => {
    const { read, showOpenDialog } = setup({
      runner: createInProcessReadRunner(),
      open: async () => csvPath
    })
    const response = await read(raw)
    expect(response).toMatchObject({ ok: false })
    expect((response as { error: string }).error).toContain(field)
    expect(showOpenDialog).not.toHaveBeenCalled()
  })

  it('refuses import requests from another origin', async () => {
    const { invoke, showOpenDialog } = setup({
      runner: createInProcessReadRunner(),
      open: async () => csvPath
    })
    await expect(
      invoke('import:read', { jobId: 'j1' }, 'https://evil.example/index.html')
    ).resolves.toEqual({
      ok: false,
      error: 'This request did not come from Fieldbook and was refused.'
    })
    await expect(
      invoke('import:cancel', { jobId: 'j1' }, 'file:///tmp/x.html')
    ).resolves.toMatchObject({ ok: false })
    expect(showOpenDialog).not.toHaveBeenCalled()
  })
})

const fixtures = ['salesforce-report.csv', 'deals.xlsx'].filter((name) =>
  existsSync(join(fixturesDir, name))
)
describe.skipIf(fixtures.length === 0)('the shared fixtures through a worker thread', () => {
  it.each(fixtures)('%s reads exactly as the shared reader reads it', async (name) => {
    const path = join(fixturesDir, name)
    const { read } = setup({ runner: workerRunner().runner, open: async () => path })
    const result = table(await read({ jobId: 'job-fixture' }))
    const direct = await readTable(new Uint8Array(await readFile(path)), name)
    expect(result.table).toEqual(direct)
  })
})
