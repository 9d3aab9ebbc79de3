import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { strFromU8, unzipSync } from 'fflate'

/**
 * Reads exported files the way a person's tools would: pdftotext (poppler-utils) for a PDF,
 * the document XML inside the zip for a DOCX. Used by Node tests and Playwright specs alike.
 */

/** The text of a PDF, laid out as on the page (`pdftotext -layout`). */
export function pdfBytesToText(bytes: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'fieldbook-pdf-'))
  try {
    const file = join(dir, 'document.pdf')
    writeFileSync(file, bytes)
    return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], {
      encoding: 'utf8'
    })
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** `pdfinfo` fields (Title, Pages, …) of a PDF. */
export function pdfBytesInfo(bytes: Uint8Array): Record<string, string> {
  const dir = mkdtempSync(join(tmpdir(), 'fieldbook-pdf-'))
  try {
    const file = join(dir, 'document.pdf')
    writeFileSync(file, bytes)
    const out = execFileSync('pdfinfo', [file], { encoding: 'utf8' })
    return Object.fromEntries(
      out
        .split('\n')
        .filter((l) => l.includes(':'))
        .map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()])
    )
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** The paragraphs of a DOCX's main document and footers, one per line, XML entities decoded. */
export function docxBytesToText(bytes: Uint8Array): string {
  const files = unzipSync(bytes)
  const parts = Object.keys(files)
    .filter((name) => /^word\/(document|footer\d*)\.xml$/.test(name))
    .sort()
  return parts
    .map((name) => {
      const xml = strFromU8(files[name] as Uint8Array)
      return xml
        .split(/<\/w:p>/)
        .map((p) =>
          [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)]
            .map((m) => (m[0] === '<w:br/>' ? '\n' : (m[1] ?? '')))
            .join('')
        )
        .filter((line) => line.length > 0)
        .join('\n')
    })
    .join('\n')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
}
