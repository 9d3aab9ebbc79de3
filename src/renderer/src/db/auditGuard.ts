import Dexie, { type DBCore, type DBCoreMutateRequest, type Middleware } from 'dexie'

/**
 * A plan's record of changes is append-only (issue 17): entries are never changed or deleted.
 * Three guards, because Dexie has three ways in:
 * - an `updating` hook refuses changes (put/update/modify of an existing entry), except
 *   adding the chain's two hashes to an entry that has none (the schema v4 upgrade) and
 *   writing it again unchanged (sealing its private text under a new key);
 * - a `deleting` hook refuses delete, bulkDelete and where().delete() with a message;
 * - a DBCore middleware refuses `delete` and `deleteRange` requests on the table, which is
 *   also what `clear()` sends (and a delete that skips the hooks).
 * The only exception is the one transaction that replaces the whole workspace (restore, start
 * over): `permitRecordReplacement` marks that transaction, and only it, while it runs.
 */

export const AUDIT_TABLE = 'planAuditLog'

export const CHANGE_REFUSED =
  "A plan's record of changes is append-only: an entry cannot be changed once written."
export const DELETE_REFUSED =
  "A plan's record of changes is append-only: its entries cannot be deleted. Only restoring a backup or starting over replaces it, with the whole workspace."

/** The transactions allowed to empty the record; weak, so nothing outlives its transaction. */
const replacing = new WeakSet<object>()

/**
 * Call first thing inside the transaction that replaces every table. It marks that
 * transaction only: any other transaction, before, during or after, is still refused.
 */
export function permitRecordReplacement(): void {
  const tx = Dexie.currentTransaction
  if (!tx) throw new Error('permitRecordReplacement must be called inside a transaction.')
  replacing.add(tx)
  if (tx.idbtrans) replacing.add(tx.idbtrans)
}

function isPermitted(trans: unknown): boolean {
  const current = Dexie.currentTransaction
  return (
    (typeof trans === 'object' && trans !== null && replacing.has(trans)) ||
    (current !== null && replacing.has(current))
  )
}

const isDelete = (req: DBCoreMutateRequest) => req.type === 'delete' || req.type === 'deleteRange'

/** Refuses deletes on the record below Dexie's hooks (level 1), so clear() is caught too. */
export const refuseRecordDeletes: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'refuseRecordDeletes',
  level: 1,
  create: (down) => ({
    ...down,
    table: (name) => {
      const table = down.table(name)
      if (name !== AUDIT_TABLE) return table
      return {
        ...table,
        mutate: (req) =>
          isDelete(req) && !isPermitted(req.trans)
            ? Promise.reject(new Error(DELETE_REFUSED))
            : table.mutate(req)
      }
    }
  })
}

/**
 * The one change allowed: giving an entry written before the hash chain (schema v4) its
 * `prevHash` and `hash`, and nothing else (the v4 upgrade). An entry that has a hash keeps it.
 */
function isChainingAsFound(changes: object, entry: { hash?: unknown }): boolean {
  const keys = Object.keys(changes).sort()
  return !entry.hash && keys.length === 2 && keys[0] === 'hash' && keys[1] === 'prevHash'
}

/**
 * Writing an entry again exactly as it is changes nothing the app reads: that is how its
 * private text is sealed under a new key (issue 17, private text at rest).
 */
function isUnchanged(changes: object): boolean {
  return Object.keys(changes).length === 0
}

/** Installs the three guards on a database (before it opens). */
export function guardRecordOfChanges(db: Dexie): void {
  db.use(refuseRecordDeletes)
  const table = db.table(AUDIT_TABLE)
  table.hook('updating', (changes: object, _key, entry: { hash?: unknown }) => {
    if (!isUnchanged(changes) && !isChainingAsFound(changes, entry)) throw new Error(CHANGE_REFUSED)
  })
  table.hook('deleting', (_key, _entry, tx) => {
    if (!isPermitted(tx) && !isPermitted(tx.idbtrans)) throw new Error(DELETE_REFUSED)
  })
}
