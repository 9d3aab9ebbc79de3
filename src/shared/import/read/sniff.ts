import { ImportFileError, type TextEncoding } from '../table'
import { quoted } from './builder'

export type FileKind = 'xlsx' | 'xls' | 'text'

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  if (bytes.length < magic.length) return false
  return magic.every((b, i) => bytes[i] === b)
}

const ZIP = [0x50, 0x4b, 0x03, 0x04] // "PK\x03\x04": every .xlsx is a ZIP archive
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] // Excel 97-2003 .xls (and .doc)
const PNG = [0x89, 0x50, 0x4e, 0x47]
const PDF = [0x25, 0x50, 0x44, 0x46] // "%PDF"
const GZIP = [0x1f, 0x8b]

/** What the bytes are, by their first bytes (never by the file's extension). */
export function sniffKind(bytes: Uint8Array): FileKind {
  if (startsWith(bytes, ZIP)) return 'xlsx'
  if (startsWith(bytes, OLE2)) return 'xls'
  return 'text'
}

/** "a PNG image", for the "not a text or Excel file" message; '' when unknown. */
export function describeBinary(bytes: Uint8Array): string {
  if (startsWith(bytes, PNG)) return 'it looks like a PNG image'
  if (startsWith(bytes, PDF)) return 'it looks like a PDF document'
  if (startsWith(bytes, GZIP)) return 'it looks like a compressed (gzip) archive'
  if (startsWith(bytes, ZIP)) return 'it is a ZIP archive with no Excel workbook inside'
  return ''
}

export function notTextError(bytes: Uint8Array, fileName: string): ImportFileError {
  const what = describeBinary(bytes)
  return new ImportFileError(
    `${quoted(fileName)} is not a text or Excel file${what ? ` (${what})` : ''}; ` +
      'export the data again as CSV or .xlsx.',
    fileName
  )
}

export interface DecodedText {
  text: string
  encoding: TextEncoding
  bom: boolean
  notes: string[]
}

/** How many leading bytes are inspected for the UTF-16 NUL pattern and for binary content. */
const SAMPLE_BYTES = 64 * 1024

/**
 * UTF-16 without a byte-order mark: mostly-ASCII text has a NUL in every other byte — the odd
 * bytes for little-endian, the even bytes for big-endian.
 */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, 4096) & ~1
  if (n < 2) return undefined
  let evenNul = 0
  let oddNul = 0
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++
    if (bytes[i + 1] === 0) oddNul++
  }
  const pairs = n / 2
  if (oddNul / pairs > 0.3 && evenNul / pairs < 0.05) return 'utf-16le'
  if (evenNul / pairs > 0.3 && oddNul / pairs < 0.05) return 'utf-16be'
  return undefined
}

/** True when the text holds NULs or many control characters: bytes that are not text. */
function looksBinary(text: string): boolean {
  const sample = text.length > SAMPLE_BYTES ? text.slice(0, SAMPLE_BYTES) : text
  let controls = 0
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i)
    if (c === 0) return true
    // tab, LF, VT, FF, CR and SUB (0x1A, an old end-of-file mark) are fine in text
    if (
      (c < 0x20 &&
        c !== 0x09 &&
        c !== 0x0a &&
        c !== 0x0b &&
        c !== 0x0c &&
        c !== 0x0d &&
        c !== 0x1a) ||
      c === 0x7f
    ) {
      controls++
    }
  }
  return controls > 0 && controls >= Math.max(2, sample.length / 100)
}

/**
 * Windows-1252's bytes 0x80–0x9F (€, curly quotes, dashes, Š, Ž, …). Browsers decode them, but
 * Node 20's TextDecoder('windows-1252') decodes as ISO-8859-1 and leaves them as C1 control
 * characters U+0080–U+009F, so those are mapped here. A correct decoder never produces them
 * (except for the five undefined bytes, which stay as they are), so this is a no-op there.
 */
const CP1252_C1 =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178'

function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252')
    .decode(bytes)
    .replace(/[\u0080-\u009f]/g, (c) => CP1252_C1[c.charCodeAt(0) - 0x80] ?? c)
}

const ENCODING_NAMES: Record<TextEncoding, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  'windows-1252': 'Windows-1252'
}

export function encodingName(encoding: TextEncoding): string {
  return ENCODING_NAMES[encoding]
}

/**
 * Decodes a text file: UTF-8 (with or without BOM), UTF-16 LE/BE (by BOM, or by the NUL pattern
 * when there is none), and Windows-1252 when the bytes are not valid UTF-8. Throws for empty and
 * binary files. The returned text has no BOM.
 */
export function decodeText(bytes: Uint8Array, fileName: string): DecodedText {
  const name = quoted(fileName)
  const notes: string[] = []
  let encoding: TextEncoding
  let bom = false
  let text: string
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    encoding = 'utf-8'
    bom = true
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    } catch {
      text = new TextDecoder('utf-8').decode(bytes)
      notes.push(
        `Some bytes in ${name} are not valid UTF-8 although the file says it is; they were replaced with “\uFFFD”.`
      )
    }
  } else if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be'
    bom = true
    text = new TextDecoder(encoding).decode(bytes)
  } else {
    const utf16 = utf16WithoutBom(bytes)
    if (utf16) {
      encoding = utf16
      text = new TextDecoder(utf16).decode(bytes)
    } else {
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
        encoding = 'utf-8'
      } catch {
        text = decodeWindows1252(bytes)
        encoding = 'windows-1252'
        notes.push('Decoded as Windows-1252 (the file is not UTF-8).')
      }
    }
  }
  // TextDecoder drops a leading BOM itself; this is for a doubled one.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
  if (looksBinary(text)) throw notTextError(bytes, fileName)
  if (text.trim() === '') throw new ImportFileError(`${name} is empty.`, fileName)
  return { text, encoding, bom, notes }
}
