import { describe, expect, it } from 'vitest'
import { linesOf } from '@shared/text/lines'

describe('linesOf', () => {
  it('gives one item a line, trimmed, without the blank lines', () => {
    expect(linesOf('  Price \n\n Timing\n   \nBudget')).toEqual(['Price', 'Timing', 'Budget'])
  })

  it('gives nothing for an empty box', () => {
    expect(linesOf('')).toEqual([])
  })
})
