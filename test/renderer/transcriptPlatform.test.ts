import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import type { FieldbookApi, IpcEvents, ReadTranscriptResult } from '../../src/shared/ipc/contract'
import { MAX_TRANSCRIPT_BYTES, readTranscriptBytes } from '../../src/shared/transcripts'
import { readTranscriptFile } from '../../src/renderer/src/platform/electronTranscripts'
import { runImportRequest } from '../../src/renderer/src/platform/importJob'
import type {
  ImportWorkerMessage,
  ImportWorkerRequest
} from '../../src/renderer/src/platform/importWorkerProtocol'
import type { ImportWorkerLike } from '../../src/renderer/src/platform/webImport'
import { createWebTranscriptReader } from '../../src/renderer/src/platform/webTranscripts'

const fixtures = resolve(__dirname, '../fixtures/transcripts')
const fixtureFile = (name: string): File => new File([readFileSync(resolve(fixtures, name))], name)

/** The real worker job behind a stand-in Worker that clones and transfers like postMessage. */
function inProcessWorkers() {
  const started: { terminated: boolean; requests: ImportWorkerRequest[] }[] = []
  const createWorker = vi.fn((): ImportWorkerLike => {
    const record = { terminated: false, requests: [] as ImportWorkerRequest[] }
    started.push(record)
    const worker: ImportWorkerLike = {
      onmessage: null,
      onerror: null,
      postMessage(message, transfer) {
        record.requests.push(message)
        const received = structuredClone(message, { transfer })
        setTimeout(
          () =>
            void runImportRequest(received, (reply: ImportWorkerMessage) => {
              const data = structuredClone(reply)
              setTimeout(() => {
                if (!record.terminated)
                  worker.onmessage?.({ data } as MessageEvent<ImportWorkerMessage>)
              })
            })
        )
      },
      terminate() {
        record.terminated = true
      }
    }
    return worker
  })
  return { createWorker, started }
}

function web(files: (File | undefined)[]) {
  const workers = inProcessWorkers()
  const pickFile = vi.fn(async () => files.shift())
  return {
    read: createWebTranscriptReader({ pickFile, createWorker: workers.createWorker }),
    ...workers
  }
}

describe('web platform: readTranscriptFile', () => {
  it('reads the chosen file in the import worker, with progress, and ends the worker', async () => {
    const file = fixtureFile('teams.vtt')
    const { read, started } = web([file])
    const onProgress = vi.fn()
    const result = await read({ onProgress })
    const expected = await readTranscriptBytes(
      new Uint8Array(await file.arrayBuffer()),
      'teams.vtt'
    )
    expect(result).toEqual(expected)
    expect(result).toMatchObject({ ok: true, conversations: [{ speakers: expect.any(Array) }] })
    expect(onProgress).toHaveBeenNthCalledWith(1, { bytesRead: 0, totalBytes: file.size })
    expect(onProgress).toHaveBeenLastCalledWith({ bytesRead: file.size, totalBytes: file.size })
    expect(started[0]?.requests[0]).toMatchObject({ kind: 'transcript', fileName: 'teams.vtt' })
    // Transferred, not copied.
    expect(started[0]?.requests[0]?.bytes.byteLength).toBe(0)
    expect(started[0]?.terminated).toBe(true)
  })

  it('passes the reader’s sentence for a file that is no transcript', async () => {
    const { read } = web([fixtureFile('no-transcript.csv')])
    await expect(read({})).resolves.toMatchObject({
      ok: false,
      fileName: 'no-transcript.csv',
      message: expect.stringContaining('has no transcript-like column')
    })
  })

  it('refuses a file over the size limit without starting a worker', async () => {
    const { read, createWorker } = web([
      new File([new Uint8Array(MAX_TRANSCRIPT_BYTES + 1)], 'huge.vtt')
    ])
    await expect(read({})).resolves.toEqual({
      ok: false,
      fileName: 'huge.vtt',
      message:
        '“huge.vtt” is 20.0 MB; Fieldbook reads transcripts up to 20.0 MB. Export the one call you want to review, or split the file.'
    })
    expect(createWorker).not.toHaveBeenCalled()
  })

  it('answers canceled when the picker closes, and when aborted (terminating the worker)', async () => {
    const closed = web([undefined])
    await expect(closed.read({})).resolves.toEqual({ canceled: true })
    expect(closed.createWorker).not.toHaveBeenCalled()
    const { read, started } = web([fixtureFile('many-calls.csv')])
    const controller = new AbortController()
    const result = await read({ signal: controller.signal, onProgress: () => controller.abort() })
    expect(result).toEqual({ canceled: true })
    expect(started[0]?.terminated).toBe(true)
  })
})

describe('Electron platform: readTranscriptFile', () => {
  type Listener = (payload: IpcEvents['transcript:progress']) => void

  function electron(answer: Promise<ReadTranscriptResult>) {
    let listener: Listener = () => undefined
    const api = {
      transcriptRead: vi.fn(async () => ({ ok: true as const, data: await answer })),
      transcriptCancel: vi.fn(async () => ({ ok: true as const, data: { cancelled: true } })),
      on: vi.fn((event: string, l: Listener) => {
        expect(event).toBe('transcript:progress')
        listener = l
        return () => undefined
      })
    }
    return { api, emit: (p: IpcEvents['transcript:progress']) => listener(p) }
  }

  it('asks main for job-1, passes on only that job’s progress, and returns main’s answer', async () => {
    let answer: (r: ReadTranscriptResult) => void = () => undefined
    const { api, emit } = electron(new Promise((r) => (answer = r)))
    const onProgress = vi.fn()
    const reading = readTranscriptFile(
      api as unknown as FieldbookApi,
      { onProgress },
      () => 'job-1'
    )
    emit({ jobId: 'job-2', bytesRead: 5, totalBytes: 10 })
    emit({ jobId: 'job-1', bytesRead: 10, totalBytes: 10 })
    answer({ ok: false, fileName: 'a.txt', message: 'no speakers' })
    await expect(reading).resolves.toEqual({ ok: false, fileName: 'a.txt', message: 'no speakers' })
    expect(api.transcriptRead).toHaveBeenCalledWith({ jobId: 'job-1' })
    expect(onProgress.mock.calls).toEqual([[{ bytesRead: 10, totalBytes: 10 }]])
  })

  it('on abort asks main to cancel the job and answers canceled at once', async () => {
    const { api } = electron(new Promise(() => undefined))
    const controller = new AbortController()
    const reading = readTranscriptFile(
      api as unknown as FieldbookApi,
      { signal: controller.signal },
      () => 'job-9'
    )
    controller.abort()
    await expect(reading).resolves.toEqual({ canceled: true })
    expect(api.transcriptCancel).toHaveBeenCalledWith({ jobId: 'job-9' })
  })
})
