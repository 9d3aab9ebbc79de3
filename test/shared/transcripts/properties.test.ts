import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { conversationMetrics, typicalRange, type Transcript } from '@shared/transcripts'

/** Random transcripts, timed or not, of speakers A, B and C saying random words. */
const transcripts = fc
  .record({
    timed: fc.boolean(),
    lines: fc.array(
      fc.record({
        speaker: fc.constantFrom('A', 'B', 'C', ''),
        text: fc.array(fc.constantFrom('um', 'yes?', 'meet', 'Tuesday.', 'you know', 'ok', '?!'), {
          minLength: 0,
          maxLength: 8
        }),
        gap: fc.integer({ min: 0, max: 30 }),
        length: fc.integer({ min: 0, max: 400 })
      }),
      { maxLength: 30 }
    )
  })
  .map(({ timed, lines }): Transcript => {
    let at = 0
    const cues = lines.map((line, index) => {
      const start = at + line.gap
      at = start + line.length
      return {
        index,
        speaker: line.speaker,
        text: line.text.join(' '),
        ...(timed ? { startSeconds: start, endSeconds: at } : {})
      }
    })
    return {
      title: 'random',
      format: 'text',
      timed: timed && cues.length > 0,
      speakers: [...new Set(cues.map((c) => c.speaker).filter((s) => s !== ''))],
      cues
    }
  })

describe('conversationMetrics on any transcript', () => {
  it('gives shares between 0 and 1, finite numbers or null, and a sentence for each', () => {
    fc.assert(
      fc.property(transcripts, fc.subarray(['A', 'B', 'C']), (t, reps) => {
        const { basis, metrics } = conversationMetrics(t, reps)
        expect(basis).toBe(t.timed ? 'time' : 'words')
        expect(metrics).toHaveLength(8)
        for (const m of metrics) {
          expect(m.value === null || Number.isFinite(m.value)).toBe(true)
          expect(m.explanation.length).toBeGreaterThan(0)
          if (m.cueIndex !== undefined) expect(t.cues[m.cueIndex]).toBeDefined()
          if ((m.key === 'talkRatio' || m.key === 'repShareLastFive') && m.value !== null) {
            expect(m.value).toBeGreaterThanOrEqual(0)
            expect(m.value).toBeLessThanOrEqual(1)
          }
        }
        const [ratio] = metrics
        const [other] = conversationMetrics(
          t,
          ['A', 'B', 'C'].filter((s) => !reps.includes(s))
        ).metrics
        // The rep's share and the others' share (unnamed lines aside) never exceed the whole.
        if (ratio?.value != null && other?.value != null) {
          expect(ratio.value + other.value).toBeLessThanOrEqual(1 + 1e-9)
        }
      }),
      { numRuns: 300 }
    )
  })
})

describe('typicalRange on any values', () => {
  it('lies inside the values, low ≤ high, counting only finite values', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: false, min: -1e6, max: 1e6 })), (values) => {
        const finite = values.filter((v) => Number.isFinite(v))
        const range = typicalRange(values)
        if (finite.length < 3) {
          expect(range).toBeNull()
          return
        }
        expect(range).not.toBeNull()
        if (range === null) return
        expect(range.count).toBe(finite.length)
        expect(range.low).toBeLessThanOrEqual(range.high)
        expect(range.low).toBeGreaterThanOrEqual(Math.min(...finite))
        expect(range.high).toBeLessThanOrEqual(Math.max(...finite))
      })
    )
  })
})
