import type { ChannelParsedInput, ExportedDocument } from '@shared/ipc/contract'
import { DOCUMENT_FILES, documentFileName } from '@shared/documents/model'
import { renderDocument, type PdfMaker } from '@shared/documents/render'
import { sha256HexOfBytes } from '@shared/text/hash'
import { UserFacingError } from './errors'
import type { FileHandlers } from './files'

/**
 * export:document. The page sends a document model (validated by the contract's zod schema),
 * main renders it and saves it through the same dialog and atomic write as file:save, and
 * answers with the SHA-256 of the bytes written.
 */
export interface ExportHandlerDeps {
  saveFile: FileHandlers['file:save']
  makePdf: PdfMaker
}

export interface ExportHandlers {
  'export:document': (input: ChannelParsedInput<'export:document'>) => Promise<ExportedDocument>
}

export function createExportHandlers(deps: ExportHandlerDeps): ExportHandlers {
  return {
    'export:document': async (input) => {
      const file = DOCUMENT_FILES[input.format]
      let bytes: Uint8Array
      try {
        bytes = await renderDocument(input.document, input.format, deps.makePdf)
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error)
        throw new UserFacingError(`Fieldbook could not make the ${file.filterName}: ${reason}`)
      }
      const saved = await deps.saveFile({
        title: input.title,
        suggestedName: documentFileName(input.suggestedName, input.format),
        filters: [{ name: file.filterName, extensions: [file.extension] }],
        bytes
      })
      // The hash of the exact bytes just written, for the plan's record of changes.
      return saved.canceled ? saved : { ...saved, sha256: sha256HexOfBytes(bytes) }
    }
  }
}
