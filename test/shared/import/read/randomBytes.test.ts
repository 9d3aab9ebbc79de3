import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { readTable } from '@shared/import/read'
import { BackupReadError, decodeBackup, validateBackup } from '@shared/backup'
import { ImportFileError } from '@shared/import/table'
import { fixtureBytes } from './fixtures'

/*
 * Whatever bytes arrive, the readers answer with a table or with their own error (a sentence
 * for the manager); nothing else escapes. They are pure, so nothing can be written either:
 * the workspace is only touched after a table or a validated backup comes back.
 */

async function outcome(read: () => Promise<unknown>, own: new (...a: never[]) => Error) {
  try {
    await read()
    return 'read'
  } catch (error) {
    if (error instanceof own) return 'refused'
    throw error
  }
}

/** Random bytes with a real file's start, so the readers get past their first checks. */
const withPrefix = (prefix: number[]) =>
  fc.uint8Array({ maxLength: 4096 }).map((tail) => new Uint8Array([...prefix, ...tail]))

const ZIP = [0x50, 0x4b, 0x03, 0x04]
const GZIP = [0x1f, 0x8b, 0x08, 0x00]

/** A real workbook with a few bytes changed (damaged in transit). */
const damagedWorkbook = fc
  .array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 12 })
  .map((changes) => {
    const bytes = fixtureBytes('deals.xlsx')
    for (const [at, value] of changes) bytes[at % bytes.length] = value
    return bytes
  })

describe('random bytes never throw past the readers', () => {
  it('the import reader (CSV, text, anything)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), async (bytes) => {
        expect(await outcome(() => readTable(bytes, 'random.csv'), ImportFileError)).toMatch(
          /read|refused/
        )
      }),
      { numRuns: 300 }
    )
  })

  it('the import reader given zip-like bytes and damaged workbooks', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(withPrefix(ZIP), damagedWorkbook), async (bytes) => {
        expect(await outcome(() => readTable(bytes, 'random.xlsx'), ImportFileError)).toMatch(
          /read|refused/
        )
      }),
      { numRuns: 200 }
    )
  })

  it('the backup decoder and validator', async () => {
    const arbitrary = fc.oneof(
      fc.uint8Array({ maxLength: 4096 }),
      withPrefix(GZIP),
      fc.json().map((text) => new TextEncoder().encode(text))
    )
    await fc.assert(
      fc.asyncProperty(arbitrary, async (bytes) => {
        const result = await outcome(async () => {
          const parsed = await decodeBackup(bytes, 'random.fieldbook')
          // Random content is never a backup: the validator says so instead of throwing.
          expect(validateBackup(parsed, 'random.fieldbook').ok).toBe(false)
        }, BackupReadError)
        expect(result).toMatch(/read|refused/)
      }),
      { numRuns: 300 }
    )
  })

  it('the backup validator given the backup marker and random data', () => {
    const envelope = fc.record({
      format: fc.constant('fieldbook-backup'),
      formatVersion: fc.constant(1),
      schemaVersion: fc.integer({ min: 1, max: 3 }),
      data: fc.dictionary(
        fc.constantFrom('reps', 'roles', 'plans', 'auditLog', 'oneOnOnes', 'other'),
        fc.array(fc.jsonValue(), { maxLength: 4 })
      )
    })
    fc.assert(
      fc.property(envelope, (raw) => {
        expect(validateBackup(raw, 'random.fieldbook').ok).toBe(false)
      }),
      { numRuns: 300 }
    )
  })
})
