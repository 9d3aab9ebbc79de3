import {
  mkdir,
  mkdtemp,
  open,
  readFile,
  readdir,
  rename,
  rm,
  symlink,
  unlink,
  writeFile
} from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  BackupReadInput,
  BackupStoreInput,
  MAX_BACKUP_BYTES,
  type IpcResponse,
  type StoredBackup
} from '@shared/ipc/contract'
import {
  NOT_A_BACKUP_MESSAGE,
  NO_SUCH_BACKUP_MESSAGE,
  createBackupHandlers,
  listBackups,
  type BackupHandlerDeps
} from '../../../src/main/backup/handlers'
import { backupFileName, parseBackupFileName } from '../../../src/main/backup/names'
import type { AtomicWriteFs } from '../../../src/main/ipc/files'
import {
  registerHandlers,
  type IpcHandlers,
  type InvokeEventLike,
  type IpcMainLike
} from '../../../src/main/ipc/register'
import { APP_ORIGIN, isTrustedUrl } from '../../../src/main/security'

let root: string
let dir: string

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'fieldbook-backups-'))
  dir = join(root, 'userData', 'backups')
})

afterEach(async () => {
  await rm(root, { recursive: true, force: true })
})

/** A clock that moves one minute forward each time it is read. */
function steppingClock(start = '2026-11-23T15:04:05.123Z', stepMs = 60_000) {
  let t = Date.parse(start)
  return {
    now: () => {
      const d = new Date(t)
      t += stepMs
      return d
    }
  }
}

function handlers(overrides: Partial<BackupHandlerDeps> = {}) {
  return createBackupHandlers({
    directory: dir,
    clock: steppingClock(),
    log: vi.fn(),
    ...overrides
  })
}

const json = (text: string) => new TextEncoder().encode(text)

describe('backup names', () => {
  it('makes names that parse back to the same time, reason and compression', () => {
    const at = new Date('2026-11-23T15:04:05.007Z')
    const name = backupFileName(at, 'beforeImport', true)
    expect(name).toBe('fieldbook-2026-11-23T15-04-05-007Z-beforeImport.json.gz')
    expect(parseBackupFileName(name)).toEqual({
      reason: 'beforeImport',
      createdAt: '2026-11-23T15:04:05.007Z',
      compressed: true
    })
    expect(parseBackupFileName(backupFileName(at, 'manual', false))).toMatchObject({
      reason: 'manual',
      compressed: false
    })
  })

  it.each([
    'notes.txt',
    'fieldbook-2026-11-23T15-04-05Z-manual.json',
    'fieldbook-2026-02-30T15-04-05-000Z-manual.json',
    'fieldbook-2026-11-23T25-04-05-000Z-manual.json',
    'fieldbook-2026-11-23T15-04-05-000Z-hourly.json',
    'fieldbook-2026-11-23T15-04-05-000Z-manual.json.bak',
    '.fieldbook-2026-11-23T15-04-05-000Z-manual.json.0123456789ab.tmp',
    '../fieldbook-2026-11-23T15-04-05-000Z-manual.json',
    'fieldbook-2026-11-23T15-04-05-000Z-manual.json\n'
  ])('does not take %j for a backup', (name) => {
    expect(parseBackupFileName(name)).toBeNull()
  })
})

