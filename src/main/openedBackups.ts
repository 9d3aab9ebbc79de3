import { extname } from 'node:path'
import { BACKUP_FILE_EXTENSION } from '@shared/backup/format'
import type { OpenedBackupFile } from '@shared/ipc/contract'
import { UserFacingError } from './ipc/errors'
import type { PickedFile } from './ipc/pickedFile'

/**
 * .fieldbook files the system opens Fieldbook with: a double-click (Windows and Linux pass the
 * path on the command line, to the first or to the running instance; macOS sends 'open-file').
 * Main reads the file (the person chose it, as in a dialog) and keeps it until the page asks;
 * the page then checks it and asks before restoring anything.
 */

/** The .fieldbook path among a launch's arguments, or null (flags and other files are ignored). */
export function backupPathFromArgv(argv: readonly string[]): string | null {
  const paths = argv
    .slice(1)
    .filter(
      (arg) => !arg.startsWith('-') && extname(arg).toLowerCase() === `.${BACKUP_FILE_EXTENSION}`
    )
  return paths.at(-1) ?? null
}

export interface OpenedBackupsDeps {
  read(path: string): Promise<PickedFile>
  /** Tells the page a file is waiting (the page may not be listening yet: it also asks at start). */
  notify(): void
  log?: (message: string, error?: unknown) => void
}

export function createOpenedBackups(deps: OpenedBackupsDeps) {
  let pending: OpenedBackupFile | null = null
  return {
    /** Reads the file and keeps it (a newer one replaces one not yet taken). */
    async offer(path: string): Promise<void> {
      const name = path.split(/[\\/]/).at(-1) ?? path
      try {
        const file = await deps.read(path)
        pending = { name: file.name, bytes: file.bytes }
      } catch (error) {
        const message =
          error instanceof UserFacingError ? error.message : `“${name}” could not be read.`
        ;(deps.log ?? console.error)(`Could not read the opened backup ${name}`, error)
        pending = { name, error: message }
      }
      deps.notify()
    },
    handlers: {
      'backup:takeOpened': async (_input: undefined): Promise<OpenedBackupFile | null> => {
        const file = pending
        pending = null
        return file
      }
    }
  }
}
