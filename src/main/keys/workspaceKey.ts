import { randomBytes } from 'node:crypto'
import { chmod, link, mkdir, open, readFile, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import type { WorkspaceKeyResult } from '@shared/ipc/contract'
import { UserFacingError, describeFsError } from '../ipc/errors'

/**
 * The workspace key: 32 random bytes made once per computer, kept in `<userData>/workspace.key`
 * encrypted by the operating system's keychain (Electron `safeStorage`). Automatic backups and
 * private text at rest are encrypted with it. The file holds `safeStorage.encryptString` of the
 * key's base64; the folder is 0700 and the file 0600.
 *
 * A key file that exists but cannot be decrypted is never replaced: every backup and note
 * encrypted with the old key would be lost. The person gets a sentence instead.
 */

export const WORKSPACE_KEY_FILE = 'workspace.key'
export const WORKSPACE_KEY_BYTES = 32

/** The part of Electron's safeStorage the key needs; `safeStorage` itself satisfies it. */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean
  encryptString(plainText: string): Buffer
  decryptString(encrypted: Buffer): string
  /** Linux only: 'basic_text' means no real keychain (a fixed password). */
  getSelectedStorageBackend?: () => string
}

export interface WorkspaceKeyDeps {
  /** `<userData>`: the key file is written here. */
  directory: string
  safeStorage: SafeStorageLike
  /** `process.platform`; the storage backend is asked on Linux only. */
  platform: string
  /** 32 random bytes; tests may pass their own. */
  random?: (size: number) => Uint8Array
  log?: (message: string, error?: unknown) => void
}

export const KEYCHAIN_UNAVAILABLE_REASON =
  'This computer’s keychain is not available to Fieldbook, so it cannot keep an encryption key ' +
  'for this workspace.'

export const UNREADABLE_KEY_MESSAGE =
  'Fieldbook could not open its encryption key (workspace.key in the data folder) with this ' +
  'computer’s keychain. It was left untouched, because replacing it would make every backup ' +
  'and private note encrypted with it unreadable. Sign in to the same system account, or ' +
  'restore from a backup saved “to take elsewhere” with a passphrase.'

function errorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : ''
}

function protectionOf(deps: WorkspaceKeyDeps): 'keychain' | 'basic_text' {
  if (deps.platform !== 'linux') return 'keychain'
  try {
    return deps.safeStorage.getSelectedStorageBackend?.() === 'basic_text'
      ? 'basic_text'
      : 'keychain'
  } catch {
    return 'keychain'
  }
}

/** The base64 of exactly 32 bytes, or null. */
function keyFromBase64(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9+/]{43}=$/.test(text)) return null
  const bytes = new Uint8Array(Buffer.from(text, 'base64'))
  return bytes.byteLength === WORKSPACE_KEY_BYTES ? bytes : null
}

async function readKeyFile(path: string): Promise<Buffer | null> {
  try {
    return await readFile(path)
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null
    throw new UserFacingError(
      `Fieldbook could not read its encryption key (${WORKSPACE_KEY_FILE} in the data folder).`
    )
  }
}

/**
 * Writes the whole file under a temporary name (0600, flushed), then links it to `path`: the key
 * file appears complete or not at all, and an existing one is never replaced (false then).
 */
async function writeOnce(path: string, bytes: Uint8Array): Promise<boolean> {
  const tempPath = `${path}.${randomBytes(6).toString('hex')}.tmp`
  const handle = await open(tempPath, 'wx', 0o600)
  try {
    try {
      await handle.writeFile(bytes)
      await handle.sync()
    } finally {
      await handle.close()
    }
    await chmod(tempPath, 0o600)
    await link(tempPath, path)
    return true
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return false
    throw error
  } finally {
    await unlink(tempPath).catch(() => undefined)
  }
}

/**
 * Reads the key, or makes it on first use. Calls share one promise, so two windows asking at
 * once never make two keys. A failure is not remembered: the next call tries again.
 */
export function createWorkspaceKey(deps: WorkspaceKeyDeps): {
  get(): Promise<WorkspaceKeyResult>
  handlers: { 'keys:workspace': (input: undefined) => Promise<WorkspaceKeyResult> }
} {
  const random = deps.random ?? ((size: number) => new Uint8Array(randomBytes(size)))
  const log = deps.log ?? ((message, error) => console.error(message, error))
  const path = join(deps.directory, WORKSPACE_KEY_FILE)
  let pending: Promise<WorkspaceKeyResult> | null = null

  async function load(): Promise<WorkspaceKeyResult> {
    if (!deps.safeStorage.isEncryptionAvailable()) {
      return { key: null, reason: KEYCHAIN_UNAVAILABLE_REASON }
    }
    const protection = protectionOf(deps)
    const stored = await readKeyFile(path)
    if (stored !== null) {
      let key: Uint8Array | null = null
      try {
        key = keyFromBase64(deps.safeStorage.decryptString(stored))
      } catch (error) {
        log('Could not decrypt the workspace key', error)
      }
      if (!key) throw new UserFacingError(UNREADABLE_KEY_MESSAGE)
      return { key, protection }
    }
    const key = random(WORKSPACE_KEY_BYTES)
    if (key.byteLength !== WORKSPACE_KEY_BYTES) throw new Error('The random key has a wrong size')
    const encrypted = deps.safeStorage.encryptString(Buffer.from(key).toString('base64'))
    let written: boolean
    try {
      await mkdir(deps.directory, { recursive: true, mode: 0o700 })
      if (deps.platform !== 'win32') await chmod(deps.directory, 0o700)
      written = await writeOnce(path, encrypted)
    } catch (error) {
      throw new UserFacingError(describeFsError(error, 'save its encryption key', path))
    }
    if (!written) {
      // Another Fieldbook made the key a moment ago: use that one, never replace it.
      return load()
    }
    return { key, protection }
  }

  function get(): Promise<WorkspaceKeyResult> {
    if (!pending) {
      pending = load()
      pending.catch(() => {
        pending = null
      })
    }
    return pending
  }

  return { get, handlers: { 'keys:workspace': () => get() } }
}
