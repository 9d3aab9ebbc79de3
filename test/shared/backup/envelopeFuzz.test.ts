import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  createBackupFile,
  encodeBackup,
  encodeEncryptedBackup,
  ENVELOPE_MAGIC,
  readBackup,
  type ReadBackupResult
} from '../../../src/shared/backup'
import { NOW, smallDemo } from './support'

/**
 * The backup reader is the boundary for bytes from anywhere (a picked file, a double-clicked
 * .fieldbook, the backups folder). Whatever the bytes, it answers `{ ok: false, problems }`
 * with at least one sentence: it never throws, and it does not change the bytes it was given.
 */

const deviceKey = new Uint8Array(32).map((_, i) => 255 - i)
const passphrase = 'a long enough passphrase'
const file = createBackupFile(smallDemo(4, '2026-11-23', 10), {
  appVersion: '1.0.0',
  createdAt: NOW
})

async function readSafely(bytes: Uint8Array): Promise<ReadBackupResult> {
  const before = bytes.slice()
  const result = await readBackup(bytes, 'random.fieldbook', { deviceKey, passphrase })
  expect(bytes).toEqual(before)
  return result
}

function expectRefused(result: ReadBackupResult): void {
  expect(result.ok).toBe(false)
  if (!result.ok) {
    expect(result.problems.length).toBeGreaterThan(0)
    for (const problem of result.problems) expect(problem.trim()).not.toBe('')
  }
}

/** One change to a valid file: flip bits, overwrite, cut, insert or drop bytes. */
const mutation = fc.oneof(
  fc.record({
    kind: fc.constant('flip' as const),
    at: fc.nat(),
    bits: fc.integer({ min: 1, max: 255 })
  }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    bytes: fc.uint8Array({ minLength: 1, maxLength: 8 })
  }),
  fc.record({
    kind: fc.constant('drop' as const),
    at: fc.nat(),
    count: fc.integer({ min: 1, max: 8 })
  })
)
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never

function mutate(bytes: Uint8Array, m: Mutation): Uint8Array {
  const at = m.at % bytes.length
  switch (m.kind) {
    case 'flip': {
      const out = bytes.slice()
      out[at] = (out[at] ?? 0) ^ m.bits
      return out
    }
    case 'cut':
      return bytes.slice(0, at)
    case 'insert':
      return new Uint8Array([...bytes.subarray(0, at), ...m.bytes, ...bytes.subarray(at)])
    case 'drop':
      return new Uint8Array([...bytes.subarray(0, at), ...bytes.subarray(at + m.count)])
  }
}

describe('backup reader on hostile bytes', () => {
  it('answers random bytes with problems, never an exception', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), async (bytes) => {
        expectRefused(await readSafely(bytes))
      }),
      { numRuns: 150 }
    )
  })

  it('answers random bytes behind the envelope magic and behind gzip magic the same way', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(
          [...ENVELOPE_MAGIC, 1],
          [...ENVELOPE_MAGIC],
          [0x1f, 0x8b],
          [0x1f, 0x8b, 8, 0]
        ),
        fc.uint8Array({ maxLength: 512 }),
        async (start, rest) => {
          expectRefused(await readSafely(new Uint8Array([...start, ...rest])))
        }
      ),
      { numRuns: 150 }
    )
  })

  it('refuses every change to a file encrypted with the device key', async () => {
    const valid = await encodeEncryptedBackup(file, { kind: 'device', key: deviceKey })
    expect((await readSafely(valid)).ok).toBe(true)
    await fc.assert(
      fc.asyncProperty(mutation, async (m) => {
        const changed = mutate(valid, m)
        fc.pre(changed.length !== valid.length || changed.some((b, i) => b !== valid[i]))
        expectRefused(await readSafely(changed))
      }),
      { numRuns: 120 }
    )
  })

  it('refuses every change to a passphrase file', async () => {
    const valid = await encodeEncryptedBackup(file, { kind: 'passphrase', passphrase })
    await fc.assert(
      fc.asyncProperty(mutation, async (m) => {
        const changed = mutate(valid, m)
        fc.pre(changed.length !== valid.length || changed.some((b, i) => b !== valid[i]))
        expectRefused(await readSafely(changed))
      }),
      // Each try derives a key with 600,000 PBKDF2 rounds.
      { numRuns: 12 }
    )
  })

  it('never throws on changes to an older plain gzip backup', async () => {
    const valid = await encodeBackup(file, { compress: true })
    await fc.assert(
      fc.asyncProperty(mutation, async (m) => {
        const result = await readSafely(mutate(valid, m))
        // gzip has no authentication: a change may still read; if not, it says why.
        if (!result.ok) expectRefused(result)
      }),
      { numRuns: 100 }
    )
  })
})