describe('backup:store, backup:list, backup:read', () => {
  it('round-trips: store → list → read, in a folder it creates', async () => {
    const h = handlers()
    const plain = json('{"format":"fieldbook-backup"}')
    const gz = new Uint8Array([0x1f, 0x8b, 8, 0, 1, 2, 3])
    const first = await h['backup:store']({
      reason: 'beforeImport',
      bytes: plain,
      keep: 10,
      compressed: false
    })
    const second = await h['backup:store']({
      reason: 'scheduled',
      bytes: gz,
      keep: 10,
      compressed: true
    })
    expect(first).toEqual({
      id: 'fieldbook-2026-11-23T15-04-05-123Z-beforeImport.json',
      reason: 'beforeImport',
      size: plain.byteLength,
      createdAt: '2026-11-23T15:04:05.123Z',
      compressed: false
    })
    expect(second.id).toBe('fieldbook-2026-11-23T15-05-05-123Z-scheduled.json.gz')

    const listed = await h['backup:list'](undefined)
    expect(listed).toEqual([second, first])
    expect(await readFile(join(dir, first.id))).toEqual(Buffer.from(plain))

    const back = await h['backup:read']({ id: second.id })
    expect(back.id).toBe(second.id)
    expect([...back.bytes]).toEqual([...gz])
    // Only the two backups: no temporary file is left behind.
    expect((await readdir(dir)).sort()).toEqual([first.id, second.id].sort())
  })

  it('lists nothing when the folder does not exist yet', async () => {
    await expect(handlers()['backup:list'](undefined)).resolves.toEqual([])
  })

  it('lists only regular files with a backup name, newest first', async () => {
    await mkdir(dir, { recursive: true })
    const older = 'fieldbook-2026-01-01T00-00-00-000Z-manual.json'
    const newer = 'fieldbook-2026-06-01T00-00-00-000Z-beforeUpgrade.json.gz'
    await writeFile(join(dir, older), '{}')
    await writeFile(join(dir, newer), 'gz')
    await writeFile(join(dir, 'notes.txt'), 'mine')
    await writeFile(join(dir, 'fieldbook-export.json'), '{}')
    await mkdir(join(dir, 'fieldbook-2026-07-01T00-00-00-000Z-manual.json'))
    await writeFile(join(root, 'secret.json'), 'secret')
    await symlink(
      join(root, 'secret.json'),
      join(dir, 'fieldbook-2026-08-01T00-00-00-000Z-manual.json')
    )
    const listed = await listBackups(dir)
    expect(listed.map((b) => b.id)).toEqual([newer, older])
    expect(listed[0]).toEqual({
      id: newer,
      reason: 'beforeUpgrade',
      size: 2,
      createdAt: '2026-06-01T00:00:00.000Z',
      compressed: true
    })
  })

  it('gives two backups in the same millisecond different names', async () => {
    const h = handlers({ clock: { now: () => new Date('2026-11-23T15:04:05.123Z') } })
    const input = { reason: 'manual' as const, bytes: json('{}'), keep: 5, compressed: false }
    const [a, b] = await Promise.all([h['backup:store'](input), h['backup:store'](input)])
    expect(a?.id).toBe('fieldbook-2026-11-23T15-04-05-123Z-manual.json')
    expect(b?.id).toBe('fieldbook-2026-11-23T15-04-05-124Z-manual.json')
    expect(await listBackups(dir)).toHaveLength(2)
  })
})

describe('rotation', () => {
  it('keeps exactly the N newest automatic backups and never touches other files', async () => {
    await mkdir(dir, { recursive: true })
    const manual = 'fieldbook-2020-01-01T00-00-00-000Z-manual.json'
    await writeFile(join(dir, manual), '{}')
    await writeFile(join(dir, 'notes.txt'), 'keep me')
    await writeFile(join(dir, 'fieldbook-old-style.json'), '{}')
    const h = handlers()
    const reasons = [
      'scheduled',
      'beforeImport',
      'beforeUpgrade',
      'scheduled',
      'scheduled'
    ] as const
    const stored: StoredBackup[] = []
    for (const reason of reasons) {
      stored.push(
        await h['backup:store']({ reason, bytes: json('{}'), keep: 3, compressed: false })
      )
    }
    const names = await readdir(dir)
    const automatic = (await listBackups(dir)).filter((b) => b.reason !== 'manual')
    expect(automatic.map((b) => b.id)).toEqual(
      stored
        .slice(-3)
        .reverse()
        .map((b) => b.id)
    )
    expect(names).toEqual(expect.arrayContaining([manual, 'notes.txt', 'fieldbook-old-style.json']))
    expect(names).toHaveLength(6)
  })

  it('does not count or remove manual backups, and keep: 1 keeps only the new one', async () => {
    const h = handlers()
    const store = (reason: 'manual' | 'scheduled', keep: number) =>
      h['backup:store']({ reason, bytes: json('{}'), keep, compressed: false })
    await store('scheduled', 10)
    await store('scheduled', 10)
    const manual = await store('manual', 1)
    // A manual store with keep 1 leaves one automatic backup (the newest).
    expect((await listBackups(dir)).map((b) => b.reason)).toEqual(['manual', 'scheduled'])
    const latest = await store('scheduled', 1)
    expect((await listBackups(dir)).map((b) => b.id)).toEqual([latest.id, manual.id])
  })

  it('keeps the new backup even when the clock went back in time', async () => {
    await mkdir(dir, { recursive: true })
    const future = 'fieldbook-2030-01-01T00-00-00-000Z-scheduled.json'
    await writeFile(join(dir, future), '{}')
    const stored = await handlers()['backup:store']({
      reason: 'scheduled',
      bytes: json('{}'),
      keep: 1,
      compressed: false
    })
    expect((await listBackups(dir)).map((b) => b.id)).toEqual([stored.id])
  })
})

