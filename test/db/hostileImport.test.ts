import 'fake-indexeddb/auto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ImportFileError } from '../../src/shared/import/table'
import { openDatabase, type FieldbookDb } from '../../src/renderer/src/db/database'
import { ownTeamWorkspace } from '../../src/renderer/src/db/firstRun'
import { readWorkspace, replaceWorkspace } from '../../src/renderer/src/db/workspace'
import { connectImportSession } from '../../src/renderer/src/db/importSession/client'
import { createWebImportChooser } from '../../src/renderer/src/platform/webImport'
import { testContext } from './fixtures'
import { inProcessWorker } from './importSessionHarness'
import { uniqueDbName } from './upgradeHarness'

/*
 * The browser's import read step on hostile files, next to a real workspace (Electron main's
 * read step, which never touches IndexedDB, is test/main/import/hostileRead.test.ts):
 * every file is refused with a sentence naming it, and afterwards every table of the workspace
 * holds exactly what it held before (the read step has no way to write, and nothing after a
 * refused read does).
 */

const hostile = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(join(__dirname, '../fixtures/hostile', name)))

const HOSTILE = [
  'zip-bomb.xlsx',
  'entity-bomb.xlsx',
  'broken-xml.xlsx',
  'shared-string-bomb.xlsx'
] as const

let db: FieldbookDb

/** The browser's read step: the chooser and the import worker's session, joined in-process. */
async function browserReadStep(bytes: Uint8Array, fileName: string) {
  const choose = createWebImportChooser({
    pickFile: () => Promise.resolve(new File([bytes.slice()], fileName))
  })
  const chosen = await choose({})
  if (chosen.canceled) throw new Error('the chooser closed')
  const session = connectImportSession(inProcessWorker(db, testContext()).createWorker)
  try {
    return await session.ask({ kind: 'open', source: chosen.source, today: '2026-11-23' })
  } finally {
    session.close()
  }
}

describe('hostile files next to a workspace: refused, and nothing written', () => {
  let before: Awaited<ReturnType<typeof readWorkspace>>

  beforeAll(async () => {
    db = openDatabase(uniqueDbName('hostile-import'))
    await replaceWorkspace(db, ownTeamWorkspace(testContext()))
    before = await readWorkspace(db)
    expect(Object.values(before).some((rows) => rows.length > 0)).toBe(true)
  })
  afterAll(() => db.close())

  const unchanged = async (): Promise<void> => {
    expect(await readWorkspace(db)).toEqual(before)
  }

  for (const name of HOSTILE) {
    it(`${name}: refused by the browser's read step`, async () => {
      const error = await browserReadStep(hostile(name), name).then(
        () => undefined,
        (e: unknown) => e as Error
      )
      expect(error).toBeInstanceOf(ImportFileError)
      expect(error?.message).toContain(`“${name}”`)
      await unchanged()
    })
  }

  it('random bytes and zip-like bytes: a table or a refusal, and the workspace untouched', async () => {
    const zipLike = fc
      .uint8Array({ maxLength: 2048 })
      .map((tail) => new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...tail]))
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.uint8Array({ maxLength: 2048 }), zipLike), async (bytes) => {
        const answer = await browserReadStep(bytes, 'export.csv').then(
          () => 'read',
          (e: unknown) => (e instanceof ImportFileError ? 'refused' : e)
        )
        expect(answer).toMatch(/^(read|refused)$/)
      }),
      { numRuns: 60 }
    )
    await unchanged()
  })
})
