import { ValidationError } from '@shared/validation'

/**
 * Edits carry the revision of the record as the form loaded it (its `updatedAt`); the repository
 * compares it with the stored one inside its write transaction and refuses a stale edit instead
 * of overwriting a change made meanwhile (issue 17, item 7).
 */
export class StaleEditError extends ValidationError {
  constructor(what: string, pronoun: 'it' | 'them' = 'it') {
    super(
      `${what} ${pronoun === 'it' ? 'was' : 'were'} changed in another window after you opened ${pronoun}. ` +
        'Your edit was not saved — reload to see the latest and make it again.'
    )
    this.name = 'StaleEditError'
  }
}

/** Throws StaleEditError when the form loaded another revision than the one stored. */
export function checkRevision(
  what: string,
  stored: { updatedAt: string },
  loadedAt: string | undefined
): void {
  if (loadedAt !== undefined && stored.updatedAt !== loadedAt) throw new StaleEditError(what)
}
