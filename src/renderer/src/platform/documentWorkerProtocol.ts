import type { DocumentFormat, DocumentModel } from '@shared/documents/model'

export interface DocumentWorkerRequest {
  format: DocumentFormat
  document: DocumentModel
}

export type DocumentWorkerReply = { ok: true; bytes: Uint8Array } | { ok: false; error: string }
