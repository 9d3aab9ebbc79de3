import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ImportFileError } from '@shared/import/table'
import { createInProcessReadRunner } from '../../../src/main/import/runners'

/*
 * Electron main's read step (the import worker's own code, run on this thread) on the hostile
 * workbooks: each is refused with the reader's sentence naming the file, so the page shows it
 * and nothing goes on to the mapping step. (Main never writes to the workspace; the browser's
 * read step next to a workspace is test/db/hostileImport.test.ts.)
 */
const hostile = (name: string): Uint8Array<ArrayBuffer> =>
  new Uint8Array(readFileSync(join(__dirname, '../../fixtures/hostile', name)))

describe("main's import read step refuses hostile workbooks", () => {
  for (const name of [
    'zip-bomb.xlsx',
    'entity-bomb.xlsx',
    'broken-xml.xlsx',
    'shared-string-bomb.xlsx'
  ]) {
    it(name, async () => {
      const run = createInProcessReadRunner()
      const error = await run(
        { bytes: hostile(name), fileName: name },
        () => undefined
      ).result.then(
        () => undefined,
        (e: unknown) => e as Error
      )
      expect(error).toBeInstanceOf(ImportFileError)
      expect(error?.message).toMatch(new RegExp(`^“${name.replace('.', '\\.')}” `))
    })
  }
})
