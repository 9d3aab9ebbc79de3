/**
 * An error whose message is written for the person using the app ("That file is larger than
 * 200 MB…"). The IPC helper passes these through; any other error becomes a generic sentence
 * and is logged, so stack traces and file-system internals never reach the renderer.
 */
export class UserFacingError extends Error {
  override readonly name = 'UserFacingError'
}

/** Readable sentence for common file-system failures. */
export function describeFsError(error: unknown, action: string, fileName: string): string {
  const code =
    typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : ''
  const reason: Record<string, string> = {
    ENOENT: 'the file or folder no longer exists',
    EACCES: 'permission was denied',
    EPERM: 'the operating system did not allow it',
    EISDIR: 'it is a folder, not a file',
    ENOSPC: 'the disk is full',
    EROFS: 'the disk is read-only',
    EBUSY: 'the file is in use by another program',
    EMFILE: 'too many files are open'
  }
  const because = reason[code] ?? 'an unexpected error occurred'
  return `Fieldbook could not ${action} “${fileName}”: ${because}.`
}
