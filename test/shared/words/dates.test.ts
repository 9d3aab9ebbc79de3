import { describe, expect, it } from 'vitest'
import { writeDaysIn } from '@shared/words'

describe('days the app wrote into its own notes', () => {
  it('are rewritten in the locale’s form, and nothing else in the note changes', () => {
    expect(writeDaysIn('21 activities logged 2026-09-30 to 2026-10-06 (7 days)')).toBe(
      '21 activities logged Sep 30, 2026 to Oct 6, 2026 (7 days)'
    )
    expect(writeDaysIn('logged 2026-09-30', 'en-GB')).toBe('logged 30 Sept 2026')
    expect(writeDaysIn('order 12026-09-301 and 2026-9-3')).toBe('order 12026-09-301 and 2026-9-3')
  })
})
