import { z } from 'zod'

/**
 * The encrypted backup file (docs/BACKUP-FORMAT.md):
 *
 *   magic "FBKCRYPT" (8 bytes) · version (1 byte) · header length (4 bytes, big-endian)
 *   · header (UTF-8 JSON) · AES-256-GCM ciphertext of the gzip of the backup JSON (tag last)
 *
 * Everything before the ciphertext is the additional authenticated data, so a changed header
 * fails like a changed ciphertext. The key is either this computer's workspace key (`device`,
 * named by a key id) or derived from a passphrase with PBKDF2-SHA-256. WebCrypto only:
 * `globalThis.crypto.subtle` exists in Node 20, browsers and workers.
 */

export const ENVELOPE_MAGIC = new Uint8Array([0x46, 0x42, 0x4b, 0x43, 0x52, 0x59, 0x50, 0x54])
export const ENVELOPE_VERSION = 1
/** magic + version + header length. */
export const ENVELOPE_PREFIX_BYTES = ENVELOPE_MAGIC.length + 1 + 4
export const MAX_HEADER_BYTES = 4096
export const GCM_TAG_BYTES = 16
export const PBKDF2_ITERATIONS = 600_000
/** A file asking for more is refused rather than keeping the computer busy for minutes. */
export const MAX_PBKDF2_ITERATIONS = 10_000_000
/** Bytes of SHA-256(key) that name a device key (hex in the header). */
export const KEY_ID_BYTES = 8

const base64 = z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/, 'base64')
const common = {
  cipher: z.literal('AES-256-GCM'),
  iv: base64,
  /** What the ciphertext holds once decrypted. */
  content: z.literal('gzip+json')
}
export const EnvelopeHeader = z.discriminatedUnion('keyKind', [
  z.object({ keyKind: z.literal('device'), keyId: z.string().regex(/^[0-9a-f]{16}$/), ...common }),
  z.object({
    keyKind: z.literal('passphrase'),
    kdf: z.literal('PBKDF2-SHA-256'),
    iterations: z.number().int().positive(),
    salt: base64,
    ...common
  })
])
export type EnvelopeHeader = z.infer<typeof EnvelopeHeader>

/** How to encrypt: this computer's workspace key, or a passphrase to take the file elsewhere. */
export type EnvelopeKey =
  | { kind: 'device'; key: Uint8Array }
  | { kind: 'passphrase'; passphrase: string; iterations?: number }

export function isEnvelope(bytes: Uint8Array): boolean {
  return (
    bytes.length >= ENVELOPE_MAGIC.length && ENVELOPE_MAGIC.every((byte, i) => bytes[i] === byte)
  )
}

function toBase64(bytes: Uint8Array): string {
  let text = ''
  for (const byte of bytes) text += String.fromCharCode(byte)
  return btoa(text)
}

function fromBase64(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0))
}

/** How many bytes a base64 text decodes to; -1 when it is not valid base64. */
function base64Length(text: string): number {
  try {
    return fromBase64(text).length
  } catch {
    return -1
  }
}

/** WebCrypto wants ArrayBuffer-backed views; copying also keeps callers' buffers untouched. */
function copy(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(bytes.byteLength)
  out.set(bytes)
  return out
}

/** The device key's name: the first 8 bytes of SHA-256 of the key, in hex. */
export async function deviceKeyId(key: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', copy(key)))
  return [...digest.subarray(0, KEY_ID_BYTES)].map((b) => b.toString(16).padStart(2, '0')).join('')
}

async function aesKey(raw: Uint8Array, use: KeyUsage): Promise<CryptoKey> {
  if (raw.byteLength !== 32) throw new Error('An AES-256 key is 32 bytes')
  return crypto.subtle.importKey('raw', copy(raw), 'AES-GCM', false, [use])
}

export async function passphraseKey(
  passphrase: string,
  salt: Uint8Array,
  iterations: number,
  use: KeyUsage
): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey(
    'raw',
    copy(new TextEncoder().encode(passphrase.normalize('NFC'))),
    'PBKDF2',
    false,
    ['deriveKey']
  )
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: copy(salt), iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    [use]
  )
}

/** The bytes before the ciphertext: magic, version, header length, header. */
function prefixFor(header: EnvelopeHeader): Uint8Array {
  const json = new TextEncoder().encode(JSON.stringify(header))
  const out = new Uint8Array(ENVELOPE_PREFIX_BYTES + json.length)
  out.set(ENVELOPE_MAGIC, 0)
  out[ENVELOPE_MAGIC.length] = ENVELOPE_VERSION
  new DataView(out.buffer).setUint32(ENVELOPE_MAGIC.length + 1, json.length)
  out.set(json, ENVELOPE_PREFIX_BYTES)
  return out
}

