import { describe, expect, it } from 'vitest'
import { readTranscriptBytes } from '@shared/transcripts'
import { docxBytes } from './support'

/**
 * Files built to make a reader slow: long runs that regular expressions could backtrack over,
 * and a large but ordinary transcript. Each must be answered in well under the time a person
 * waits (the worker keeps the page responsive, but a read should still end).
 */

const encode = (text: string): Uint8Array => new TextEncoder().encode(text)
const cue = (i: number, speaker: string): string =>
  `${i}\n00:${String(Math.floor(i / 60) % 60).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}.000 --> 00:${String(Math.floor(i / 60) % 60).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}.900\n<v ${speaker}>Thanks, that makes sense. Could you walk me through the pricing again?</v>\n`

async function timed(bytes: Uint8Array, name: string) {
  const started = performance.now()
  const result = await readTranscriptBytes(bytes, name)
  return { result, ms: performance.now() - started }
}

describe('hostile and large transcripts', () => {
  it.each<[string, string]>([
    [
      'an unclosed voice tag followed by 2 MB of spaces',
      `WEBVTT\n\n00:00:00.000 --> 00:00:01.000\n<v${' '.repeat(2_000_000)}x\n`
    ],
    [
      '2 MB of "<" in a cue',
      `WEBVTT\n\n00:00:00.000 --> 00:00:01.000\nAnn Lee: ${'<'.repeat(2_000_000)}\n`
    ],
    ['a 2 MB line of spaces between two words', `Ann Lee: hi\nx${' '.repeat(2_000_000)}y 0:05\n`],
    ['a 2 MB line of "&a"', `Ann Lee: ${'&a'.repeat(1_000_000)}\n`]
  ])('answers %s in under 3 seconds', async (_label, text) => {
    const { ms } = await timed(encode(text), 'hostile.txt')
    expect(ms).toBeLessThan(3000)
  })

  it('answers a Word document of 2 MB of unclosed tags in under 3 seconds', async () => {
    const xml = `<w:document><w:body>${'<w:body <w:t '.repeat(150_000)}</w:document>`
    const { result, ms } = await timed(docxBytes(xml), 'hostile.docx')
    expect(ms).toBeLessThan(3000)
    expect(result.ok).toBe(false)
  })

  it('reads a 10 MB WebVTT of 80,000 cues in under 10 seconds', async () => {
    const parts = ['WEBVTT\n']
    for (let i = 0; i < 80_000; i++) parts.push(cue(i, i % 2 === 0 ? 'Alan Smith' : 'Dr. Ana Ruiz'))
    const bytes = encode(parts.join('\n'))
    expect(bytes.byteLength).toBeGreaterThan(9_000_000)
    const { result, ms } = await timed(bytes, 'long.vtt')
    expect(ms).toBeLessThan(10_000)
    expect(result).toMatchObject({
      ok: true,
      conversations: [{ speakers: ['Alan Smith', 'Dr. Ana Ruiz'] }]
    })
    if (result.ok) expect(result.conversations[0]?.cues).toHaveLength(80_000)
  }, 30_000)
})
