import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { Worker } from 'node:worker_threads'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { IpcEvents, IpcResponse, ReadTranscriptResult } from '@shared/ipc/contract'
import { MAX_TRANSCRIPT_BYTES, readTranscriptBytes } from '@shared/transcripts'
import type { FileDialogs } from '../../../src/main/ipc/files'
import {
  registerHandlers,
  type IpcHandlers,
  type InvokeEventLike,
  type IpcMainLike
} from '../../../src/main/ipc/register'
import {
  TRANSCRIPT_DIALOG_TITLE,
  TRANSCRIPT_FILTERS,
  createTranscriptHandlers
} from '../../../src/main/import/transcriptHandlers'
import {
  createInProcessTranscriptRunner,
  createWorkerTranscriptRunner,
  type TranscriptRunner
} from '../../../src/main/import/transcriptJob'
import { APP_ORIGIN, isTrustedUrl } from '../../../src/main/security'
import { bundleReadWorker } from './bundleReadWorker'

type Progress = IpcEvents['transcript:progress']
type Listener = (event: InvokeEventLike, ...args: unknown[]) => unknown

const fixtures = resolve(__dirname, '../../fixtures/transcripts')
let dir: string
let workerPath: string
let vttPath: string
let csvPath: string
let bigPath: string

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'fieldbook-transcripts-'))
  workerPath = await bundleReadWorker(join(dir, 'worker'))
  vttPath = join(dir, 'teams.vtt')
  await copyFile(join(fixtures, 'teams.vtt'), vttPath)
  csvPath = join(dir, 'many-calls.csv')
  await copyFile(join(fixtures, 'many-calls.csv'), csvPath)
  bigPath = join(dir, 'big.vtt')
  await writeFile(bigPath, new Uint8Array(MAX_TRANSCRIPT_BYTES + 1).fill(0x61))
}, 60_000)

afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

/** Main's real IPC path for the two transcript channels: sender check → zod → handler. */
function setup(runner: TranscriptRunner, open: () => Promise<string | null>) {
  const registered = new Map<string, Listener>()
  const ipcMain: IpcMainLike = { handle: (channel, listener) => registered.set(channel, listener) }
  const showOpenDialog = vi.fn<FileDialogs['showOpenDialog']>(async () => {
    const path = await open()
    return path ? { canceled: false, filePaths: [path] } : { canceled: true, filePaths: [] }
  })
  const unused = async (): Promise<never> => {
    throw new Error('not used here')
  }
  const others = Object.fromEntries(
    [
      'file:open',
      'file:save',
      'export:document',
      'app:info',
      'shell:openExternal',
      'import:read',
      'import:cancel',
      'backup:store',
      'backup:list',
      'backup:read',
      'backup:revealFolder',
      'backup:takeOpened',
      'reminders:schedule'
    ].map((channel) => [channel, unused])
  ) as unknown as Omit<IpcHandlers, 'transcript:read' | 'transcript:cancel'>
  const log = vi.fn()
  registerHandlers(
    ipcMain,
    {
      ...others,
      ...createTranscriptHandlers({
        dialogs: { showOpenDialog },
        defaultDirectory: dir,
        runTranscript: runner
      })
    },
    { isTrustedSender: (url) => isTrustedUrl(url, [APP_ORIGIN]), log }
  )
  const progress: Progress[] = []
  const sender = {
    send: vi.fn((channel: string, payload: unknown) => {
      if (channel === 'transcript:progress') progress.push(payload as Progress)
    }),
    isDestroyed: () => false
  }
  const invoke = <T>(channel: string, raw: unknown, frameUrl = 'app://fieldbook/index.html') => {
    const listener = registered.get(channel)
    if (!listener) throw new Error(`${channel} not registered`)
    return Promise.resolve(listener({ senderFrame: { url: frameUrl }, sender }, raw)) as Promise<
      IpcResponse<T>
    >
  }
  const read = (raw: unknown, frameUrl?: string) =>
    invoke<ReadTranscriptResult>('transcript:read', raw, frameUrl)
  const cancel = (jobId: string) => invoke<{ cancelled: boolean }>('transcript:cancel', { jobId })
  return { read, cancel, progress, showOpenDialog, log }
}

function workerRunner() {
  const exited: Promise<number>[] = []
  const runner = createWorkerTranscriptRunner(() => {
    const worker = new Worker(workerPath)
    exited.push(new Promise((done) => worker.once('exit', done)))
    return worker
  })
  return { runner, exited }
}

const runners: [string, () => TranscriptRunner][] = [
  ['a worker thread', () => workerRunner().runner],
  ['the in-process runner', () => createInProcessTranscriptRunner()]
]

