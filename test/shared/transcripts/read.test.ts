import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { EXPECTED, MAX_TRANSCRIPT_BYTES, readTranscriptBytes } from '@shared/transcripts'
import { ImportCancelledError } from '@shared/import/table'
import { failure, fixtureBytes } from './support'

const encode = (text: string): Uint8Array => new TextEncoder().encode(text)

describe('bad input: a clear sentence naming the file, never an exception', () => {
  it('an empty file, or one of only spaces and a BOM', async () => {
    await expect(failure(new Uint8Array(0), 'call.vtt')).resolves.toBe(
      `“call.vtt” is empty; expected ${EXPECTED}.`
    )
    await expect(
      failure(new Uint8Array([0xef, 0xbb, 0xbf, 0x20, 0x0d, 0x0a]), 'blank.txt')
    ).resolves.toBe(`“blank.txt” is empty; expected ${EXPECTED}.`)
  })

  it('a binary file says what it looks like', async () => {
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 1, 2, 3, 0
    ])
    await expect(failure(png, 'photo.vtt')).resolves.toBe(
      `“photo.vtt” is not a transcript (it looks like a PNG image); expected ${EXPECTED}.`
    )
    const noise = new Uint8Array(64).map((_, i) => (i * 37) % 32)
    await expect(failure(noise, 'noise.bin')).resolves.toBe(
      `“noise.bin” is not a transcript (it holds binary data, not text); expected ${EXPECTED}.`
    )
  })

  it('an old Word or Excel file', async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])
    await expect(failure(ole, 'call.doc')).resolves.toBe(
      '“call.doc” is an old Word or Excel 97-2003 file; save it as .docx or .xlsx and read that.'
    )
  })

  it('a file over the size limit, before anything is parsed', async () => {
    const big = new Uint8Array(MAX_TRANSCRIPT_BYTES + 1).fill(0x61)
    await expect(failure(big, 'huge.txt')).resolves.toBe(
      '“huge.txt” is 20.0 MB; Fieldbook reads transcripts up to 20.0 MB. Export the one call you want to review, or split the file.'
    )
  })

  it('a subtitle file without speakers', async () => {
    const vtt =
      'WEBVTT\n\n00:00:00.000 --> 00:00:02.000\nhello\n\n00:00:02.000 --> 00:00:04.000\nhi there\n'
    await expect(failure(encode(vtt), 'nobody.vtt')).resolves.toContain(
      '“nobody.vtt” has no speakers Fieldbook can find'
    )
    const empty = 'WEBVTT\n\nNOTE nothing was said\n'
    await expect(failure(encode(empty), 'silent.vtt')).resolves.toBe(
      `“silent.vtt” has no transcript lines; expected ${EXPECTED}.`
    )
  })

  it('reports progress from nothing to the whole file', async () => {
    const seen: number[] = []
    const bytes = fixtureBytes('teams.vtt')
    await readTranscriptBytes(bytes, 'teams.vtt', { onProgress: (p) => seen.push(p.bytesRead) })
    expect(seen[0]).toBe(0)
    expect(seen.at(-1)).toBe(bytes.byteLength)
  })

  it('stops with ImportCancelledError when the signal aborts (the one thing it throws)', async () => {
    const controller = new AbortController()
    controller.abort()
    await expect(
      readTranscriptBytes(fixtureBytes('many-calls.csv'), 'many-calls.csv', {
        signal: controller.signal
      })
    ).rejects.toBeInstanceOf(ImportCancelledError)
  })

  it('never throws for random bytes, and every refusal names the file', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 600 }),
        fc.constantFrom('a.vtt', 'b.csv', 'c.txt', 'd.docx'),
        async (bytes, name) => {
          const result = await readTranscriptBytes(bytes, name)
          if (!result.ok) {
            expect(result.message).toContain(`“${name}”`)
            // Only the known problems: no bug surfaced as the catch-all sentence.
            expect(result.message).not.toContain('could not be read as a transcript')
          } else for (const t of result.conversations) expect(t.speakers.length).toBeGreaterThan(0)
        }
      ),
      { numRuns: 300 }
    )
  })

  it('never throws for random text built from transcript pieces', async () => {
    const piece = fc.constantFrom(
      'WEBVTT\n',
      '\n',
      '00:00:01.000 --> 00:00:02.000 align:start\n',
      '1\n',
      '<v Ann Lee>',
      '</v>',
      '<v.loud ',
      'Ann Lee: ',
      'Mr. Bob: ',
      '[00:00:03] ',
      'Bob Ray  0:05\n',
      'hello?',
      ', "x"',
      'transcript,subject\n',
      '\\n',
      '&amp;',
      'NOTE\n',
      '\r\n'
    )
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 40 }), async (pieces) => {
        const result = await readTranscriptBytes(encode(pieces.join('')), 'mix.txt')
        if (!result.ok) expect(result.message).not.toContain('could not be read as a transcript')
        if (result.ok) {
          for (const t of result.conversations) {
            expect(t.cues.map((c) => c.index)).toEqual(t.cues.map((_, i) => i))
            expect(t.timed).toBe(
              t.cues.every((c) => c.startSeconds !== undefined && c.endSeconds !== undefined)
            )
          }
        }
      }),
      { numRuns: 300 }
    )
  })
})
