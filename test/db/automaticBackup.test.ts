import 'fake-indexeddb/auto'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { isEnvelope, readBackup } from '../../src/shared/backup'
import type { Platform, StoreBackupOptions } from '../../src/renderer/src/platform/types'
import { testContext } from './fixtures'

/**
 * The renderer's side of automatic backups, with a stand-in platform: what reaches main is
 * always encrypted with the device key; without a key nothing is written; a restore first
 * keeps the workspace as it is and stops when that fails.
 */

const key = new Uint8Array(32).map((_, i) => i + 100)
const fake = vi.hoisted(() => ({
  store: null as unknown as (options: StoreBackupOptions) => Promise<unknown>,
  workspaceKey: null as unknown as () => Promise<unknown>
}))

vi.mock('../../src/renderer/src/platform', () => ({
  platform: {
    kind: 'electron',
    automaticBackups: { store: (o: StoreBackupOptions) => fake.store(o) },
    workspaceKey: () => fake.workspaceKey()
  } as unknown as Platform
}))

const stored: StoreBackupOptions[] = []

beforeEach(async () => {
  stored.length = 0
  fake.store = async (options) => {
    stored.push(options)
    return { id: `fieldbook-x-${options.reason}.fieldbook` }
  }
  fake.workspaceKey = async () => ({ key, protection: 'keychain' })
  const { db, replaceWorkspace } = await import('../../src/renderer/src/db')
  const { ownTeamWorkspace } = await import('../../src/renderer/src/db/firstRun')
  await replaceWorkspace(db, ownTeamWorkspace(testContext()))
})

describe('automatic backups from the renderer', () => {
  it('stores a backup encrypted with the workspace key, which opens with that key only', async () => {
    const { storeAutomaticBackup } = await import('../../src/renderer/src/db/automaticBackup')
    await expect(storeAutomaticBackup('scheduled')).resolves.toMatchObject({ stored: true })
    expect(stored).toHaveLength(1)
    const [first] = stored
    expect(first?.reason).toBe('scheduled')
    expect(isEnvelope(first!.bytes)).toBe(true)
    const read = await readBackup(first!.bytes, 'auto.fieldbook', { deviceKey: key })
    expect(read.ok && read.encryption).toBe('device')
    const other = await readBackup(first!.bytes, 'auto.fieldbook', {
      deviceKey: new Uint8Array(32)
    })
    expect(other).toMatchObject({ ok: false, reason: 'otherComputer' })
  })

  it('writes nothing, and says why, when the keychain gives no key', async () => {
    vi.resetModules()
    fake.workspaceKey = async () => ({ key: null, reason: 'No keychain here.' })
    const { storeAutomaticBackup } = await import('../../src/renderer/src/db/automaticBackup')
    await expect(storeAutomaticBackup('beforeImport')).resolves.toEqual({
      stored: false,
      reason: 'No keychain here.'
    })
    expect(stored).toEqual([])
  })

  it('keeps the workspace first when restoring, and restores nothing if that fails', async () => {
    vi.resetModules()
    const { db, readWorkspace } = await import('../../src/renderer/src/db')
    const { checkBackup, makeBackup } = await import('../../src/renderer/src/db/backup')
    const { restoreWorkspace } = await import('../../src/renderer/src/db/workspaceFiles')
    const before = await readWorkspace(db)
    expect(before.rolePlayScenarios.length).toBeGreaterThan(1)
    // A backup of another workspace: the same one with one role-play scenario less.
    const made = await makeBackup(db, {
      appVersion: '1',
      now: new Date(),
      key: { kind: 'device', key }
    })
    const checked = await checkBackup(made.bytes, made.fileName, { deviceKey: key })
    if (!checked.ok) throw new Error(checked.problems.join('\n'))
    const smaller = {
      ...checked,
      data: { ...checked.data, rolePlayScenarios: checked.data.rolePlayScenarios.slice(1) }
    }

    fake.store = async () => {
      throw new Error('Fieldbook could not save the backup “x”: the disk is full.')
    }
    await expect(restoreWorkspace(smaller)).rejects.toThrow(
      'Fieldbook could not first back up the workspace as it is (Fieldbook could not save the backup “x”: the disk is full.).'
    )
    expect((await readWorkspace(db)).rolePlayScenarios).toEqual(before.rolePlayScenarios)

    fake.store = async (options) => {
      stored.push(options)
      return { id: 'fieldbook-x-beforeRestore.fieldbook' }
    }
    await restoreWorkspace(smaller)
    expect(stored.map((s) => s.reason)).toEqual(['beforeRestore'])
    const kept = await readBackup(stored[0]!.bytes, 'kept.fieldbook', { deviceKey: key })
    expect(kept.ok && kept.data.rolePlayScenarios.length).toBe(before.rolePlayScenarios.length)
    expect((await readWorkspace(db)).rolePlayScenarios).toHaveLength(
      before.rolePlayScenarios.length - 1
    )
  })
})
