import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  createBackupFile,
  decodeBackup,
  encodeBackup,
  validateBackup
} from '../../../src/shared/backup'
import { demo, editedWorkspace, NOW, workspaceEdits } from './support'
import { CURRENT_SCHEMA_VERSION } from '../../../src/shared/upgrades'

describe('backup round trip', () => {
  it('gives back the same workspace, compressed or not, whatever the text in it', async () => {
    await fc.assert(
      fc.asyncProperty(workspaceEdits, fc.boolean(), async (edits, compress) => {
        const data = editedWorkspace(edits)
        const file = createBackupFile(data, { appVersion: '0.1.0', createdAt: NOW })
        const bytes = await encodeBackup(file, { compress })
        expect(bytes[0] === 0x1f && bytes[1] === 0x8b).toBe(compress)
        const result = validateBackup(await decodeBackup(bytes, 'b.json'), 'b.json')
        if (!result.ok) throw new Error(result.problems.join('\n'))
        expect(result.data).toEqual(data)
        expect(result.notes).toEqual([])
      }),
      { numRuns: 25 }
    )
  })

  it('round-trips a whole demo workspace (every table filled)', async () => {
    const data = demo(7)
    const file = createBackupFile(data, { appVersion: '0.1.0', createdAt: NOW })
    expect(file.counts.activities).toBe(data.activities.length)
    const bytes = await encodeBackup(file, { compress: true })
    const raw = await decodeBackup(bytes, 'demo.json.gz')
    const result = validateBackup(raw, 'demo.json.gz')
    if (!result.ok) throw new Error(result.problems.join('\n'))
    expect(result.data).toEqual(data)
    expect(result.meta).toMatchObject({
      fileName: 'demo.json.gz',
      formatVersion: 1,
      schemaVersion: CURRENT_SCHEMA_VERSION,
      app: { name: 'Fieldbook', version: '0.1.0' },
      createdAt: NOW
    })
  })

  it('writes readable, indented JSON with the marker first', async () => {
    const file = createBackupFile(demo(3), { appVersion: '1.2.3', createdAt: NOW })
    const text = new TextDecoder().decode(await encodeBackup(file, { compress: false }))
    expect(
      text.startsWith(
        `{\n  "format": "fieldbook-backup",\n  "formatVersion": 1,\n  "schemaVersion": ${CURRENT_SCHEMA_VERSION},`
      )
    ).toBe(true)
  })
})
