import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex } from '@noble/hashes/utils.js'

/**
 * SHA-256 of bytes as 64 lower-case hex digits, computed synchronously (no await): safe inside
 * an IndexedDB transaction, in main and in a worker. The same digits `sha256sum` and
 * `certutil -hashfile <file> SHA256` print for a file with these bytes.
 */
export function sha256HexOfBytes(bytes: Uint8Array): string {
  return bytesToHex(sha256(bytes))
}

/** sha256HexOfBytes of the text's UTF-8 bytes. */
export function sha256HexOfText(text: string): string {
  return sha256HexOfBytes(new TextEncoder().encode(text))
}

/** 64 hex digits: what a SHA-256 looks like written out. */
export const SHA256_HEX = /^[0-9a-f]{64}$/
