import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import type { Download } from '@playwright/test'
import { docxBytesToText, pdfBytesInfo, pdfBytesToText } from '../support/documentText'

/**
 * Reads a file the app downloaded the way its reader would: pdftotext for a PDF, the XML in
 * the zip for a DOCX. Use with `const download = await page.waitForEvent('download')`.
 */
async function bytesOf(download: Download): Promise<Uint8Array> {
  const path = await download.path()
  return new Uint8Array(await readFile(path))
}

export async function pdfText(download: Download): Promise<string> {
  return pdfBytesToText(await bytesOf(download))
}

export async function pdfInfo(download: Download): Promise<Record<string, string>> {
  return pdfBytesInfo(await bytesOf(download))
}

export async function docxText(download: Download): Promise<string> {
  return docxBytesToText(await bytesOf(download))
}

export async function downloadedText(download: Download): Promise<string> {
  return new TextDecoder().decode(await bytesOf(download))
}

/** The SHA-256 of a downloaded file's bytes, as `sha256sum` prints it. */
export async function sha256Of(download: Download): Promise<string> {
  return createHash('sha256')
    .update(await bytesOf(download))
    .digest('hex')
}