describe.each(runners)('transcript:read in %s', (_label, makeRunner) => {
  it('opens the transcript dialog and answers what the shared reader reads', async () => {
    const { read, showOpenDialog, progress } = setup(makeRunner(), async () => vttPath)
    const response = await read({ jobId: 'job-vtt' })
    const expected = await readTranscriptBytes(new Uint8Array(await readFile(vttPath)), 'teams.vtt')
    expect(response).toEqual({ ok: true, data: expected })
    expect(expected).toMatchObject({
      ok: true,
      conversations: [{ title: 'teams.vtt', format: 'vtt' }]
    })
    expect(showOpenDialog).toHaveBeenCalledWith({
      title: TRANSCRIPT_DIALOG_TITLE,
      defaultPath: dir,
      filters: TRANSCRIPT_FILTERS,
      properties: ['openFile']
    })
    expect(progress[0]).toEqual({ jobId: 'job-vtt', bytesRead: 0, totalBytes: expect.any(Number) })
    expect(progress.at(-1)?.bytesRead).toBe(progress[0]?.totalBytes)
  })

  it('returns every conversation of a many-conversation CSV', async () => {
    const { read } = setup(makeRunner(), async () => csvPath)
    const response = await read({ jobId: 'job-csv' })
    if (!response.ok || 'canceled' in response.data || !response.data.ok) {
      throw new Error('expected conversations')
    }
    expect(response.data.conversations.map((c) => c.title)).toEqual([
      'Row 2 — Acme discovery call (2026-11-30)',
      'Row 3 — Globex renewal (2026-12-01)',
      'Row 5 — Initech intro'
    ])
  })
})

describe('transcript:read refusals', () => {
  it('refuses a file over the size limit before reading it, with the reader’s sentence', async () => {
    const runner = vi.fn(createInProcessTranscriptRunner())
    const { read } = setup(runner, async () => bigPath)
    await expect(read({ jobId: 'job-big' })).resolves.toEqual({
      ok: true,
      data: {
        ok: false,
        fileName: 'big.vtt',
        message:
          '“big.vtt” is 20.0 MB; Fieldbook reads transcripts up to 20.0 MB. Export the one call you want to review, or split the file.'
      }
    })
    expect(runner).not.toHaveBeenCalled()
  })

  it('answers a file that cannot be opened with a sentence naming it', async () => {
    const { read } = setup(createInProcessTranscriptRunner(), async () => join(dir, 'gone.vtt'))
    await expect(read({ jobId: 'job-gone' })).resolves.toEqual({
      ok: true,
      data: {
        ok: false,
        fileName: 'gone.vtt',
        message: 'Fieldbook could not open “gone.vtt”: the file or folder no longer exists.'
      }
    })
  })

  it('answers canceled when the dialog closes, and refuses other senders and a path', async () => {
    const { read, log } = setup(createInProcessTranscriptRunner(), async () => null)
    await expect(read({ jobId: 'job-closed' })).resolves.toEqual({
      ok: true,
      data: { canceled: true }
    })
    await expect(read({ jobId: 'job-evil' }, 'https://evil.example/')).resolves.toEqual({
      ok: false,
      error: 'This request did not come from Fieldbook and was refused.'
    })
    expect(log).toHaveBeenCalled()
    const withPath = await read({ jobId: 'job-path', path: '/etc/passwd' })
    expect(withPath.ok).toBe(false)
  })

  it('stops when cancelled while the dialog is open, without reading', async () => {
    let choose: (path: string) => void = () => undefined
    const runner = vi.fn(createInProcessTranscriptRunner())
    const { read, cancel, showOpenDialog } = setup(runner, () => new Promise((r) => (choose = r)))
    const pending = read({ jobId: 'job-dialog' })
    await vi.waitFor(() => expect(showOpenDialog).toHaveBeenCalled())
    await expect(cancel('job-dialog')).resolves.toEqual({ ok: true, data: { cancelled: true } })
    choose(vttPath)
    await expect(pending).resolves.toEqual({ ok: true, data: { canceled: true } })
    expect(runner).not.toHaveBeenCalled()
    await expect(cancel('job-dialog')).resolves.toEqual({ ok: true, data: { cancelled: false } })
  })

  it('terminates the worker thread when a running read is cancelled', async () => {
    const exited: Promise<number>[] = []
    // A worker that never answers: the read is still running when the cancel arrives.
    const runner = createWorkerTranscriptRunner(() => {
      const worker = new Worker('setInterval(() => undefined, 1000)', { eval: true })
      exited.push(new Promise((done) => worker.once('exit', done)))
      return worker
    })
    const { read, cancel, progress } = setup(runner, async () => csvPath)
    const pending = read({ jobId: 'job-stop' })
    await vi.waitFor(() => expect(progress).toHaveLength(1))
    await expect(cancel('job-stop')).resolves.toEqual({ ok: true, data: { cancelled: true } })
    await expect(pending).resolves.toEqual({ ok: true, data: { canceled: true } })
    // terminate() ends the thread with exit code 1.
    await expect(exited[0]).resolves.toBe(1)
  })

  it('turns a crashed worker into a generic error and logs the detail', async () => {
    const runner = createWorkerTranscriptRunner(
      () => new Worker('throw new Error("worker exploded")', { eval: true })
    )
    const { read, log } = setup(runner, async () => vttPath)
    const response = await read({ jobId: 'job-crash' })
    expect(response).toMatchObject({ ok: false })
    expect((response as { error: string }).error).toContain(
      'Something went wrong (transcript:read)'
    )
    expect(log).toHaveBeenCalledWith(expect.stringContaining('transcript:read'), expect.any(Error))
  })
})