describe('atomic write', () => {
  const nodeFs: AtomicWriteFs = { open, rename, unlink }

  it('leaves no partial file when the write fails halfway', async () => {
    const fs: AtomicWriteFs = {
      ...nodeFs,
      open: async (path, flags, mode) => {
        const handle = await open(path, flags, mode)
        return {
          writeFile: async (data: Uint8Array) => {
            await handle.writeFile(data.subarray(0, 3))
            throw Object.assign(new Error('no space'), { code: 'ENOSPC' })
          },
          sync: () => handle.sync(),
          close: () => handle.close()
        }
      }
    }
    const h = handlers({ fs })
    await expect(
      h['backup:store']({ reason: 'manual', bytes: json('{"a":1}'), keep: 3, compressed: false })
    ).rejects.toThrow(/could not save the backup “fieldbook-.*-manual\.json”: the disk is full\./)
    expect(await readdir(dir)).toEqual([])
  })

  it('leaves no file when the final rename fails, and keeps the older backups', async () => {
    const ok = handlers()
    const kept = await ok['backup:store']({
      reason: 'scheduled',
      bytes: json('{}'),
      keep: 1,
      compressed: false
    })
    const failing = handlers({
      clock: steppingClock('2026-12-01T00:00:00.000Z'),
      fs: {
        ...nodeFs,
        rename: async () => {
          throw Object.assign(new Error('denied'), { code: 'EACCES' })
        }
      }
    })
    await expect(
      failing['backup:store']({
        reason: 'scheduled',
        bytes: json('{}'),
        keep: 1,
        compressed: false
      })
    ).rejects.toThrow('permission was denied')
    expect(await readdir(dir)).toEqual([kept.id])
  })

  it('refuses content over the cap without writing', async () => {
    const h = handlers({ maxBytes: 4 })
    await expect(
      h['backup:store']({ reason: 'manual', bytes: json('{"ab":1}'), keep: 3, compressed: false })
    ).rejects.toThrow('larger than Fieldbook can read back')
    await expect(listBackups(dir)).resolves.toEqual([])
  })
})

describe('backup:read refuses anything but a listed backup', () => {
  it.each([
    '../x',
    '../fieldbook-2026-11-23T15-04-05-123Z-manual.json',
    '..\\fieldbook-2026-11-23T15-04-05-123Z-manual.json',
    '/etc/passwd',
    'C:\\Windows\\win.ini',
    'fieldbook-2026-11-23T15-04-05-123Z-manual.json\0.txt',
    'notes.txt',
    ''
  ])('%j: refused by the contract and by the handler', async (id) => {
    expect(BackupReadInput.safeParse({ id }).success).toBe(false)
    await expect(handlers()['backup:read']({ id })).rejects.toThrow(NOT_A_BACKUP_MESSAGE)
  })

  it('refuses a well-formed id that is not in the folder', async () => {
    const h = handlers()
    await expect(
      h['backup:read']({ id: 'fieldbook-2026-11-23T15-04-05-123Z-manual.json' })
    ).rejects.toThrow(NO_SUCH_BACKUP_MESSAGE)
  })

  it('does not follow a link that has a backup’s name', async () => {
    await mkdir(dir, { recursive: true })
    await writeFile(join(root, 'secret.json'), 'secret')
    const id = 'fieldbook-2026-08-01T00-00-00-000Z-manual.json'
    await symlink(join(root, 'secret.json'), join(dir, id))
    await expect(handlers()['backup:read']({ id })).rejects.toThrow(NO_SUCH_BACKUP_MESSAGE)
  })
})

describe('backup:store input (contract)', () => {
  const base = { reason: 'scheduled', bytes: json('{}'), keep: 10, compressed: false }

  it('accepts a valid request and refuses unknown keys such as a path', () => {
    expect(BackupStoreInput.safeParse(base).success).toBe(true)
    expect(BackupStoreInput.safeParse({ ...base, path: '/tmp/x.json' }).success).toBe(false)
    expect(BackupStoreInput.safeParse({ ...base, name: 'x.json' }).success).toBe(false)
  })

  it('refuses content over 200 MB', () => {
    const huge = new Uint8Array(1)
    Object.defineProperty(huge, 'byteLength', { value: MAX_BACKUP_BYTES + 1 })
    const result = BackupStoreInput.safeParse({ ...base, bytes: huge })
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.message).toContain('larger than 200 MB')
  })
})

