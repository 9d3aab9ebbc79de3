import type { DBCore, DBCoreCursor, DBCoreTable, Middleware } from 'dexie'
import {
  SEALED_FIELD,
  hasPrivateFields,
  isSealedRecord,
  openRecord,
  sealRecord
} from '@shared/privacy'

/**
 * Private text sealed at rest (issue 17). A DBCore middleware at the bottom of Dexie's stack,
 * right above IndexedDB: every record written to a table with private fields is sealed with the
 * workspace key on its way down, and opened on its way up. Everything above it (hooks, live
 * queries, their cache, the repositories, search) sees plain records; only IndexedDB's files
 * hold sealed ones. Without a key, records are written as they are (the manager has no keychain
 * and no app lock), and a sealed record cannot be read: `WorkspaceLockedError`.
 */

export class WorkspaceLockedError extends Error {
  constructor() {
    super(
      'Fieldbook is locked: private notes cannot be read until the workspace is unlocked with its passphrase.'
    )
    this.name = 'WorkspaceLockedError'
  }
}

/** Holds the workspace key in memory; the database's middleware reads it on every request. */
export interface Keyring {
  key: Uint8Array | null
  /** True when the key is the device's (keychain), false when a passphrase made it. */
  fromDevice: boolean
  /** While private text is sealed again under a new key: the old one, to open what is stored. */
  previous?: Uint8Array | null
}

/** The app's keyring: set once the platform gave the key or the app lock was opened. */
export const workspaceKeyring: Keyring = { key: null, fromDevice: false }

type StoredRecord = Record<string, unknown>

function opener(keyring: Keyring, table: string) {
  return (value: unknown): unknown => {
    if (!isSealedRecord(value)) return value
    const keys = [keyring.key, keyring.previous].filter((k): k is Uint8Array => !!k)
    if (keys.length === 0) throw new WorkspaceLockedError()
    let failure: unknown
    for (const key of keys) {
      try {
        return openRecord(key, table, value as StoredRecord)
      } catch (error) {
        failure = error
      }
    }
    throw failure
  }
}

function sealer(keyring: Keyring, table: string) {
  return (value: unknown): unknown => {
    const key = keyring.key
    if (!key || typeof value !== 'object' || value === null) return value
    return sealRecord(key, table, value as StoredRecord)
  }
}

/**
 * A cursor whose `value` is the opened record (opened once per position). A Proxy, not
 * Object.create: the real cursor is a native IDBCursor whose getters and methods need it as
 * `this`.
 */
function openingCursor(cursor: DBCoreCursor, open: (value: unknown) => unknown): DBCoreCursor {
  let seen: unknown = undefined
  let opened: unknown = undefined
  return new Proxy(cursor, {
    get(target, property) {
      if (property === 'value') {
        const raw: unknown = target.value
        if (raw !== seen) {
          seen = raw
          opened = open(raw)
        }
        return opened
      }
      const found: unknown = Reflect.get(target, property, target)
      return typeof found === 'function'
        ? (found as (...a: unknown[]) => unknown).bind(target)
        : found
    }
  })
}

function sealingTable(keyring: Keyring, down: DBCoreTable): DBCoreTable {
  const open = opener(keyring, down.name)
  const seal = sealer(keyring, down.name)
  return {
    ...down,
    mutate: (req) => {
      if (req.type !== 'add' && req.type !== 'put') return down.mutate(req)
      return down.mutate({ ...req, values: req.values.map(seal) })
    },
    get: (req) => down.get(req).then(open),
    getMany: (req) => down.getMany(req).then((values) => values.map(open)),
    query: (req) =>
      down.query(req).then((res) => (req.values ? { ...res, result: res.result.map(open) } : res)),
    openCursor: (req) =>
      down
        .openCursor(req)
        .then((cursor) => (cursor && req.values !== false ? openingCursor(cursor, open) : cursor))
  }
}

/** The middleware; `keyring` is read on every request, so setting its key takes effect at once. */
export function privateTextMiddleware(keyring: Keyring): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'PrivateText',
    // Below Dexie's own layers (cache −1/0, hooks 2): they all see plain records.
    level: -10,
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name)
        return hasPrivateFields(name) ? sealingTable(keyring, table) : table
      }
    })
  }
}

export { SEALED_FIELD }
