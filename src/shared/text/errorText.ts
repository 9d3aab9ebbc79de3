/** What went wrong, in the words the error carries (for a status message). */
export const errorText = (error: unknown): string =>
  error instanceof Error ? error.message : String(error)
