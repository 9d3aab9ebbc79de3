import { chmod, lstat, mkdir, readdir, unlink } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { isEnvelope } from '@shared/backup/envelope'
import {
  BACKUP_FILE_PATTERN,
  BACKUP_POOLS,
  MAX_BACKUP_BYTES,
  type BackupContent,
  type ChannelParsedInput,
  type StoredBackup
} from '@shared/ipc/contract'
import { UserFacingError, describeFsError } from '../ipc/errors'
import { writeFileAtomically, type AtomicWriteFs } from '../ipc/files'
import { readPickedFile } from '../ipc/pickedFile'
import { backupFileName, isAutomaticReason, parseBackupFileName } from './names'

/**
 * backup:store, backup:list, backup:read and backup:revealFolder. Main never touches IndexedDB:
 * the renderer makes the backup's bytes and main keeps them in the app's backups folder
 * (`<userData>/backups`). Main makes every file name; the renderer only ever names a backup by
 * an id that list returned, and read opens only a file that list finds.
 */

export const NOT_A_BACKUP_MESSAGE = 'That is not the name of a Fieldbook backup.'
export const NOT_ENCRYPTED_MESSAGE =
  'Fieldbook keeps only encrypted backups in its backups folder; this one was not encrypted and was not saved.'
export const NO_SUCH_BACKUP_MESSAGE =
  'That backup is no longer in Fieldbook’s backups folder. Choose another one from the list.'

export interface BackupHandlerDeps {
  /** `<userData>/backups`; created on the first store (0700; every file in it 0600). */
  directory: string
  /** `process.platform`: file modes are set everywhere but Windows. */
  platform?: string
  clock: { now(): Date }
  /** The write's file-system calls; tests pass failing ones. */
  fs?: AtomicWriteFs
  /** Opens a folder in the file manager (Electron's `shell.openPath`: '' or an error text). */
  openFolder?: (path: string) => Promise<string>
  maxBytes?: number
  log?: (message: string, error?: unknown) => void
}

export interface BackupHandlers {
  'backup:store': (input: ChannelParsedInput<'backup:store'>) => Promise<StoredBackup>
  'backup:list': (input: undefined) => Promise<StoredBackup[]>
  'backup:read': (input: ChannelParsedInput<'backup:read'>) => Promise<BackupContent>
  'backup:revealFolder': (input: undefined) => Promise<{ opened: boolean }>
}

function errorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : ''
}

/** The backups in `directory`, newest first: regular files whose name is a backup name only. */
export async function listBackups(directory: string): Promise<StoredBackup[]> {
  let names: string[]
  try {
    names = await readdir(directory)
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return []
    throw new UserFacingError(describeFsError(error, 'read the backups folder', directory))
  }
  const backups: StoredBackup[] = []
  for (const name of names) {
    const parsed = parseBackupFileName(name)
    if (!parsed) continue
    // lstat: a link or a folder with a backup's name is not a backup.
    const info = await lstat(join(directory, name)).catch(() => null)
    if (!info?.isFile()) continue
    backups.push({ id: name, size: info.size, ...parsed })
  }
  return backups.sort((a, b) =>
    a.createdAt === b.createdAt ? b.id.localeCompare(a.id) : a.createdAt < b.createdAt ? 1 : -1
  )
}

