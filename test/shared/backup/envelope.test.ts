import { readFileSync } from 'node:fs'
import { gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import {
  createBackupFile,
  deviceKeyId,
  encodeEncryptedBackup,
  ENVELOPE_MAGIC,
  ENVELOPE_PREFIX_BYTES,
  isEnvelope,
  PBKDF2_ITERATIONS,
  readBackup,
  WRONG_PASSPHRASE_MESSAGE,
  type BackupFile
} from '../../../src/shared/backup'
import { NOW, smallDemo } from './support'

const deviceKey = new Uint8Array(32).map((_, i) => i * 7 + 1)
const otherKey = new Uint8Array(32).fill(9)
const SENTENCE = 'Priya said her manager never listens on Thursdays'

function backupFile(): BackupFile {
  const data = smallDemo(5, '2026-11-23', 10)
  const meeting = data.oneOnOnes[0]
  if (!meeting) throw new Error('the demo has no 1:1')
  data.oneOnOnes[0] = { ...meeting, privateNotes: SENTENCE }
  return createBackupFile(data, { appVersion: '1.2.3', createdAt: NOW })
}

const text = (bytes: Uint8Array) => new TextDecoder('latin1').decode(bytes)

/** The header JSON of an envelope (after magic, version and length). */
function headerOf(bytes: Uint8Array): Record<string, unknown> {
  const length = new DataView(bytes.buffer, bytes.byteOffset).getUint32(9)
  return JSON.parse(
    new TextDecoder().decode(bytes.subarray(ENVELOPE_PREFIX_BYTES, ENVELOPE_PREFIX_BYTES + length))
  ) as Record<string, unknown>
}

/** Replaces the header with `header` (length updated), keeping the ciphertext. */
function withHeader(bytes: Uint8Array, header: Record<string, unknown>): Uint8Array {
  const oldLength = new DataView(bytes.buffer, bytes.byteOffset).getUint32(9)
  const json = new TextEncoder().encode(JSON.stringify(header))
  const rest = bytes.subarray(ENVELOPE_PREFIX_BYTES + oldLength)
  const out = new Uint8Array(ENVELOPE_PREFIX_BYTES + json.length + rest.length)
  out.set(bytes.subarray(0, 9), 0)
  new DataView(out.buffer).setUint32(9, json.length)
  out.set(json, ENVELOPE_PREFIX_BYTES)
  out.set(rest, ENVELOPE_PREFIX_BYTES + json.length)
  return out
}

describe('encrypted backup envelope', () => {
  it('round-trips with the device key, and names the key in the header', async () => {
    const file = backupFile()
    const bytes = await encodeEncryptedBackup(file, { kind: 'device', key: deviceKey })
    expect(isEnvelope(bytes)).toBe(true)
    expect([...bytes.subarray(0, 8)]).toEqual([...ENVELOPE_MAGIC])
    expect(bytes[8]).toBe(1)
    const header = headerOf(bytes)
    expect(header).toMatchObject({ keyKind: 'device', cipher: 'AES-256-GCM' })
    expect(header.keyId).toBe(await deviceKeyId(deviceKey))
    expect(text(bytes)).not.toContain(SENTENCE)
    expect(text(bytes)).not.toContain('fieldbook-backup')

    const read = await readBackup(bytes, 'auto.fieldbook', { deviceKey })
    if (!read.ok) throw new Error(read.problems.join('\n'))
    expect(read.encryption).toBe('device')
    expect(read.data.reps).toEqual(file.data.reps)
    expect(read.data.oneOnOnes[0]?.privateNotes).toBe(SENTENCE)
    expect(read.meta.createdAt).toBe(NOW)
  })

  it('round-trips with a passphrase (PBKDF2-SHA-256, 600,000 iterations, 16-byte salt)', async () => {
    const file = backupFile()
    const bytes = await encodeEncryptedBackup(file, {
      kind: 'passphrase',
      passphrase: 'correct horse battery'
    })
    const header = headerOf(bytes)
    expect(header).toMatchObject({
      keyKind: 'passphrase',
      kdf: 'PBKDF2-SHA-256',
      iterations: PBKDF2_ITERATIONS
    })
    expect(atob(header.salt as string)).toHaveLength(16)
    expect(atob(header.iv as string)).toHaveLength(12)

    const read = await readBackup(bytes, 'team.fieldbook', { passphrase: 'correct horse battery' })
    expect(read.ok && read.encryption).toBe('passphrase')
    expect(read.ok && read.data.reps).toEqual(file.data.reps)
    // Two saves of the same data differ (fresh salt and IV).
    const again = await encodeEncryptedBackup(file, {
      kind: 'passphrase',
      passphrase: 'x'.repeat(12)
    })
    expect(headerOf(again).salt).not.toBe(header.salt)
  })

  it('asks for a passphrase, then refuses a wrong one with one clear sentence', async () => {
    const bytes = await encodeEncryptedBackup(backupFile(), {
      kind: 'passphrase',
      passphrase: 'right one!'
    })
    const none = await readBackup(bytes, 'team.fieldbook', { deviceKey })
    expect(none).toMatchObject({ ok: false, reason: 'needsPassphrase' })
    expect(await readBackup(bytes, 'team.fieldbook', { passphrase: 'wrong one!' })).toEqual({
      ok: false,
      reason: 'wrongPassphrase',
      problems: [WRONG_PASSPHRASE_MESSAGE]
    })
  })

  it('tells a backup from another computer apart from a damaged one', async () => {
    const bytes = await encodeEncryptedBackup(backupFile(), { kind: 'device', key: deviceKey })
    const other = await readBackup(bytes, 'auto.fieldbook', { deviceKey: otherKey })
    expect(other).toMatchObject({ ok: false, reason: 'otherComputer' })
    expect(!other.ok && other.problems[0]).toMatch(/another computer/)
    const noKey = await readBackup(bytes, 'auto.fieldbook', {})
    expect(noKey).toMatchObject({ ok: false, reason: 'noDeviceKey' })

    const flipped = bytes.slice()
    flipped[flipped.length - 40] = (flipped[flipped.length - 40] ?? 0) ^ 0x01
    const damaged = await readBackup(flipped, 'auto.fieldbook', { deviceKey })
    expect(damaged).toMatchObject({ ok: false, reason: 'unreadable' })
    expect(!damaged.ok && damaged.problems[0]).toMatch(/auto\.fieldbook is damaged/)
  })

  it('refuses one flipped byte in the header: the header is authenticated', async () => {
    const bytes = await encodeEncryptedBackup(backupFile(), { kind: 'device', key: deviceKey })
    // Same valid JSON shape, one character of the IV changed.
    const header = headerOf(bytes)
    const iv = header.iv as string
    const changedIv = withHeader(bytes, {
      ...header,
      iv: (iv[0] === 'A' ? 'B' : 'A') + iv.slice(1)
    })
    expect(await readBackup(changedIv, 'a.fieldbook', { deviceKey })).toMatchObject({ ok: false })
    // An IV that is not valid base64 is damage, said as such.
    const badIv = await readBackup(withHeader(bytes, { ...header, iv: 'A' }), 'a.fieldbook', {
      deviceKey
    })
    expect(!badIv.ok && badIv.problems).toEqual([
      'a.fieldbook is damaged: the header of the encrypted backup cannot be read.'
    ])
    // Rewritten with the same fields in another order: same meaning, other bytes → refused.
    const { keyKind, ...others } = header
    const reordered = withHeader(bytes, { ...others, keyKind })
    expect(await readBackup(reordered, 'a.fieldbook', { deviceKey })).toMatchObject({
      ok: false,
      reason: 'unreadable'
    })
    // Unchanged, the same rewrite opens (the helper itself does not break files).
    expect(await readBackup(withHeader(bytes, header), 'a.fieldbook', { deviceKey })).toMatchObject(
      { ok: true }
    )
    for (let i = 0; i < ENVELOPE_PREFIX_BYTES + 30; i++) {
      const flipped = bytes.slice()
      flipped[i] = (flipped[i] ?? 0) ^ 0x20
      const read = await readBackup(flipped, 'a.fieldbook', { deviceKey })
      expect(read.ok, `byte ${i} flipped`).toBe(false)
    }
  })

  it('says a file cut short is truncated', async () => {
    const bytes = await encodeEncryptedBackup(backupFile(), { kind: 'device', key: deviceKey })
    for (const cut of [5, 12, ENVELOPE_PREFIX_BYTES + 10]) {
      const read = await readBackup(bytes.subarray(0, cut), 'cut.fieldbook', { deviceKey })
      expect(read.ok).toBe(false)
      expect(!read.ok && read.problems[0]).toMatch(/ends early|damaged|not a Fieldbook/)
    }
    const shortOfTag = await readBackup(bytes.subarray(0, bytes.length - 1), 'cut.fieldbook', {
      deviceKey
    })
    expect(shortOfTag).toMatchObject({ ok: false, reason: 'unreadable' })
  })

  it('refuses a passphrase file asking for fewer than 600,000 iterations, before deriving', async () => {
    const bytes = await encodeEncryptedBackup(backupFile(), {
      kind: 'passphrase',
      passphrase: 'weak test 1'
    })
    const weak = withHeader(bytes, { ...headerOf(bytes), iterations: 1000 })
    const read = await readBackup(weak, 'weak.fieldbook', { passphrase: 'weak test 1' })
    expect(read.ok).toBe(false)
    expect(!read.ok && read.problems[0]).toMatch(/fewer than 600,000 PBKDF2 iterations/)
    await expect(
      encodeEncryptedBackup(backupFile(), { kind: 'passphrase', passphrase: 'p', iterations: 10 })
    ).rejects.toThrow(/Too few/)
  })

  it('says which version of the format it cannot read', async () => {
    const bytes = await encodeEncryptedBackup(backupFile(), { kind: 'device', key: deviceKey })
    const newer = bytes.slice()
    newer[8] = 2
    const read = await readBackup(newer, 'new.fieldbook', { deviceKey })
    expect(!read.ok && read.problems[0]).toMatch(/newer version of Fieldbook/)
  })

  it('still restores backups saved before encryption (plain JSON and gzip)', async () => {
    const plain = new Uint8Array(
      readFileSync('test/fixtures/backup/plain-before-encryption.fieldbook')
    )
    const gz = new Uint8Array(readFileSync('test/fixtures/backup/gzip-before-encryption.json.gz'))
    expect(new TextDecoder().decode(gunzipSync(gz))).toBe(new TextDecoder().decode(plain))
    for (const [bytes, name] of [
      [plain, 'old.fieldbook'],
      [gz, 'old.json.gz']
    ] as const) {
      const read = await readBackup(bytes, name, { deviceKey })
      if (!read.ok) throw new Error(read.problems.join('\n'))
      expect(read.encryption).toBe('none')
      expect(read.meta.app.version).toBe('0.9.0')
      expect(read.data.reps.length).toBeGreaterThan(0)
    }
  })

  it('opens with the same passphrase typed in another Unicode form (NFC)', async () => {
    const composed = 'caf\u00e9 au lait'
    const decomposed = 'cafe\u0301 au lait'
    const bytes = await encodeEncryptedBackup(backupFile(), {
      kind: 'passphrase',
      passphrase: composed
    })
    expect(await readBackup(bytes, 'a.fieldbook', { passphrase: decomposed })).toMatchObject({
      ok: true
    })
  })
})
