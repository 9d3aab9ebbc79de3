/** The rule for a backup's passphrase: long enough, and typed the same twice. */

export const MIN_PASSPHRASE_LENGTH = 10

/** What is wrong with the passphrase typed twice, in the manager's words; null when it is fine. */
export function passphraseProblem(first: string, second: string): string | null {
  const length = [...first].length
  if (length < MIN_PASSPHRASE_LENGTH) {
    return `The passphrase needs at least ${MIN_PASSPHRASE_LENGTH} characters (it has ${length}). A few unrelated words are easy to remember.`
  }
  if (first !== second) return 'The two passphrases are not the same. Type it again in both boxes.'
  return null
}
