import { gcm } from '@noble/ciphers/aes.js'
import { describe, expect, it } from 'vitest'
import {
  SEALED_FIELD,
  SealedTextError,
  fromBase64,
  isSealed,
  keyId,
  openRecord,
  openText,
  sealRecord,
  sealText,
  toBase64
} from '../../../src/shared/privacy'

const key = new Uint8Array(32).fill(0x42)
const other = new Uint8Array(32).fill(0x43)

describe('sealed text', () => {
  it('round-trips text with a fresh nonce each time, bound to its context', () => {
    const a = sealText(key, 'Struggling since the reorg', 'fieldbook/oneOnOnes/m1')
    const b = sealText(key, 'Struggling since the reorg', 'fieldbook/oneOnOnes/m1')
    expect(isSealed(a)).toBe(true)
    expect(a).not.toBe(b)
    expect(a).not.toContain('reorg')
    expect(openText(key, a, 'fieldbook/oneOnOnes/m1')).toBe('Struggling since the reorg')
    // Moved onto another record, or opened with another key: refused.
    expect(() => openText(key, a, 'fieldbook/oneOnOnes/m2')).toThrow(SealedTextError)
    expect(() => openText(other, a, 'fieldbook/oneOnOnes/m1')).toThrow(/another key/)
  })

  it('is standard AES-256-GCM: nonce ‖ ciphertext ‖ tag after the prefix', () => {
    const sealed = sealText(key, 'hello', 'ctx')
    const bytes = fromBase64(sealed.slice('fbs1:'.length))
    expect(bytes.length).toBe(12 + 5 + 16)
    const plain = gcm(key, bytes.subarray(0, 12), new TextEncoder().encode('ctx')).decrypt(
      bytes.subarray(12)
    )
    expect(new TextDecoder().decode(plain)).toBe('hello')
  })

  it('refuses a changed byte, a short or damaged text, and a key of the wrong size', () => {
    const sealed = sealText(key, 'hello', 'ctx')
    const bytes = fromBase64(sealed.slice(5))
    bytes[14] = (bytes[14] ?? 0) ^ 1
    expect(() => openText(key, 'fbs1:' + toBase64(bytes), 'ctx')).toThrow(SealedTextError)
    expect(() => openText(key, 'fbs1:AAAA', 'ctx')).toThrow('too short')
    expect(() => openText(key, 'fbs1:***', 'ctx')).toThrow('not base64')
    expect(() => openText(key, 'plain', 'ctx')).toThrow('not sealed')
    expect(() => sealText(new Uint8Array(16), 'x', 'ctx')).toThrow('32 bytes, not 16')
  })

  it('names a key by the start of its SHA-256, never by the key', () => {
    // SHA-256 of 32 bytes of 0x42, first 8 bytes (computed with sha256sum).
    expect(keyId(key)).toBe('425ed4e4a36b30ea')
    expect(keyId(other)).not.toBe(keyId(key))
  })
})

describe('sealed records', () => {
  it('moves exactly the private fields into one sealed property and back', () => {
    const plan = {
      id: 'p1',
      repId: 'r1',
      title: 'PIP',
      concerns: [{ title: 'Pipeline', examples: ['Two deals slipped'], coachingGiven: [] }],
      repCommitment: 'I will log every call',
      goals: []
    }
    const stored = sealRecord(key, 'plans', plan)
    expect(Object.keys(stored).sort()).toEqual(['goals', 'id', 'repId', SEALED_FIELD, 'title'])
    expect(JSON.stringify(stored)).not.toContain('slipped')
    expect(openRecord(key, 'plans', stored)).toEqual(plan)
    // Sealed for plan p1, it does not open as plan p2.
    expect(() => openRecord(key, 'plans', { ...stored, id: 'p2' })).toThrow(SealedTextError)
    // Already sealed: kept as it is. A table without private fields: untouched.
    expect(sealRecord(other, 'plans', stored)).toBe(stored)
    const rep = { id: 'r1', name: 'Ana' }
    expect(sealRecord(key, 'reps', rep)).toBe(rep)
  })
})
