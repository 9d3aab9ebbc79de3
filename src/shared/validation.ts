import type { z } from 'zod'

/** Turns a zod error into one sentence a person can act on: which record, which field, why. */
export function describeValidationError(what: string, error: z.ZodError): string {
  const parts = error.issues.slice(0, 5).map((issue) => {
    const path = issue.path.length ? issue.path.join('.') : '(record)'
    return `${path}: ${issue.message}`
  })
  const more = error.issues.length > 5 ? ` (and ${error.issues.length - 5} more)` : ''
  return `${what} is not valid — ${parts.join('; ')}${more}`
}

export class ValidationError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ValidationError'
  }
}
