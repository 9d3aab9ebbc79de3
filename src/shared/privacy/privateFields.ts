import type { WorkspaceTableName } from '../domain'
import { isSealed, openText, sealText } from './sealedText'

/**
 * Which fields of which records are private: what a manager wrote about a person that nobody
 * holding the laptop or the database files should read. They are sealed together, as one JSON
 * object in `SEALED_FIELD`, under the workspace key. No private field is indexed.
 */
export const PRIVATE_FIELDS: Partial<Record<WorkspaceTableName, readonly string[]>> = {
  oneOnOnes: ['privateNotes'],
  plans: ['concerns', 'repCommitment', 'acknowledgement', 'outcome', 'hrReview', 'coachingBefore'],
  checkIns: ['notes', 'nextSteps', 'goalChecks', 'earlyReason'],
  planAuditLog: ['before', 'after'],
  observations: [
    'notes',
    'outcome',
    'selfAssessment',
    'strength',
    'focus',
    'revisions',
    'plan',
    'transcript'
  ],
  developmentAssessments: ['note']
}

/** The stored property that holds a record's sealed private fields. */
export const SEALED_FIELD = 'sealedPrivate'

type StoredRecord = Record<string, unknown>

export function hasPrivateFields(table: string): boolean {
  return table in PRIVATE_FIELDS
}

function context(table: string, record: StoredRecord): string {
  return `fieldbook/${table}/${String(record.id)}`
}

/** Is this stored record's private text sealed? */
export function isSealedRecord(record: unknown): boolean {
  return (
    typeof record === 'object' &&
    record !== null &&
    isSealed((record as StoredRecord)[SEALED_FIELD])
  )
}

/** Does this stored record hold private text in the clear? */
export function hasOpenPrivateText(table: string, record: StoredRecord): boolean {
  const fields = PRIVATE_FIELDS[table as WorkspaceTableName] ?? []
  return !isSealedRecord(record) && fields.some((f) => record[f] !== undefined)
}

/**
 * The record as it is stored: private fields moved into one sealed property. A record that is
 * already sealed (copied raw) is kept as it is.
 */
export function sealRecord(key: Uint8Array, table: string, record: StoredRecord): StoredRecord {
  const fields = PRIVATE_FIELDS[table as WorkspaceTableName]
  if (!fields || isSealedRecord(record)) return record
  const stored: StoredRecord = { ...record }
  const secret: StoredRecord = {}
  for (const field of fields) {
    if (field in stored) {
      secret[field] = stored[field]
      delete stored[field]
    }
  }
  stored[SEALED_FIELD] = sealText(key, JSON.stringify(secret), context(table, record))
  return stored
}

/** The record as the app reads it: the sealed property opened back into its fields. */
export function openRecord(key: Uint8Array, table: string, stored: StoredRecord): StoredRecord {
  if (!isSealedRecord(stored)) return stored
  const { [SEALED_FIELD]: sealed, ...rest } = stored
  const secret = JSON.parse(openText(key, sealed as string, context(table, stored))) as StoredRecord
  return { ...rest, ...secret }
}
