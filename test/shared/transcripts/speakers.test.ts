import { describe, expect, it } from 'vitest'
import { guessRepSpeaker, typicalRange } from '@shared/transcripts'

describe('guessRepSpeaker', () => {
  const rep = { name: 'Alan Smith', aliases: ['Al'] }

  it.each<[string[], string | null]>([
    [['Maria Lopez', 'Alan Smith'], 'Alan Smith'],
    [['Maria Lopez', 'alan SMITH'], 'alan SMITH'],
    [['Maria Lopez', 'Alan Smith (Fieldbook)'], 'Alan Smith (Fieldbook)'],
    [['Maria Lopez', 'Mr. Alan Smith'], 'Mr. Alan Smith'],
    [['Maria Lopez', 'Smith, Alan'], 'Smith, Alan'],
    [['Maria Lopez', 'Alan'], 'Alan'],
    [['Maria Lopez', 'Alan S.'], 'Alan S.'],
    [['Maria Lopez', 'Al'], 'Al'],
    [['Maria Lopez', 'Ken Ito'], null],
    [[], null]
  ])('%j → %j', (speakers, expected) => {
    expect(guessRepSpeaker(speakers, rep)).toBe(expected)
  })

  it('ignores accents and case, and prefers the full name to a first name', () => {
    expect(guessRepSpeaker(['Jose', 'José Álvarez'], { name: 'Jose Alvarez' })).toBe('José Álvarez')
    expect(guessRepSpeaker(['Dr. Zoë Brandt'], { name: 'zoe brandt' })).toBe('Dr. Zoë Brandt')
  })

  it('guesses nobody when two speakers match equally well', () => {
    expect(guessRepSpeaker(['Alan Jones', 'Alan Brown'], rep)).toBeNull()
    expect(guessRepSpeaker(['Alan Jones', 'Alan Smith'], rep)).toBe('Alan Smith')
  })
})

describe('typicalRange', () => {
  it('is null with fewer than three earlier values', () => {
    expect(typicalRange([])).toBeNull()
    expect(typicalRange([0.4, 0.5])).toBeNull()
    expect(typicalRange([0.4, Number.NaN, 0.5])).toBeNull()
  })

  it('is the middle half (25th–75th percentile, interpolated)', () => {
    // Sorted 1..5: the 25th percentile sits at position 1 (2), the 75th at position 3 (4).
    expect(typicalRange([5, 1, 4, 2, 3])).toEqual({ low: 2, high: 4, count: 5 })
    // Sorted 10, 20, 30, 40: positions 0.75 and 2.25 → 17.5 and 32.5.
    expect(typicalRange([40, 10, 30, 20])).toEqual({ low: 17.5, high: 32.5, count: 4 })
    expect(typicalRange([0.3, 0.3, 0.3])).toEqual({ low: 0.3, high: 0.3, count: 3 })
  })
})
