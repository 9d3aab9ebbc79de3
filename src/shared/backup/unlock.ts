import type { WorkspaceData } from '../domain/workspace'
import {
  deviceKeyId,
  isEnvelope,
  openEnvelope,
  parseEnvelope,
  PBKDF2_ITERATIONS,
  sealEnvelope,
  type EnvelopeKey
} from './envelope'
import { decodeBackup, encodeBackup, type BackupFile, type BackupMeta } from './format'
import { validateBackup } from './validate'

/**
 * Reading any backup file, encrypted or not, into checked workspace data. The boundary for
 * untrusted bytes: it answers `{ ok: false, problems }` and never throws, and it writes nothing.
 */

/** How a backup file was protected. `none`: an older plain JSON or gzip backup. */
export type BackupEncryption = 'none' | 'device' | 'passphrase'

/** What can open a backup: this computer's workspace key (Electron), a typed passphrase. */
export interface BackupSecrets {
  deviceKey?: Uint8Array | null
  passphrase?: string
}

/** Why an encrypted backup did not open; the UI asks for a passphrase on the first two. */
export type LockedReason =
  'needsPassphrase' | 'wrongPassphrase' | 'otherComputer' | 'noDeviceKey' | 'unreadable'

export type UnlockedBackup =
  | { ok: true; bytes: Uint8Array; encryption: BackupEncryption }
  | { ok: false; reason: LockedReason; problems: string[] }

export type ReadBackupResult =
  | {
      ok: true
      data: WorkspaceData
      meta: BackupMeta & { fileName: string }
      notes: string[]
      encryption: BackupEncryption
    }
  | { ok: false; problems: string[]; reason?: LockedReason }

export const WRONG_PASSPHRASE_MESSAGE = 'That passphrase does not open this backup.'

export function needsPassphraseMessage(fileName: string): string {
  return `“${fileName}” is protected with a passphrase. Type the passphrase it was saved with to restore it.`
}

const unreadable = (problem: string): UnlockedBackup => ({
  ok: false,
  reason: 'unreadable',
  problems: [problem]
})

/** A backup file encrypted with `key`: the gzip of its JSON, sealed in the envelope. */
export async function encodeEncryptedBackup(
  file: BackupFile,
  key: EnvelopeKey
): Promise<Uint8Array> {
  return sealEnvelope(await encodeBackup(file, { compress: true }), key)
}

/** Decrypts an encrypted backup with what the caller has; plain bytes pass through unchanged. */
export async function unlockBackup(
  bytes: Uint8Array,
  fileName: string,
  secrets: BackupSecrets
): Promise<UnlockedBackup> {
  if (!isEnvelope(bytes)) return { ok: true, bytes, encryption: 'none' }
  const parsed = parseEnvelope(bytes)
  if (!parsed.ok) {
    switch (parsed.problem) {
      case 'truncated':
        return unreadable(
          `${fileName}: the file ends early; it may be truncated (copied or downloaded only in part).`
        )
      case 'newerVersion':
        return unreadable(
          `${fileName} was made by a newer version of Fieldbook (a newer encrypted format); update Fieldbook to restore it.`
        )
      case 'weakKdf':
        return unreadable(
          `${fileName} is refused: its passphrase protection is weaker than Fieldbook’s (fewer than ${PBKDF2_ITERATIONS.toLocaleString('en-US')} PBKDF2 iterations) or unreasonably slow, so Fieldbook did not make it.`
        )
      default:
        return unreadable(
          `${fileName} is damaged: the header of the encrypted backup cannot be read.`
        )
    }
  }
  const { envelope } = parsed
  if (envelope.header.keyKind === 'passphrase') {
    if (secrets.passphrase === undefined || secrets.passphrase === '') {
      return { ok: false, reason: 'needsPassphrase', problems: [needsPassphraseMessage(fileName)] }
    }
    const plain = await openEnvelope(envelope, { passphrase: secrets.passphrase })
    if (!plain)
      return { ok: false, reason: 'wrongPassphrase', problems: [WRONG_PASSPHRASE_MESSAGE] }
    return { ok: true, bytes: plain, encryption: 'passphrase' }
  }
  const deviceKey = secrets.deviceKey
  if (!deviceKey) {
    return {
      ok: false,
      reason: 'noDeviceKey',
      problems: [
        `${fileName} is encrypted for the computer that made it (an automatic backup, or one saved “For this computer”). Only Fieldbook on that computer, with its keychain, can restore it.`
      ]
    }
  }
  if ((await deviceKeyId(deviceKey)) !== envelope.header.keyId) {
    return {
      ok: false,
      reason: 'otherComputer',
      problems: [
        `${fileName} was made on another computer (or another account on this one): it is encrypted with that computer’s key, so it cannot be restored here. On that computer, save a backup “To take elsewhere” with a passphrase.`
      ]
    }
  }
  const plain = await openEnvelope(envelope, { deviceKey })
  if (!plain) {
    return unreadable(
      `${fileName} is damaged: its encrypted content does not check out (it was changed or cut short after it was saved).`
    )
  }
  return { ok: true, bytes: plain, encryption: 'device' }
}

/** Unlocks, decodes and validates a backup file completely. Never throws; writes nothing. */
export async function readBackup(
  bytes: Uint8Array,
  fileName: string,
  secrets: BackupSecrets = {}
): Promise<ReadBackupResult> {
  try {
    const unlocked = await unlockBackup(bytes, fileName, secrets)
    if (!unlocked.ok) return unlocked
    const checked = validateBackup(await decodeBackup(unlocked.bytes, fileName), fileName)
    return checked.ok ? { ...checked, encryption: unlocked.encryption } : checked
  } catch (error) {
    return { ok: false, problems: [error instanceof Error ? error.message : String(error)] }
  }
}