/** Encrypts `content` (the gzip of a backup's JSON) into an envelope file. */
export async function sealEnvelope(content: Uint8Array, key: EnvelopeKey): Promise<Uint8Array> {
  const iv = crypto.getRandomValues(new Uint8Array(12))
  let header: EnvelopeHeader
  let cryptoKey: CryptoKey
  if (key.kind === 'device') {
    header = {
      keyKind: 'device',
      keyId: await deviceKeyId(key.key),
      cipher: 'AES-256-GCM',
      iv: toBase64(iv),
      content: 'gzip+json'
    }
    cryptoKey = await aesKey(key.key, 'encrypt')
  } else {
    const iterations = key.iterations ?? PBKDF2_ITERATIONS
    if (iterations < PBKDF2_ITERATIONS) throw new Error('Too few PBKDF2 iterations')
    const salt = crypto.getRandomValues(new Uint8Array(16))
    header = {
      keyKind: 'passphrase',
      kdf: 'PBKDF2-SHA-256',
      iterations,
      salt: toBase64(salt),
      cipher: 'AES-256-GCM',
      iv: toBase64(iv),
      content: 'gzip+json'
    }
    cryptoKey = await passphraseKey(key.passphrase, salt, iterations, 'encrypt')
  }
  const prefix = prefixFor(header)
  const sealed = new Uint8Array(
    await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv, additionalData: copy(prefix) },
      cryptoKey,
      copy(content)
    )
  )
  const out = new Uint8Array(prefix.length + sealed.length)
  out.set(prefix, 0)
  out.set(sealed, prefix.length)
  return out
}

export type EnvelopeProblem = 'truncated' | 'damaged' | 'newerVersion' | 'weakKdf'

/** An envelope whose header was read, before any decryption. */
export interface ParsedEnvelope {
  header: EnvelopeHeader
  /** The authenticated prefix (additional data). */
  prefix: Uint8Array
  ciphertext: Uint8Array
}

/** Reads magic, version and header; never throws. Call only when `isEnvelope(bytes)`. */
export function parseEnvelope(
  bytes: Uint8Array
): { ok: true; envelope: ParsedEnvelope } | { ok: false; problem: EnvelopeProblem } {
  if (bytes.length < ENVELOPE_PREFIX_BYTES) return { ok: false, problem: 'truncated' }
  const version = bytes[ENVELOPE_MAGIC.length]
  if (version !== ENVELOPE_VERSION) {
    return { ok: false, problem: (version ?? 0) > ENVELOPE_VERSION ? 'newerVersion' : 'damaged' }
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const headerLength = view.getUint32(ENVELOPE_MAGIC.length + 1)
  if (headerLength === 0 || headerLength > MAX_HEADER_BYTES)
    return { ok: false, problem: 'damaged' }
  const headerEnd = ENVELOPE_PREFIX_BYTES + headerLength
  if (bytes.length < headerEnd) return { ok: false, problem: 'truncated' }
  let json: unknown
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(
      bytes.subarray(ENVELOPE_PREFIX_BYTES, headerEnd)
    )
    json = JSON.parse(text)
  } catch {
    return { ok: false, problem: 'damaged' }
  }
  const header = EnvelopeHeader.safeParse(json)
  if (!header.success) return { ok: false, problem: 'damaged' }
  if (header.data.keyKind === 'passphrase') {
    const { iterations } = header.data
    if (iterations < PBKDF2_ITERATIONS || iterations > MAX_PBKDF2_ITERATIONS) {
      return { ok: false, problem: 'weakKdf' }
    }
    if (base64Length(header.data.salt) < 16) return { ok: false, problem: 'damaged' }
  }
  if (base64Length(header.data.iv) !== 12) return { ok: false, problem: 'damaged' }
  const ciphertext = bytes.subarray(headerEnd)
  if (ciphertext.length < GCM_TAG_BYTES) return { ok: false, problem: 'truncated' }
  return {
    ok: true,
    envelope: { header: header.data, prefix: bytes.subarray(0, headerEnd), ciphertext }
  }
}

/**
 * Decrypts a parsed envelope with a device key or a passphrase (whichever its header names).
 * Null when the key does not open it: a wrong passphrase, another key, or changed bytes: GCM
 * cannot tell those apart, the caller words it with what it knows (key id, kind).
 */
export async function openEnvelope(
  envelope: ParsedEnvelope,
  secret: { deviceKey: Uint8Array } | { passphrase: string }
): Promise<Uint8Array | null> {
  const { header } = envelope
  let key: CryptoKey
  if (header.keyKind === 'device') {
    if (!('deviceKey' in secret) || secret.deviceKey.byteLength !== 32) return null
    key = await aesKey(secret.deviceKey, 'decrypt')
  } else {
    if (!('passphrase' in secret)) return null
    key = await passphraseKey(
      secret.passphrase,
      fromBase64(header.salt),
      header.iterations,
      'decrypt'
    )
  }
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: copy(fromBase64(header.iv)), additionalData: copy(envelope.prefix) },
      key,
      copy(envelope.ciphertext)
    )
    return new Uint8Array(plain)
  } catch {
    return null
  }
}