export function createBackupHandlers(deps: BackupHandlerDeps): BackupHandlers {
  const { directory } = deps
  const maxBytes = deps.maxBytes ?? MAX_BACKUP_BYTES
  const log = deps.log ?? ((message, error) => console.error(message, error))
  // Stores run one at a time, so two in the same millisecond get different names and rotation
  // never races a write.
  let queue: Promise<unknown> = Promise.resolve()
  const privateModes = (deps.platform ?? process.platform) !== 'win32'

  /** The backups folder, readable by this account only (also when it existed before). */
  async function makePrivateFolder(): Promise<void> {
    await mkdir(directory, { recursive: true, mode: 0o700 })
    if (privateModes) await chmod(directory, 0o700)
  }

  /** A name no file has yet: the clock's millisecond, or the next free one after it. */
  async function freeName(input: ChannelParsedInput<'backup:store'>): Promise<string> {
    const taken = new Set(await readdir(directory))
    const start = deps.clock.now().getTime()
    for (let offset = 0; offset < 1000; offset++) {
      const name = backupFileName(new Date(start + offset), input.reason)
      if (!taken.has(name)) return name
    }
    throw new Error('No free backup name in the next second')
  }

  /**
   * Removes the oldest backups of the new one's pool beyond what that pool keeps (daily 14,
   * before import 10, before restore 10, before upgrade all); the new one always stays. Other
   * pools and manual backups are never touched.
   */
  async function rotate(newest: StoredBackup): Promise<void> {
    if (!isAutomaticReason(newest.reason)) return
    const keep = BACKUP_POOLS[newest.reason]
    if (keep === null) return
    const others = (await listBackups(directory)).filter(
      (b) => b.reason === newest.reason && b.id !== newest.id
    )
    for (const old of others.slice(Math.max(0, keep - 1))) {
      try {
        await unlink(join(directory, old.id))
      } catch (error) {
        // The backup was stored; an old one left behind is removed next time.
        if (errorCode(error) !== 'ENOENT') log(`Could not remove old backup ${old.id}`, error)
      }
    }
  }

  async function storeNow(input: ChannelParsedInput<'backup:store'>): Promise<StoredBackup> {
    if (input.bytes.byteLength > maxBytes) {
      throw new UserFacingError('This backup is larger than Fieldbook can read back (200 MB).')
    }
    if (!isEnvelope(input.bytes)) throw new UserFacingError(NOT_ENCRYPTED_MESSAGE)
    let name: string
    try {
      await makePrivateFolder()
      name = await freeName(input)
    } catch (error) {
      throw new UserFacingError(describeFsError(error, 'use the backups folder', directory))
    }
    try {
      await writeFileAtomically(join(directory, name), input.bytes, deps.fs)
      if (privateModes) await chmod(join(directory, name), 0o600)
    } catch (error) {
      throw new UserFacingError(describeFsError(error, 'save the backup', name))
    }
    const parsed = parseBackupFileName(name)
    if (!parsed) throw new Error(`Made a backup name that does not parse: ${name}`)
    const stored: StoredBackup = { id: name, size: input.bytes.byteLength, ...parsed }
    try {
      await rotate(stored)
    } catch (error) {
      log('Could not rotate backups', error)
    }
    return stored
  }

  function store(input: ChannelParsedInput<'backup:store'>): Promise<StoredBackup> {
    const result = queue.then(() => storeNow(input))
    queue = result.catch(() => undefined)
    return result
  }

  async function read({ id }: ChannelParsedInput<'backup:read'>): Promise<BackupContent> {
    // The contract already checked the id; this holds even for a caller that skipped it.
    if (basename(id) !== id || !BACKUP_FILE_PATTERN.test(id)) {
      throw new UserFacingError(NOT_A_BACKUP_MESSAGE)
    }
    const listed = await listBackups(directory)
    if (!listed.some((b) => b.id === id)) throw new UserFacingError(NO_SUCH_BACKUP_MESSAGE)
    const { bytes } = await readPickedFile(join(directory, id), maxBytes)
    return { id, bytes }
  }

  async function revealFolder(): Promise<{ opened: boolean }> {
    if (!deps.openFolder) return { opened: false }
    try {
      await makePrivateFolder()
    } catch (error) {
      throw new UserFacingError(describeFsError(error, 'create the backups folder', directory))
    }
    const problem = await deps.openFolder(directory)
    if (problem) {
      log(`Could not open the backups folder: ${problem}`)
      throw new UserFacingError(`Fieldbook could not open the backups folder (${directory}).`)
    }
    return { opened: true }
  }

  return {
    'backup:store': store,
    'backup:list': () => listBackups(directory),
    'backup:read': read,
    'backup:revealFolder': revealFolder
  }
}
