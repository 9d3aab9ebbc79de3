import { createHash } from 'node:crypto'
import { describe, expect, it, vi } from 'vitest'
import type { DocumentModel } from '../../src/shared/documents/model'
import { renderDocument } from '../../src/shared/documents/render'
import type { DocumentWorkerRequest } from '../../src/renderer/src/platform/documentWorkerProtocol'
import { createWebDocumentExporter } from '../../src/renderer/src/platform/webDocuments'
import type { SaveFileOptions } from '../../src/renderer/src/platform/types'

const sheet: DocumentModel = {
  title: 'PIP packet: Ana Ruiz',
  createdOn: '2026-12-01',
  blocks: [{ kind: 'paragraph', text: 'Record of changes: 3 entries, unbroken.' }]
}

const noPdf = async (): Promise<Uint8Array> => {
  throw new Error('PDF is rendered by pdfmake in the real worker; main’s test covers PDF bytes')
}

/** A worker that renders like documentWorker.ts does (same shared renderer). */
function renderingWorker(): Worker {
  const worker = {
    onmessage: null as ((e: MessageEvent) => void) | null,
    onerror: null,
    terminate: vi.fn(),
    postMessage(request: DocumentWorkerRequest) {
      void renderDocument(request.document, request.format, noPdf).then((bytes) =>
        worker.onmessage?.({ data: { ok: true, bytes } } as MessageEvent)
      )
    }
  }
  return worker as unknown as Worker
}

describe('export:document in a browser', () => {
  it('answers with the SHA-256 of the exact bytes it downloads', async () => {
    for (const format of ['docx', 'markdown'] as const) {
      const downloads: SaveFileOptions[] = []
      const exportDocument = createWebDocumentExporter({
        createWorker: renderingWorker,
        saveFile: async (options) => {
          downloads.push(options)
          return { canceled: false, name: options.suggestedName, size: options.bytes.byteLength }
        }
      })
      const saved = await exportDocument({ format, suggestedName: 'packet', document: sheet })
      const bytes = downloads[0]?.bytes ?? new Uint8Array()
      expect(bytes.byteLength).toBeGreaterThan(20)
      expect(saved).toEqual({
        canceled: false,
        name: format === 'docx' ? 'packet.docx' : 'packet.md',
        size: bytes.byteLength,
        sha256: createHash('sha256').update(bytes).digest('hex')
      })
    }
  })

  it('answers canceled, with no hash, when nothing was saved', async () => {
    const exportDocument = createWebDocumentExporter({
      createWorker: renderingWorker,
      saveFile: async () => ({ canceled: true })
    })
    expect(
      await exportDocument({ format: 'docx', suggestedName: 'packet', document: sheet })
    ).toEqual({ canceled: true })
  })
})
