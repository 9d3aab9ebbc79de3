import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { strToU8, zipSync } from 'fflate'
import { expect } from 'vitest'
import { readTranscriptBytes, type Transcript } from '@shared/transcripts'

/** The hand-written fixtures in test/fixtures/transcripts, read as the app reads them. */

export const fixtureDir = resolve(__dirname, '../../fixtures/transcripts')

export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(resolve(fixtureDir, name)))
}

/** A .docx made of a hand-written word/document.xml (Teams' export has the same layout). */
export function docxBytes(documentXml: Uint8Array | string): Uint8Array {
  const xml = typeof documentXml === 'string' ? strToU8(documentXml) : documentXml
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'
    ),
    '_rels/.rels': strToU8('<?xml version="1.0"?><Relationships/>'),
    'word/document.xml': xml
  })
}

/** Reads bytes and returns the conversations, failing the test with the message otherwise. */
export async function conversations(bytes: Uint8Array, name: string): Promise<Transcript[]> {
  const result = await readTranscriptBytes(bytes, name)
  if (!result.ok) throw new Error(`expected conversations from ${name}, got: ${result.message}`)
  expect(result.fileName).toBe(name)
  return result.conversations
}

export async function only(bytes: Uint8Array, name: string): Promise<Transcript> {
  const all = await conversations(bytes, name)
  expect(all).toHaveLength(1)
  return all[0] as Transcript
}

export async function failure(bytes: Uint8Array, name: string): Promise<string> {
  const result = await readTranscriptBytes(bytes, name)
  if (result.ok)
    throw new Error(
      `expected ${name} to be refused, got ${result.conversations.length} conversations`
    )
  expect(result.fileName).toBe(name)
  return result.message
}

/** "speaker|start|end|text" for compact comparisons. */
export function lines(t: Transcript): string[] {
  return t.cues.map((c) => [c.speaker, c.startSeconds ?? '', c.endSeconds ?? '', c.text].join('|'))
}
