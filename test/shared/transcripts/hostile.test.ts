import { describe, expect, it } from 'vitest'
import { readTranscriptBytes } from '@shared/transcripts'
import { docxBytes } from './support'

/**
 * Files built to make a reader slow: long runs that regular expressions could backtrack over,
 * and a large but ordinary transcript. Each must be answered, with the right answer. No test
 * here times the reader (speed is measured by the bench, never asserted): a reader that
 * backtracks over 2 MB takes minutes, so it fails these tests by their time limit instead.
 */

const encode = (text: string): Uint8Array => new TextEncoder().encode(text)
const cue = (i: number, speaker: string): string =>
  `${i}\n00:${String(Math.floor(i / 60) % 60).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}.000 --> 00:${String(Math.floor(i / 60) % 60).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}.900\n<v ${speaker}>Thanks, that makes sense. Could you walk me through the pricing again?</v>\n`

/** Long enough for a slow reader to fail it, short enough for a slow machine to pass. */
const LIMIT_MS = 30_000

const noSpeakers = (name: string) => ({
  ok: false,
  message: expect.stringMatching(new RegExp(`^“${name.replace('.', '\\.')}” has no speakers`))
})

describe('hostile and large transcripts', () => {
  it(
    'an unclosed voice tag followed by 2 MB of spaces is read as a file with no speakers',
    async () => {
      const text = `WEBVTT\n\n00:00:00.000 --> 00:00:01.000\n<v${' '.repeat(2_000_000)}x\n`
      expect(await readTranscriptBytes(encode(text), 'hostile.txt')).toMatchObject(
        noSpeakers('hostile.txt')
      )
    },
    LIMIT_MS
  )

  it(
    '2 MB of "<" in a cue stay the cue’s text',
    async () => {
      const text = `WEBVTT\n\n00:00:00.000 --> 00:00:01.000\nAnn Lee: ${'<'.repeat(2_000_000)}\n`
      const result = await readTranscriptBytes(encode(text), 'hostile.txt')
      expect(result).toMatchObject({ ok: true, conversations: [{ speakers: ['Ann Lee'] }] })
      if (result.ok) expect(result.conversations[0]?.cues[0]?.text).toBe('<'.repeat(2_000_000))
    },
    LIMIT_MS
  )

  it(
    'a 2 MB line of spaces between two words is read as one space',
    async () => {
      const text = `Ann Lee: hi\nx${' '.repeat(2_000_000)}y 0:05\n`
      const result = await readTranscriptBytes(encode(text), 'hostile.txt')
      expect(result).toMatchObject({
        ok: true,
        conversations: [{ cues: [{ speaker: 'Ann Lee', text: 'hi\nx y 0:05' }] }]
      })
    },
    LIMIT_MS
  )

  it(
    'a 2 MB line of "&a" stays the line’s text',
    async () => {
      const result = await readTranscriptBytes(
        encode(`Ann Lee: ${'&a'.repeat(1_000_000)}\n`),
        'hostile.txt'
      )
      expect(result).toMatchObject({ ok: true, conversations: [{ speakers: ['Ann Lee'] }] })
      if (result.ok) expect(result.conversations[0]?.cues[0]?.text).toBe('&a'.repeat(1_000_000))
    },
    LIMIT_MS
  )

  it(
    'a Word document of 2 MB of unclosed tags is read as a file with no speakers',
    async () => {
      const xml = `<w:document><w:body>${'<w:body <w:t '.repeat(150_000)}</w:document>`
      expect(await readTranscriptBytes(docxBytes(xml), 'hostile.docx')).toMatchObject(
        noSpeakers('hostile.docx')
      )
    },
    LIMIT_MS
  )

  it(
    'reads a 10 MB WebVTT of 80,000 cues whole',
    async () => {
      const parts = ['WEBVTT\n']
      for (let i = 0; i < 80_000; i++)
        parts.push(cue(i, i % 2 === 0 ? 'Alan Smith' : 'Dr. Ana Ruiz'))
      const bytes = encode(parts.join('\n'))
      expect(bytes.byteLength).toBeGreaterThan(9_000_000)
      const result = await readTranscriptBytes(bytes, 'long.vtt')
      expect(result).toMatchObject({
        ok: true,
        conversations: [{ speakers: ['Alan Smith', 'Dr. Ana Ruiz'] }]
      })
      if (result.ok) expect(result.conversations[0]?.cues).toHaveLength(80_000)
    },
    LIMIT_MS
  )
})
