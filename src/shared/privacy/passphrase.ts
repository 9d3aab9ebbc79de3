import { fromBase64, openText, sealText, SealedTextError, toBase64 } from './sealedText'

/**
 * The app lock's passphrase, stretched with PBKDF2-SHA-256 (WebCrypto) into a 256-bit key.
 * 600,000 iterations is OWASP's 2023 figure for PBKDF2-HMAC-SHA256.
 */
export const LOCK_ITERATIONS = 600_000
export const MIN_PASSPHRASE_LENGTH = 10
const CHECK_TEXT = 'Fieldbook app lock'
const CHECK_CONTEXT = 'fieldbook/lock-check'

export async function derivePassphraseKey(
  passphrase: string,
  salt: Uint8Array,
  iterations: number
): Promise<Uint8Array> {
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(passphrase),
    'PBKDF2',
    false,
    ['deriveBits']
  )
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as Uint8Array<ArrayBuffer>, iterations },
    material,
    256
  )
  return new Uint8Array(bits)
}

export interface LockRecord {
  salt: string
  iterations: number
  check: string
}

/** What a passphrase is too weak for, in words; null when it will do. */
export function passphraseProblem(passphrase: string, repeated: string): string | null {
  if (passphrase.length < MIN_PASSPHRASE_LENGTH) {
    return `Use at least ${MIN_PASSPHRASE_LENGTH} characters (this one has ${passphrase.length}).`
  }
  if (passphrase !== repeated) return 'The two passphrases are not the same.'
  return null
}

/** A new lock for `passphrase`: random salt, its key, and the check that proves it later. */
export async function makeLock(
  passphrase: string,
  iterations = LOCK_ITERATIONS
): Promise<{ record: LockRecord; key: Uint8Array }> {
  const salt = crypto.getRandomValues(new Uint8Array(16))
  const key = await derivePassphraseKey(passphrase, salt, iterations)
  return {
    record: { salt: toBase64(salt), iterations, check: sealText(key, CHECK_TEXT, CHECK_CONTEXT) },
    key
  }
}

/** The lock's key when `passphrase` is right; null when it is not. */
export async function openLock(passphrase: string, lock: LockRecord): Promise<Uint8Array | null> {
  const key = await derivePassphraseKey(passphrase, fromBase64(lock.salt), lock.iterations)
  try {
    return openText(key, lock.check, CHECK_CONTEXT) === CHECK_TEXT ? key : null
  } catch (error) {
    if (error instanceof SealedTextError) return null
    throw error
  }
}
