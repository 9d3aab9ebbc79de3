import { gcm } from '@noble/ciphers/aes.js'
import { randomBytes } from '@noble/ciphers/utils.js'
import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex } from '@noble/hashes/utils.js'

/**
 * Private text at rest: a record's private fields are taken out, written as one JSON object and
 * sealed with AES-256-GCM under the workspace key (a random 12-byte nonce per seal). The sealed
 * text is bound to its table and record id as additional authenticated data, so a sealed blob
 * copied onto another record does not open. The cipher is synchronous (@noble/ciphers) because
 * sealing happens inside IndexedDB transactions, which end at the first await on anything else.
 *
 * Stored form: `fbs1:` + base64(nonce ‖ ciphertext ‖ 16-byte tag).
 */

export const SEALED_PREFIX = 'fbs1:'
const NONCE_BYTES = 12
export const WORKSPACE_KEY_BYTES = 32

/** Thrown when sealed text does not open: another key, or the stored bytes were changed. */
export class SealedTextError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'SealedTextError'
  }
}

export function isSealed(value: unknown): value is string {
  return typeof value === 'string' && value.startsWith(SEALED_PREFIX)
}

/** A short, non-secret name for a key (first 8 bytes of its SHA-256), to tell keys apart. */
export function keyId(key: Uint8Array): string {
  return bytesToHex(sha256(key).subarray(0, 8))
}

function checkKey(key: Uint8Array): void {
  if (key.length !== WORKSPACE_KEY_BYTES) {
    throw new Error(`A workspace key is ${WORKSPACE_KEY_BYTES} bytes, not ${key.length}.`)
  }
}

const encoder = new TextEncoder()
const decoder = new TextDecoder('utf-8', { fatal: true })

export function toBase64(bytes: Uint8Array): string {
  let text = ''
  for (let i = 0; i < bytes.length; i += 0x8000) {
    text += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  }
  return btoa(text)
}

export function fromBase64(text: string): Uint8Array {
  const binary = atob(text)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}

/** Seals `text`, bound to `context` (e.g. `plans/<id>`). */
export function sealText(key: Uint8Array, text: string, context: string): string {
  checkKey(key)
  const nonce = randomBytes(NONCE_BYTES)
  const sealed = gcm(key, nonce, encoder.encode(context)).encrypt(encoder.encode(text))
  const out = new Uint8Array(NONCE_BYTES + sealed.length)
  out.set(nonce)
  out.set(sealed, NONCE_BYTES)
  return SEALED_PREFIX + toBase64(out)
}

/** Opens what `sealText` made with the same key and context; SealedTextError otherwise. */
export function openText(key: Uint8Array, sealed: string, context: string): string {
  checkKey(key)
  if (!isSealed(sealed)) throw new SealedTextError('This is not sealed text.')
  let bytes: Uint8Array
  try {
    bytes = fromBase64(sealed.slice(SEALED_PREFIX.length))
  } catch {
    throw new SealedTextError('The sealed text is damaged (not base64).')
  }
  if (bytes.length < NONCE_BYTES + 16) throw new SealedTextError('The sealed text is too short.')
  try {
    const plain = gcm(key, bytes.subarray(0, NONCE_BYTES), encoder.encode(context)).decrypt(
      bytes.subarray(NONCE_BYTES)
    )
    return decoder.decode(plain)
  } catch {
    throw new SealedTextError(
      'Private text could not be opened: it was sealed with another key, or changed since.'
    )
  }
}