describe('backup:revealFolder', () => {
  it('creates the folder and opens it', async () => {
    const openFolder = vi.fn(async () => '')
    await expect(handlers({ openFolder })['backup:revealFolder'](undefined)).resolves.toEqual({
      opened: true
    })
    expect(openFolder).toHaveBeenCalledWith(dir)
    expect(await readdir(dir)).toEqual([])
  })

  it('answers a readable error when the file manager fails, and false without one', async () => {
    const h = handlers({ openFolder: async () => 'No application is associated' })
    await expect(h['backup:revealFolder'](undefined)).rejects.toThrow(
      'could not open the backups folder'
    )
    await expect(handlers()['backup:revealFolder'](undefined)).resolves.toEqual({ opened: false })
  })
})

type Listener = (event: InvokeEventLike, ...args: unknown[]) => unknown

/** Main's real IPC path (sender check → zod → handler) around the real backup handlers. */
function viaIpc() {
  const registered = new Map<string, Listener>()
  const ipcMain: IpcMainLike = { handle: (channel, listener) => registered.set(channel, listener) }
  const unused = async (): Promise<never> => {
    throw new Error('not used here')
  }
  const all: IpcHandlers = {
    'file:open': unused,
    'file:save': unused,
    'export:document': unused,
    'app:info': unused,
    'shell:openExternal': unused,
    'import:read': unused,
    'import:cancel': unused,
    'reminders:schedule': unused,
    'backup:takeOpened': unused,
    'transcript:read': unused,
    'transcript:cancel': unused,
    ...handlers()
  }
  const log = vi.fn()
  registerHandlers(ipcMain, all, { isTrustedSender: (url) => isTrustedUrl(url, [APP_ORIGIN]), log })
  const invoke = <T>(channel: string, raw?: unknown, frameUrl = 'app://fieldbook/index.html') => {
    const listener = registered.get(channel)
    if (!listener) throw new Error(`${channel} not registered`)
    return Promise.resolve(listener({ senderFrame: { url: frameUrl } }, raw)) as Promise<
      IpcResponse<T>
    >
  }
  return { invoke, log }
}

describe('backup channels through registerHandlers', () => {
  it('stores, lists and reads for the app’s own page', async () => {
    const { invoke } = viaIpc()
    const bytes = json('{"v":1}')
    const stored = await invoke<StoredBackup>('backup:store', {
      reason: 'beforeUpgrade',
      bytes,
      keep: 10,
      compressed: false
    })
    expect(stored).toMatchObject({
      ok: true,
      data: { reason: 'beforeUpgrade', size: bytes.byteLength }
    })
    const id = stored.ok ? stored.data.id : ''
    await expect(invoke<StoredBackup[]>('backup:list')).resolves.toMatchObject({
      ok: true,
      data: [{ id }]
    })
    const read = await invoke<{ id: string; bytes: Uint8Array }>('backup:read', { id })
    expect(read.ok && new TextDecoder().decode(read.data.bytes)).toBe('{"v":1}')
  })

  it('refuses every backup channel from another origin without touching the folder', async () => {
    const { invoke, log } = viaIpc()
    const refused = {
      ok: false,
      error: 'This request did not come from Fieldbook and was refused.'
    }
    const evil = 'https://evil.example/'
    await expect(
      invoke(
        'backup:store',
        { reason: 'manual', bytes: json('{}'), keep: 1, compressed: false },
        evil
      )
    ).resolves.toEqual(refused)
    await expect(invoke('backup:list', undefined, evil)).resolves.toEqual(refused)
    await expect(
      invoke('backup:read', { id: 'fieldbook-2026-11-23T15-04-05-123Z-manual.json' }, evil)
    ).resolves.toEqual(refused)
    await expect(invoke('backup:revealFolder', undefined, 'file:///tmp/x.html')).resolves.toEqual(
      refused
    )
    expect(log).toHaveBeenCalledTimes(4)
    await expect(readdir(dir)).rejects.toMatchObject({ code: 'ENOENT' })
  })

  it.each(['../x', '/etc/passwd', '..\\x', 'fieldbook-2026-11-23T15-04-05-123Z-manual.json\0'])(
    'refuses the hostile id %j with a message naming the field',
    async (id) => {
      const { invoke } = viaIpc()
      const response = await invoke('backup:read', { id })
      expect(response).toEqual({
        ok: false,
        error: 'Invalid request to backup:read: id: the name of a Fieldbook backup, not a path.'
      })
    }
  )
})
