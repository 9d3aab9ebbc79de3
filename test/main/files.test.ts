import {
  chmod,
  mkdir,
  mkdtemp,
  open,
  readFile,
  readdir,
  rename,
  rm,
  stat,
  unlink,
  writeFile
} from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { SaveFileInput } from '@shared/ipc/contract'
import { UserFacingError } from '../../src/main/ipc/errors'
import { createFileHandlers, writeFileAtomically, type FileDialogs } from '../../src/main/ipc/files'

let dir: string

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'fieldbook-files-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

function dialogs(choice: { open?: string | null; save?: string | null }) {
  return {
    showOpenDialog: vi.fn<FileDialogs['showOpenDialog']>(async () =>
      choice.open
        ? { canceled: false, filePaths: [choice.open] }
        : { canceled: true, filePaths: [] }
    ),
    showSaveDialog: vi.fn<FileDialogs['showSaveDialog']>(async () =>
      choice.save ? { canceled: false, filePath: choice.save } : { canceled: true, filePath: '' }
    )
  }
}

describe('file:open', () => {
  it('returns the bytes, base name and size of the chosen file', async () => {
    const path = join(dir, 'deals.xlsx')
    await writeFile(path, new Uint8Array([0x50, 0x4b, 3, 4, 255]))
    const fake = dialogs({ open: path })
    const handlers = createFileHandlers({ dialogs: fake, defaultDirectory: '/docs' })
    const result = await handlers['file:open']({
      title: 'Import deals',
      filters: [{ name: 'Spreadsheets', extensions: ['xlsx', 'csv'] }],
      as: 'bytes'
    })
    expect(result).toEqual({
      canceled: false,
      name: 'deals.xlsx',
      size: 5,
      bytes: new Uint8Array([0x50, 0x4b, 3, 4, 255])
    })
    if (!result.canceled) expect(result.bytes?.buffer.byteLength).toBe(5)
    expect(fake.showOpenDialog).toHaveBeenCalledWith({
      title: 'Import deals',
      defaultPath: '/docs',
      filters: [{ name: 'Spreadsheets', extensions: ['xlsx', 'csv'] }],
      properties: ['openFile']
    })
  })

  it('returns UTF-8 text without the BOM when asked for text', async () => {
    const path = join(dir, 'opps.csv')
    await writeFile(path, '\uFEFFOpportunity Name,Amount\r\nAcme – Renewal,"$1,234.50"\r\n')
    const handlers = createFileHandlers({ dialogs: dialogs({ open: path }), defaultDirectory: dir })
    const result = await handlers['file:open']({ filters: [], as: 'text' })
    expect(result).toMatchObject({
      canceled: false,
      name: 'opps.csv',
      text: 'Opportunity Name,Amount\r\nAcme – Renewal,"$1,234.50"\r\n'
    })
    expect(result).not.toHaveProperty('bytes')
  })

  it('reports a canceled dialog', async () => {
    const handlers = createFileHandlers({ dialogs: dialogs({}), defaultDirectory: dir })
    await expect(handlers['file:open']({ filters: [], as: 'bytes' })).resolves.toEqual({
      canceled: true
    })
  })

  it('refuses a file over the size limit with a clear message', async () => {
    const path = join(dir, 'huge.csv')
    await writeFile(path, new Uint8Array(3 * 1024 * 1024))
    const handlers = createFileHandlers({
      dialogs: dialogs({ open: path }),
      defaultDirectory: dir,
      maxOpenBytes: 2 * 1024 * 1024
    })
    const attempt = handlers['file:open']({ filters: [], as: 'bytes' })
    await expect(attempt).rejects.toBeInstanceOf(UserFacingError)
    await expect(attempt).rejects.toThrow('“huge.csv” is 3 MB; Fieldbook opens files up to 2 MB.')
  })

  it('explains a file that vanished or is a folder', async () => {
    const gone = createFileHandlers({
      dialogs: dialogs({ open: join(dir, 'gone.csv') }),
      defaultDirectory: dir
    })
    await expect(gone['file:open']({ filters: [], as: 'text' })).rejects.toThrow(
      'Fieldbook could not open “gone.csv”: the file or folder no longer exists.'
    )
    await mkdir(join(dir, 'folder.csv'))
    const folder = createFileHandlers({
      dialogs: dialogs({ open: join(dir, 'folder.csv') }),
      defaultDirectory: dir
    })
    await expect(folder['file:open']({ filters: [], as: 'text' })).rejects.toThrow(
      '“folder.csv” is not a regular file.'
    )
  })
})

