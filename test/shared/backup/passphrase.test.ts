import { describe, expect, it } from 'vitest'
import { MIN_PASSPHRASE_LENGTH, passphraseProblem } from '../../../src/shared/backup'

describe('backup passphrase rule', () => {
  it('asks for at least 10 characters, counting each character once', () => {
    expect(MIN_PASSPHRASE_LENGTH).toBe(10)
    expect(passphraseProblem('short', 'short')).toBe(
      'The passphrase needs at least 10 characters (it has 5). A few unrelated words are easy to remember.'
    )
    // Nine emoji are nine characters, not eighteen UTF-16 units.
    expect(passphraseProblem('🙂'.repeat(9), '🙂'.repeat(9))).toMatch(/it has 9/)
    expect(passphraseProblem('🙂'.repeat(10), '🙂'.repeat(10))).toBeNull()
  })

  it('asks for the same passphrase twice', () => {
    expect(passphraseProblem('river stone lamp', 'river stone lamb')).toMatch(/not the same/)
    expect(passphraseProblem('river stone lamp', 'river stone lamp')).toBeNull()
  })
})
