import { z } from 'zod'
import type { PlanAuditEntry } from '../domain'

/**
 * What the record of changes keeps about a file exported from a plan (issue 17): which
 * document, the format, the file's name and the SHA-256 of the exact bytes written, so HR can
 * compare a file with `sha256sum` / `certutil -hashfile … SHA256` or "Verify a document".
 */
export const ExportedFile = z
  .object({
    /** In words: "PIP packet", "coaching plan", "sales-day outline", "check-in calendar". */
    document: z.string().min(1).max(100),
    /** "pdf", "docx", "ics", "csv". */
    format: z.string().regex(/^[a-z0-9]{1,10}$/),
    fileName: z.string().min(1).max(260),
    sha256: z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 as 64 hex digits')
  })
  .strict()
export type ExportedFile = z.infer<typeof ExportedFile>

/** The entry's sentence: "Exported the PIP packet as PDF (“ana-packet.pdf”); SHA-256 3f2a…". */
export const exportSummary = (file: ExportedFile): string =>
  `Exported the ${file.document} as ${file.format.toUpperCase()} (“${file.fileName}”); SHA-256 ${file.sha256}`

/** An exported file as the record shows it: the entry's time and author with the file. */
export interface ExportRecord extends ExportedFile {
  entryId: string
  planId: string
  at: string
  by: string
}

/**
 * The files a record of changes lists as exported, oldest first. Entries written before file
 * hashes (issue 17) carried a hash of the document's text, not of a file: they are left out.
 */
export function exportedFiles(entries: readonly PlanAuditEntry[]): ExportRecord[] {
  return entries.flatMap((e) => {
    if (e.action !== 'exported') return []
    const file = ExportedFile.safeParse(e.after)
    return file.success
      ? [{ ...file.data, entryId: e.id, planId: e.planId, at: e.at, by: e.by }]
      : []
  })
}