describe('file:save', () => {
  it('suggests the name in the default folder, writes the bytes and returns the size', async () => {
    const target = join(dir, 'PIP - Jordan.pdf')
    const fake = dialogs({ save: target })
    const handlers = createFileHandlers({ dialogs: fake, defaultDirectory: dir })
    const bytes = new TextEncoder().encode('%PDF-1.7 fieldbook')
    const result = await handlers['file:save']({
      suggestedName: 'PIP - Jordan.pdf',
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
      bytes
    })
    expect(result).toEqual({ canceled: false, name: 'PIP - Jordan.pdf', size: bytes.byteLength })
    expect(new Uint8Array(await readFile(target))).toEqual(bytes)
    expect(fake.showSaveDialog).toHaveBeenCalledWith({
      title: undefined,
      defaultPath: join(dir, 'PIP - Jordan.pdf'),
      filters: [{ name: 'PDF', extensions: ['pdf'] }]
    })
    expect(await readdir(dir)).toEqual(['PIP - Jordan.pdf'])
  })

  it('replaces an existing file and remembers the folder for the next dialog', async () => {
    const sub = join(dir, 'exports')
    await mkdir(sub)
    const target = join(sub, 'notes.md')
    await writeFile(target, 'old notes that are longer than the new ones')
    const fake = dialogs({ save: target })
    const handlers = createFileHandlers({ dialogs: fake, defaultDirectory: dir })
    await handlers['file:save']({
      suggestedName: 'notes.md',
      filters: [],
      bytes: new TextEncoder().encode('new')
    })
    expect(await readFile(target, 'utf8')).toBe('new')
    await handlers['file:save']({ suggestedName: 'next.md', filters: [], bytes: new Uint8Array() })
    expect(fake.showSaveDialog).toHaveBeenLastCalledWith(
      expect.objectContaining({ defaultPath: join(sub, 'next.md') })
    )
  })

  it('writes nothing when the dialog is canceled', async () => {
    const handlers = createFileHandlers({ dialogs: dialogs({}), defaultDirectory: dir })
    await expect(
      handlers['file:save']({ suggestedName: 'x.csv', filters: [], bytes: new Uint8Array([1]) })
    ).resolves.toEqual({ canceled: true })
    expect(await readdir(dir)).toEqual([])
  })

  it('explains a failed write and leaves no temporary file behind', async () => {
    const handlers = createFileHandlers({
      dialogs: dialogs({ save: join(dir, 'missing-folder', 'x.csv') }),
      defaultDirectory: dir
    })
    await expect(
      handlers['file:save']({ suggestedName: 'x.csv', filters: [], bytes: new Uint8Array([1]) })
    ).rejects.toThrow('Fieldbook could not save “x.csv”: the file or folder no longer exists.')
    expect(await readdir(dir)).toEqual([])
  })

  it('writes the saved file and its temporary file 0600 (this account only)', async () => {
    const target = join(dir, 'PIP - Jordan.pdf')
    // A file the person had before, readable by all, becomes private when replaced.
    await writeFile(target, 'old')
    await chmod(target, 0o644)
    const modes: number[] = []
    await writeFileAtomically(target, new Uint8Array([1, 2, 3]), {
      open: async (path, flags, mode) => {
        const handle = await open(path, flags, mode)
        return {
          chmod: (m: number) => handle.chmod(m),
          writeFile: async (data: Uint8Array) => {
            modes.push((await stat(path)).mode & 0o777)
            await handle.writeFile(data)
          },
          sync: () => handle.sync(),
          close: () => handle.close()
        }
      },
      rename,
      unlink
    })
    expect(modes).toEqual([0o600])
    expect((await stat(target)).mode & 0o777).toBe(0o600)
    // The handler's own write (node's file system) too.
    const other = join(dir, 'team.csv')
    const handlers = createFileHandlers({
      dialogs: dialogs({ save: other }),
      defaultDirectory: dir
    })
    await handlers['file:save']({
      suggestedName: 'team.csv',
      filters: [],
      bytes: new Uint8Array([1])
    })
    expect((await stat(other)).mode & 0o777).toBe(0o600)
  })

  it('cleans up the temporary file when the rename fails', async () => {
    const target = join(dir, 'is-a-folder')
    await mkdir(join(target, 'child'), { recursive: true })
    await expect(writeFileAtomically(target, new Uint8Array([1, 2]))).rejects.toThrow()
    expect(await readdir(dir)).toEqual(['is-a-folder'])
  })

  it.each(['../evil.sh', 'reports/q1.pdf', 'C:\\Users\\x.pdf', '..', '.', ''])(
    'the contract refuses suggestedName %j',
    (suggestedName) => {
      expect(SaveFileInput.safeParse({ suggestedName, bytes: new Uint8Array() }).success).toBe(
        false
      )
    }
  )
})
