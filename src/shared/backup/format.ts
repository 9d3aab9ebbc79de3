import {
  workspaceTableNames,
  type WorkspaceData,
  type WorkspaceTableName
} from '../domain/workspace'
import { CURRENT_SCHEMA_VERSION } from '../upgrades'
import { gunzip, gzip, isGzip, isTruncatedStreamError, TooLargeError } from './bytes'
import { findJsonSyntaxProblem } from './jsonError'

/**
 * The backup file: one readable JSON document (optionally gzipped) holding every workspace
 * table, with what made it and when.
 *
 * `formatVersion` is the layout of this envelope; `schemaVersion` is the version of the
 * records inside (the Dexie schema version that wrote them; older ones are upgraded on restore).
 */
export const BACKUP_FORMAT = 'fieldbook-backup'
export const BACKUP_FORMAT_VERSION = 1
export const APP_NAME = 'Fieldbook'
/** What a backup file saved by hand is called; the installers open it in Fieldbook. */
export const BACKUP_FILE_EXTENSION = 'fieldbook'

/** Decompressed backups larger than this are refused (a JS string cannot hold much more). */
export const MAX_BACKUP_BYTES = 512 * 1024 * 1024

export interface BackupMeta {
  format: typeof BACKUP_FORMAT
  formatVersion: number
  schemaVersion: number
  app: { name: string; version: string }
  /** ISO timestamp (UTC) of when the backup was made. */
  createdAt: string
  /** Records per table, as written: a cross-check on restore. */
  counts: Record<WorkspaceTableName, number>
}

export interface BackupFile extends BackupMeta {
  data: WorkspaceData
}

export function createBackupFile(
  data: WorkspaceData,
  meta: { appVersion: string; createdAt: string }
): BackupFile {
  const ordered = Object.fromEntries(
    workspaceTableNames.map((t) => [t, data[t] ?? []])
  ) as WorkspaceData
  return {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    app: { name: APP_NAME, version: meta.appVersion },
    createdAt: meta.createdAt,
    counts: Object.fromEntries(workspaceTableNames.map((t) => [t, ordered[t].length])) as Record<
      WorkspaceTableName,
      number
    >,
    data: ordered
  }
}

/** UTF-8 JSON, indented so a person can read it; gzip when `compress`. */
export async function encodeBackup(
  file: BackupFile,
  options: { compress: boolean }
): Promise<Uint8Array> {
  const bytes = new TextEncoder().encode(`${JSON.stringify(file, null, 2)}\n`)
  return options.compress ? gzip(bytes) : bytes
}

/** Suggested file name: `fieldbook-backup-2026-11-23T09-15-00Z.json(.gz)`. */
export function backupFileName(createdAt: string): string {
  const stamp = createdAt.replace(/\.\d+Z$/, 'Z').replace(/:/g, '-')
  // One extension whether or not it is compressed (the content says which): the installers
  // register .fieldbook, so a double-click opens the file in Fieldbook.
  return `fieldbook-backup-${stamp}.${BACKUP_FILE_EXTENSION}`
}

export type BackupReadProblem =
  'empty' | 'truncated' | 'damaged' | 'notText' | 'notJson' | 'notBackup' | 'tooLarge'

/** Why a file could not be read as a backup; `message` is for the manager. */
export class BackupReadError extends Error {
  constructor(
    readonly problem: BackupReadProblem,
    message: string
  ) {
    super(message)
    this.name = 'BackupReadError'
  }
}

const TRUNCATED = 'the file ends early; it may be truncated (copied or downloaded only in part)'

function decodeUtf8(bytes: Uint8Array, fileName: string): string {
  const strict = new TextDecoder('utf-8', { fatal: true })
  try {
    return strict.decode(bytes)
  } catch {
    // A file cut inside a multi-byte character is truncated, not binary.
    for (let cut = 1; cut <= 3 && cut < bytes.length; cut++) {
      try {
        strict.decode(bytes.subarray(0, bytes.length - cut))
        throw new BackupReadError('truncated', `${fileName}: ${TRUNCATED}.`)
      } catch (e) {
        if (e instanceof BackupReadError) throw e
      }
    }
    throw new BackupReadError(
      'notText',
      `${fileName} is not a Fieldbook backup: it is not UTF-8 text (a backup is a .fieldbook file).`
    )
  }
}

/**
 * Bytes → the parsed JSON of a backup file, or a `BackupReadError` saying what is wrong: empty,
 * damaged or cut-off gzip, not text, not JSON (with line and column), cut-off JSON, or JSON
 * that is not a Fieldbook backup. The content decides (gzip magic bytes), not the file name.
 * What is inside is checked afterwards by `validateBackup`.
 */
export async function decodeBackup(
  input: Uint8Array,
  fileName: string,
  options: { maxBytes?: number } = {}
): Promise<unknown> {
  const maxBytes = options.maxBytes ?? MAX_BACKUP_BYTES
  if (input.length === 0) throw new BackupReadError('empty', `${fileName} is empty (0 bytes).`)
  let bytes = input
  if (isGzip(input)) {
    try {
      bytes = await gunzip(input, maxBytes)
    } catch (error) {
      if (error instanceof TooLargeError) {
        throw new BackupReadError(
          'tooLarge',
          `${fileName} is too large to restore (more than ${Math.round(maxBytes / 1024 / 1024)} MB uncompressed).`
        )
      }
      if (isTruncatedStreamError(error))
        throw new BackupReadError('truncated', `${fileName}: ${TRUNCATED}.`)
      throw new BackupReadError(
        'damaged',
        `${fileName} is damaged: its compressed data cannot be read (${error instanceof Error ? error.message : String(error)}).`
      )
    }
    if (bytes.length === 0)
      throw new BackupReadError('empty', `${fileName} is empty once uncompressed.`)
  } else if (bytes.length > maxBytes) {
    throw new BackupReadError(
      'tooLarge',
      `${fileName} is too large to restore (more than ${Math.round(maxBytes / 1024 / 1024)} MB).`
    )
  }
  const text = decodeUtf8(bytes, fileName)
  if (text.trim() === '')
    throw new BackupReadError('empty', `${fileName} is empty (only blank space).`)
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (error) {
    const where = findJsonSyntaxProblem(text)
    if (where?.endOfInput) throw new BackupReadError('truncated', `${fileName}: ${TRUNCATED}.`)
    const detail = where
      ? `${where.reason} at line ${where.line}, column ${where.column}`
      : error instanceof Error
        ? error.message
        : String(error)
    throw new BackupReadError(
      'notJson',
      `${fileName} is not a Fieldbook backup: it is not valid JSON (${detail}).`
    )
  }
  if (
    typeof parsed !== 'object' ||
    parsed === null ||
    Array.isArray(parsed) ||
    (parsed as { format?: unknown }).format !== BACKUP_FORMAT
  ) {
    throw new BackupReadError(
      'notBackup',
      `${fileName} is not a Fieldbook backup: it is JSON, but without the "format": "${BACKUP_FORMAT}" marker a backup starts with.`
    )
  }
  return parsed
}
