import { quoted } from '../import/read/builder'

/**
 * The transcript size limit and its sentence, on their own so the page can check a file's size
 * without loading the reader (which runs in a worker).
 */

/** The largest transcript file read: a four-hour call's .vtt is about 1 MB. */
export const MAX_TRANSCRIPT_BYTES = 20 * 1024 * 1024

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`

/** The sentence for a file over MAX_TRANSCRIPT_BYTES (main and the browser check before reading). */
export function transcriptTooBigMessage(fileName: string, size: number): string {
  return `${quoted(fileName)} is ${mb(size)}; Fieldbook reads transcripts up to ${mb(MAX_TRANSCRIPT_BYTES)}. Export the one call you want to review, or split the file.`
}
