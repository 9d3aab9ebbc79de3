import { mkdtemp, readFile, readdir, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import {
  KEYCHAIN_UNAVAILABLE_REASON,
  UNREADABLE_KEY_MESSAGE,
  WORKSPACE_KEY_FILE,
  createWorkspaceKey,
  type SafeStorageLike
} from '../../src/main/keys/workspaceKey'

/** safeStorage stand-in: "encrypts" by reversing and tagging, so the file never holds the key. */
function fakeSafeStorage(options: { available?: boolean; backend?: string } = {}) {
  const storage: SafeStorageLike & { encryptString: ReturnType<typeof vi.fn> } = {
    isEncryptionAvailable: () => options.available ?? true,
    encryptString: vi.fn((text: string) =>
      Buffer.from(`sealed:${[...text].reverse().join('')}`, 'utf8')
    ),
    decryptString: (encrypted: Buffer) => {
      const text = encrypted.toString('utf8')
      if (!text.startsWith('sealed:')) throw new Error('Error while decrypting the ciphertext')
      return [...text.slice('sealed:'.length)].reverse().join('')
    },
    getSelectedStorageBackend: () => options.backend ?? 'gnome_libsecret'
  }
  return storage
}

async function tempFolder(): Promise<string> {
  return join(await mkdtemp(join(tmpdir(), 'fieldbook-key-')), 'userData')
}

const mode = async (path: string) => (await stat(path)).mode & 0o777

describe('workspace key', () => {
  it('makes a 32-byte key once, keeps it 0600 in a 0700 folder, and reuses it', async () => {
    const directory = await tempFolder()
    const safeStorage = fakeSafeStorage()
    const first = createWorkspaceKey({ directory, safeStorage, platform: 'linux' })
    const made = await first.handlers['keys:workspace'](undefined)
    if (made.key === null) throw new Error(made.reason)
    expect(made.key.byteLength).toBe(32)
    expect(made.protection).toBe('keychain')
    expect(new Set(made.key).size).toBeGreaterThan(8)

    const file = join(directory, WORKSPACE_KEY_FILE)
    expect(await mode(file)).toBe(0o600)
    expect(await mode(directory)).toBe(0o700)
    // The file holds what safeStorage sealed, not the key's base64.
    const base64 = Buffer.from(made.key).toString('base64')
    expect((await readFile(file, 'utf8')).includes(base64)).toBe(false)
    // No temporary file is left next to it.
    expect(await readdir(directory)).toEqual([WORKSPACE_KEY_FILE])

    // Same process again, and a fresh start of the app: the same key, not a new one.
    expect(await first.get()).toEqual(made)
    const again = await createWorkspaceKey({ directory, safeStorage, platform: 'linux' }).get()
    expect(again).toEqual(made)
    expect(safeStorage.encryptString).toHaveBeenCalledOnce()
  })

  it('makes only one key when two requests arrive at once', async () => {
    const directory = await tempFolder()
    const safeStorage = fakeSafeStorage()
    const keys = createWorkspaceKey({ directory, safeStorage, platform: 'darwin' })
    const [a, b] = await Promise.all([keys.get(), keys.get()])
    expect(a).toEqual(b)
    expect(safeStorage.encryptString).toHaveBeenCalledOnce()
  })

  it('says when Linux has no real keychain (basic_text)', async () => {
    const directory = await tempFolder()
    const keys = createWorkspaceKey({
      directory,
      safeStorage: fakeSafeStorage({ backend: 'basic_text' }),
      platform: 'linux'
    })
    const result = await keys.get()
    expect(result.key).not.toBeNull()
    expect('protection' in result && result.protection).toBe('basic_text')
  })

  it('gives no key, and the reason, when the keychain is unavailable', async () => {
    const directory = await tempFolder()
    const keys = createWorkspaceKey({
      directory,
      safeStorage: fakeSafeStorage({ available: false }),
      platform: 'linux'
    })
    expect(await keys.get()).toEqual({ key: null, reason: KEYCHAIN_UNAVAILABLE_REASON })
    await expect(readdir(directory)).rejects.toMatchObject({ code: 'ENOENT' })
  })

  it('refuses a key file it cannot decrypt and leaves it untouched', async () => {
    const directory = await tempFolder()
    const first = await createWorkspaceKey({
      directory,
      safeStorage: fakeSafeStorage(),
      platform: 'win32'
    }).get()
    expect(first.key).not.toBeNull()
    const file = join(directory, WORKSPACE_KEY_FILE)
    const before = await readFile(file)

    // Another account's keychain: decryptString throws.
    const otherKeychain = fakeSafeStorage()
    otherKeychain.decryptString = () => {
      throw new Error('Error while decrypting the ciphertext provided to safeStorage')
    }
    const log = vi.fn()
    const keys = createWorkspaceKey({
      directory,
      safeStorage: otherKeychain,
      platform: 'win32',
      log
    })
    await expect(keys.get()).rejects.toThrow(UNREADABLE_KEY_MESSAGE)
    expect(otherKeychain.encryptString).not.toHaveBeenCalled()
    expect(await readFile(file)).toEqual(before)

    // A damaged file (decrypts to something that is not a 32-byte key) is refused the same way.
    await writeFile(file, 'sealed:short')
    await expect(
      createWorkspaceKey({ directory, safeStorage: fakeSafeStorage(), platform: 'win32' }).get()
    ).rejects.toThrow(UNREADABLE_KEY_MESSAGE)
    expect(await readFile(file, 'utf8')).toBe('sealed:short')
  })

  it('answers through IPC as { key, protection } with the key as bytes', async () => {
    const directory = await tempFolder()
    const keys = createWorkspaceKey({
      directory,
      safeStorage: fakeSafeStorage(),
      platform: 'linux',
      random: (size) => new Uint8Array(size).fill(7)
    })
    const result = await keys.handlers['keys:workspace'](undefined)
    expect(result).toEqual({ key: new Uint8Array(32).fill(7), protection: 'keychain' })
    expect(result.key).toBeInstanceOf(Uint8Array)
  })
})
