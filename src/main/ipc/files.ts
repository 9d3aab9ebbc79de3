import { randomBytes } from 'node:crypto'
import { open, rename, unlink } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import type { ChannelParsedInput, FileFilter, OpenedFile, SavedFile } from '@shared/ipc/contract'
import { UserFacingError, describeFsError } from './errors'
import { MAX_OPEN_BYTES, readPickedFile } from './pickedFile'

/**
 * file:open and file:save. Main opens every dialog and only touches paths the user picked in
 * it; the renderer sends content and a suggested file name, never a path.
 */

export { MAX_OPEN_BYTES } from './pickedFile'

export interface OpenDialogOptionsLike {
  title?: string
  defaultPath?: string
  filters?: FileFilter[]
  properties: 'openFile'[]
}
export interface SaveDialogOptionsLike {
  title?: string
  defaultPath: string
  filters?: FileFilter[]
}

/** Electron's dialog, bound to the main window by the caller. */
export interface FileDialogs {
  showOpenDialog(
    options: OpenDialogOptionsLike
  ): Promise<{ canceled: boolean; filePaths: string[] }>
  showSaveDialog(options: SaveDialogOptionsLike): Promise<{ canceled: boolean; filePath?: string }>
}

export interface FileHandlerDeps {
  dialogs: FileDialogs
  /** Where the first dialog opens (the user's Documents folder). */
  defaultDirectory: string
  maxOpenBytes?: number
}

export interface FileHandlers {
  'file:open': (input: ChannelParsedInput<'file:open'>) => Promise<OpenedFile>
  'file:save': (input: ChannelParsedInput<'file:save'>) => Promise<SavedFile>
}

export function createFileHandlers(deps: FileHandlerDeps): FileHandlers {
  const maxOpenBytes = deps.maxOpenBytes ?? MAX_OPEN_BYTES
  // The folder the user last used, so the next dialog opens there (per app session).
  let lastDirectory = deps.defaultDirectory

  async function openFile(input: ChannelParsedInput<'file:open'>): Promise<OpenedFile> {
    const choice = await deps.dialogs.showOpenDialog({
      title: input.title,
      defaultPath: lastDirectory,
      filters: input.filters.length > 0 ? input.filters : undefined,
      properties: ['openFile']
    })
    const filePath = choice.filePaths[0]
    if (choice.canceled || filePath === undefined) return { canceled: true }
    lastDirectory = dirname(filePath)
    const { name, bytes } = await readPickedFile(filePath, maxOpenBytes)
    if (input.as === 'text') {
      // TextDecoder drops a UTF-8 BOM (common in Salesforce exports); bad bytes become U+FFFD.
      return {
        canceled: false,
        name,
        size: bytes.byteLength,
        text: new TextDecoder().decode(bytes)
      }
    }
    return { canceled: false, name, size: bytes.byteLength, bytes }
  }

  async function saveFile(input: ChannelParsedInput<'file:save'>): Promise<SavedFile> {
    const choice = await deps.dialogs.showSaveDialog({
      title: input.title,
      defaultPath: join(lastDirectory, input.suggestedName),
      filters: input.filters.length > 0 ? input.filters : undefined
    })
    if (choice.canceled || !choice.filePath) return { canceled: true }
    lastDirectory = dirname(choice.filePath)
    const name = basename(choice.filePath)
    try {
      await writeFileAtomically(choice.filePath, input.bytes)
    } catch (error) {
      throw new UserFacingError(describeFsError(error, 'save', name))
    }
    return { canceled: false, name, size: input.bytes.byteLength }
  }

  return { 'file:open': openFile, 'file:save': saveFile }
}

/** The file handle operations an atomic write uses; Node's FileHandle satisfies it. */
export interface WritableFileHandle {
  /** Node's FileHandle has it: the mode is set again after create, whatever the umask did. */
  chmod?(mode: number): Promise<void>
  writeFile(data: Uint8Array): Promise<void>
  sync(): Promise<void>
  close(): Promise<void>
}

/** The file-system calls an atomic write makes; tests pass failing ones. */
export interface AtomicWriteFs {
  open(path: string, flags: 'wx', mode: number): Promise<WritableFileHandle>
  rename(from: string, to: string): Promise<void>
  unlink(path: string): Promise<void>
}

const nodeAtomicWriteFs: AtomicWriteFs = { open, rename, unlink }

/**
 * Writes to a temporary file in the same folder, flushes it, then renames it over the target:
 * a crash or full disk leaves the old file intact instead of a half-written one. The temporary
 * name starts with a dot and ends in `.tmp`, so it never looks like the target's kind of file.
 * The file is created 0600 (the umask can only narrow that) and stays 0600 once renamed.
 */
export async function writeFileAtomically(
  filePath: string,
  bytes: Uint8Array,
  fs: AtomicWriteFs = nodeAtomicWriteFs
): Promise<void> {
  const tempPath = join(
    dirname(filePath),
    `.${basename(filePath)}.${randomBytes(6).toString('hex')}.tmp`
  )
  // Readable by this account only: backups, exports and their temporary files (0600).
  const handle = await fs.open(tempPath, 'wx', 0o600)
  try {
    try {
      await handle.chmod?.(0o600)
      await handle.writeFile(bytes)
      await handle.sync()
    } finally {
      await handle.close()
    }
    await fs.rename(tempPath, filePath)
  } catch (error) {
    await fs.unlink(tempPath).catch(() => undefined)
    throw error
  }
}
