import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { readTable } from '@shared/import/read'
import type { ParsedTable, ReadOptions } from '@shared/import/table'

export const FIXTURES = join(__dirname, '../../../fixtures/import')

export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FIXTURES, name)))
}

export function readFixture(name: string, options?: ReadOptions): Promise<ParsedTable> {
  return readTable(fixtureBytes(name), name, options)
}

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text)

/** Whatever the promise rejects with (fails the test when it resolves). */
export async function rejection(promise: Promise<unknown>): Promise<Error & { row?: number }> {
  try {
    await promise
  } catch (error) {
    return error as Error & { row?: number }
  }
  throw new Error('expected the read to fail, but it succeeded')
}
