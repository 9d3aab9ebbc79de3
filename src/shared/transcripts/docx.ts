import { Unzip, UnzipInflate } from 'fflate'
import { decodeEntities } from './cues'

/**
 * The text of a Word (.docx) transcript, as Teams exports it: word/document.xml unpacked on its
 * own (with a cap on what it inflates to, so a zip bomb is refused), one line per paragraph,
 * tabs and line breaks kept. Returns a sentence for the manager when the file is not readable.
 */

/** The most word/document.xml may inflate to. A four-hour call's transcript is under 5 MB. */
export const MAX_DOCUMENT_XML_BYTES = 64 * 1024 * 1024
const FEED_BYTES = 16 * 1024
const DOCUMENT = 'word/document.xml'

/** True when a zip's file names include `part` (names are stored as plain bytes). */
export function containsName(bytes: Uint8Array, part: string): boolean {
  const name = new TextEncoder().encode(part)
  outer: for (let i = 0; i + name.length <= bytes.length; i++) {
    for (let j = 0; j < name.length; j++) if (bytes[i + j] !== name[j]) continue outer
    return true
  }
  return false
}

function unpackDocumentXml(bytes: Uint8Array, name: string): { xml: string } | { problem: string } {
  const chunks: Uint8Array[] = []
  let size = 0
  let found = false
  let problem: string | undefined
  const unzip = new Unzip((file) => {
    if (file.name !== DOCUMENT || problem !== undefined) return
    found = true
    file.ondata = (error, chunk) => {
      if (problem !== undefined) return
      if (error) {
        problem = `${name} is damaged: its text cannot be unpacked (${error.message}); open it in Word, save it again, or download the transcript as .vtt.`
        return
      }
      size += chunk.length
      if (size > MAX_DOCUMENT_XML_BYTES) {
        problem = `${name} unpacks to more than ${MAX_DOCUMENT_XML_BYTES / 1024 / 1024} MB of text; it may be damaged or built to exhaust memory. Download the transcript as .vtt instead.`
        file.terminate()
        return
      }
      chunks.push(chunk)
    }
    file.start()
  })
  unzip.register(UnzipInflate)
  try {
    for (let at = 0; at < bytes.length && problem === undefined; at += FEED_BYTES) {
      const end = Math.min(at + FEED_BYTES, bytes.length)
      unzip.push(bytes.subarray(at, end), end === bytes.length)
    }
  } catch (error) {
    problem ??= `${name} is damaged: it cannot be unpacked as a Word document (${error instanceof Error ? error.message : String(error)}); open it in Word and save it again.`
  }
  if (problem !== undefined) return { problem }
  if (!found)
    return {
      problem: `${name} is a ZIP archive without a Word document inside; expected a .docx transcript.`
    }
  const joined = new Uint8Array(size)
  let at = 0
  for (const chunk of chunks) {
    joined.set(chunk, at)
    at += chunk.length
  }
  return { xml: new TextDecoder('utf-8').decode(joined) }
}

/** One line per paragraph of the document's body. */
function paragraphs(xml: string): string[] {
  const body = /<w:body[\s>]([\s\S]*)<\/w:body>/.exec(xml)?.[1] ?? xml
  return body.split(/<\/w:p>/).map((part) =>
    decodeEntities(
      part
        .replace(/<w:tab\/>|<w:tab\s[^>]*\/>/g, '\t')
        .replace(/<w:(?:br|cr)(?:\s[^>]*)?\/>/g, '\n')
        // Deleted text (tracked changes) is not what was said.
        .replace(/<w:(delText|instrText)[^>]*>[\s\S]*?<\/w:\1>/g, '')
        .replace(/<(?!\/?w:t[\s>])[^>]*>/g, '')
        .replace(/<\/?w:t(?:\s[^>]*)?>/g, '')
    ).trim()
  )
}

/** The document's text, a paragraph a line, or a sentence saying why it cannot be read. */
export function readDocxText(
  bytes: Uint8Array,
  name: string
): { text: string } | { problem: string } {
  const unpacked = unpackDocumentXml(bytes, name)
  if ('problem' in unpacked) return unpacked
  if (/<!(DOCTYPE|ENTITY)/.test(unpacked.xml)) {
    return {
      problem: `${name} is not a document Word writes: it declares XML entities (a DOCTYPE). Save it again from Word, or download the transcript as .vtt.`
    }
  }
  return { text: paragraphs(unpacked.xml).join('\n') }
}
