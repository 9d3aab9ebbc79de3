import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { readPickedFile } from '../../src/main/ipc/pickedFile'
import { backupPathFromArgv, createOpenedBackups } from '../../src/main/openedBackups'

describe('.fieldbook files opened with Fieldbook', () => {
  it('finds the file among launch arguments (Windows and Linux)', () => {
    expect(backupPathFromArgv(['C:\\Fieldbook\\Fieldbook.exe', 'D:\\Team\\May.FIELDBOOK'])).toBe(
      'D:\\Team\\May.FIELDBOOK'
    )
    expect(
      backupPathFromArgv(['/opt/Fieldbook/fieldbook', '--no-sandbox', '/home/m/team.fieldbook'])
    ).toBe('/home/m/team.fieldbook')
    expect(backupPathFromArgv(['/opt/Fieldbook/fieldbook'])).toBeNull()
    expect(backupPathFromArgv(['/opt/Fieldbook/fieldbook', '/home/m/notes.txt'])).toBeNull()
    expect(backupPathFromArgv(['/opt/Fieldbook/fieldbook', '--x=a.fieldbook'])).toBeNull()
  })

  it('reads the file once and hands it to the page once', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'fieldbook-opened-'))
    const path = join(dir, 'team.fieldbook')
    await writeFile(path, '{"format":"fieldbook-backup"}')
    const notify = vi.fn()
    const inbox = createOpenedBackups({ read: (p) => readPickedFile(p), notify })
    expect(await inbox.handlers['backup:takeOpened'](undefined)).toBeNull()
    await inbox.offer(path)
    expect(notify).toHaveBeenCalledOnce()
    const taken = await inbox.handlers['backup:takeOpened'](undefined)
    expect(taken && 'bytes' in taken && new TextDecoder().decode(taken.bytes)).toBe(
      '{"format":"fieldbook-backup"}'
    )
    expect(taken?.name).toBe('team.fieldbook')
    expect(await inbox.handlers['backup:takeOpened'](undefined)).toBeNull()
  })

  it('passes on a sentence when the file cannot be read', async () => {
    const notify = vi.fn()
    const inbox = createOpenedBackups({
      read: (p) => readPickedFile(p),
      notify,
      log: vi.fn()
    })
    await inbox.offer('/nowhere/gone.fieldbook')
    const taken = await inbox.handlers['backup:takeOpened'](undefined)
    expect(taken).toEqual({
      name: 'gone.fieldbook',
      error: expect.stringContaining('gone.fieldbook')
    })
    expect(notify).toHaveBeenCalledOnce()
  })
})
