import writeXlsxFile from 'write-excel-file/universal'
import { describe, expect, it, vi } from 'vitest'
import { readTable } from '../../src/shared/import/read'
import { ImportCancelledError, ImportFileError } from '../../src/shared/import/table'
import { runImportRequest } from '../../src/renderer/src/platform/importJob'
import type {
  ImportWorkerMessage,
  ImportWorkerRequest
} from '../../src/renderer/src/platform/importWorkerProtocol'
import {
  NO_PREVIOUS_FILE_MESSAGE,
  createWebImportReader,
  workerFailedMessage,
  type ImportWorkerLike
} from '../../src/renderer/src/platform/webImport'

/**
 * The web platform's import path in Node: the real page-side code and the real worker job
 * (shared reader included), joined by a stand-in for the Worker that clones and transfers
 * messages the way postMessage does. The real module worker runs in Chromium (e2e).
 */
function inProcessWorkers() {
  const started: { terminated: boolean; posted: ArrayBuffer[] }[] = []
  const createWorker = vi.fn((): ImportWorkerLike => {
    const record = { terminated: false, posted: [] as ArrayBuffer[] }
    started.push(record)
    const deliver = (reply: ImportWorkerMessage): void => {
      const data = structuredClone(reply)
      setTimeout(() => {
        if (!record.terminated) worker.onmessage?.({ data } as MessageEvent<ImportWorkerMessage>)
      })
    }
    const worker: ImportWorkerLike = {
      onmessage: null,
      onerror: null,
      postMessage(message: ImportWorkerRequest, transfer: Transferable[]) {
        record.posted.push(message.bytes)
        const received = structuredClone(message, { transfer })
        setTimeout(() => void runImportRequest(received, deliver))
      },
      terminate() {
        record.terminated = true
      }
    }
    return worker
  })
  return { createWorker, started }
}

const CSV = 'Opportunity Name,Amount\r\nAcme – Renewal,"$1,234.50"\r\nGlobex,900\r\n'

async function workbook(): Promise<File> {
  const blob = await writeXlsxFile([
    { sheet: 'Open deals', data: [[{ value: 'Deal' }], [{ value: 'Acme' }]] },
    {
      sheet: 'Closed won',
      data: [
        [{ value: 'Deal' }, { value: 'Amount' }],
        [{ value: 'Globex' }, { value: 5000 }]
      ]
    }
  ]).toBlob()
  return new File([blob], 'deals.xlsx')
}

function setup(files: (File | undefined)[], maxBytes?: number) {
  const pickFile = vi.fn(async () => files.shift())
  const workers = inProcessWorkers()
  const readImportFile = createWebImportReader({
    pickFile,
    createWorker: workers.createWorker,
    maxBytes
  })
  return { readImportFile, pickFile, ...workers }
}

describe('web platform: readImportFile', () => {
  it('parses the chosen file in a worker with progress, transferring the bytes', async () => {
    const file = new File([CSV], 'opps.csv')
    const { readImportFile, started } = setup([file])
    const onProgress = vi.fn()
    const result = await readImportFile({ onProgress })
    const expected = await readTable(new TextEncoder().encode(CSV), 'opps.csv')
    expect(result).toEqual({ canceled: false, table: expected, size: file.size })
    expect(onProgress).toHaveBeenCalledWith({ rowsRead: 0, bytesRead: 0, totalBytes: file.size })
    expect(started).toHaveLength(1)
    // Transferred, not copied: the page's buffer is detached; the worker ended.
    expect(started[0]?.posted[0]?.byteLength).toBe(0)
    expect(started[0]?.terminated).toBe(true)
  })

  it('reads another sheet of the same file without asking for it again', async () => {
    const { readImportFile, pickFile, started } = setup([await workbook()])
    const first = await readImportFile({})
    expect(first).toMatchObject({ canceled: false, table: { sheet: 'Open deals' } })
    const second = await readImportFile({ sameFile: true, sheet: 'Closed won' })
    expect(second).toMatchObject({
      canceled: false,
      table: { sheet: 'Closed won', headers: ['Deal', 'Amount'], rows: [['Globex', '5000']] }
    })
    expect(pickFile).toHaveBeenCalledTimes(1)
    expect(started).toHaveLength(2)
  })

  it('refuses sameFile before a file was chosen', async () => {
    const { readImportFile, pickFile } = setup([])
    await expect(readImportFile({ sameFile: true })).rejects.toThrow(NO_PREVIOUS_FILE_MESSAGE)
    expect(pickFile).not.toHaveBeenCalled()
  })

  it('answers canceled when the picker closes without a file', async () => {
    const { readImportFile, createWorker } = setup([undefined])
    await expect(readImportFile({})).resolves.toEqual({ canceled: true })
    expect(createWorker).not.toHaveBeenCalled()
  })

  it('terminates the worker and rejects with ImportCancelledError on abort', async () => {
    const lines = ['Deal,Amount']
    for (let i = 0; i < 50_000; i++) lines.push(`Deal ${i},${i}`)
    const { readImportFile, started } = setup([new File([lines.join('\n')], 'big.csv')])
    const controller = new AbortController()
    const reading = readImportFile({
      signal: controller.signal,
      onProgress: () => controller.abort()
    })
    await expect(reading).rejects.toBeInstanceOf(ImportCancelledError)
    expect(started[0]?.terminated).toBe(true)
  })

  it('rethrows the reader’s error as ImportFileError with the same sentence', async () => {
    const { readImportFile } = setup([await workbook()])
    const direct = await readTable(
      new Uint8Array(await (await workbook()).arrayBuffer()),
      'deals.xlsx',
      { sheet: 'Forecast' }
    ).catch((error: unknown) => error)
    expect(direct).toBeInstanceOf(ImportFileError)
    const reading = readImportFile({ sheet: 'Forecast' })
    await expect(reading).rejects.toBeInstanceOf(ImportFileError)
    await expect(reading).rejects.toThrow((direct as Error).message)
  })

  it('refuses a file over the cap with the same sentence as the desktop app', async () => {
    const big = new File([new Uint8Array(3 * 1024 * 1024)], 'huge.csv')
    const { readImportFile, createWorker } = setup([big], 2 * 1024 * 1024)
    await expect(readImportFile({})).rejects.toThrow(
      '“huge.csv” is 3 MB; Fieldbook opens files up to 2 MB. Export a smaller date range and try again.'
    )
    expect(createWorker).not.toHaveBeenCalled()
  })

  it('a worker that dies (a browser cannot cap its memory) gives a sentence, not a stuck screen', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    let terminated = false
    const worker: ImportWorkerLike = {
      onmessage: null,
      onerror: null,
      postMessage() {
        setTimeout(() =>
          worker.onerror?.({
            message: 'Out of memory',
            preventDefault: () => undefined
          } as ErrorEvent)
        )
      },
      terminate() {
        terminated = true
      }
    }
    const readImportFile = createWebImportReader({
      pickFile: () => Promise.resolve(new File(['a,b\n1,2\n'], 'big.csv')),
      createWorker: () => worker
    })
    await expect(readImportFile({})).rejects.toThrow(workerFailedMessage('big.csv'))
    expect(workerFailedMessage('big.csv')).toMatch(
      /^Fieldbook could not read “big\.csv”: .*Nothing was imported\./
    )
    expect(terminated).toBe(true)
    expect(errors).toHaveBeenCalledWith('Import worker failed', 'Out of memory')
  })
})
