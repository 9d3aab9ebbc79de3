import { describe, expect, it } from 'vitest'
import { CalendarDate } from '@shared/domain'

describe('CalendarDate', () => {
  it.each(['2026-02-28', '2024-02-29', '2026-12-31', '2026-01-01'])('accepts %s', (d) => {
    expect(CalendarDate.safeParse(d).success).toBe(true)
  })
  it.each(['2026-02-30', '2025-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '26-01-01'])(
    'refuses %s',
    (d) => {
      expect(CalendarDate.safeParse(d).success).toBe(false)
    }
  )
})
