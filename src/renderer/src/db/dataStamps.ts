import type Dexie from 'dexie'
import type { DBCore, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie'
import { workspaceTableNames } from '@shared/domain'

/**
 * Data stamps (issue 18). Every write to a workspace table leaves a new stamp for that table,
 * in the same transaction, so an analysis result kept in IndexedDB can be checked against the
 * stamps it was computed from: equal stamps, same data, and a cold start can show the result
 * without reading every record. A write that rolls back takes its stamp with it.
 */

/** One row per workspace table ever written: `{ id: tableName, stamp }`. */
export const STAMPS_TABLE = 'dataStamps'
/** Analysis results with the stamps they were computed from (never in backups). */
export const RESULTS_TABLE = 'analysisResults'

/** What a table reads as before its first write since schema v5. */
const NEVER_WRITTEN = '-'

const stamped = new Set<string>(workspaceTableNames)

/** True when the IndexedDB transaction under `trans` holds the stamps table. */
function holdsStamps(trans: DBCoreTransaction): boolean {
  // Dexie's DBCore transaction is the IDBTransaction itself. A versionchange transaction
  // upgrading from before v5 may run before the stamps table exists: then nothing is stamped.
  const names = (trans as unknown as IDBTransaction).objectStoreNames
  return names?.contains(STAMPS_TABLE) ?? false
}

function stampingTable(down: DBCore, table: DBCoreTable, newStamp: () => string): DBCoreTable {
  return {
    ...table,
    // The stamp is put once the write succeeded, while its transaction is still active.
    mutate: (req) =>
      table.mutate(req).then((result) =>
        holdsStamps(req.trans)
          ? down
              .table(STAMPS_TABLE)
              .mutate({
                type: 'put',
                trans: req.trans,
                values: [{ id: table.name, stamp: newStamp() }]
              })
              .then(() => result)
          : result
      )
  }
}

/**
 * The middleware. Level 10 (Dexie's default) puts it above Dexie's observability and cache
 * layers, so the stamp writes it sends down wake live queries on the stamps table like any
 * other write. `newStamp` is injectable for tests; any value that differs each time will do.
 */
export function dataStampsMiddleware(
  newStamp: () => string = () => crypto.randomUUID()
): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'DataStamps',
    level: 10,
    create: (down) => {
      // Dexie builds this stack from the database as it is on disk, so a database still at an
      // older version (the upgrade tests open one) has no stamps table to add to a scope.
      const exists = down.schema.tables.some((t) => t.name === STAMPS_TABLE)
      return {
        ...down,
        transaction: (stores, mode, options) => {
          // A caller writing workspace tables need not name the stamps table: it joins the scope.
          const widen =
            exists &&
            mode === 'readwrite' &&
            !stores.includes(STAMPS_TABLE) &&
            stores.some((name) => stamped.has(name))
          return down.transaction(widen ? [...stores, STAMPS_TABLE] : stores, mode, options)
        },
        table: (name) => {
          const table = down.table(name)
          return stamped.has(name) ? stampingTable(down, table, newStamp) : table
        }
      }
    }
  }
}

/**
 * The stamps of `tables`, in that order, as `name:stamp|name:stamp`; a table not written since
 * v5 reads `name:-`. Works on its own or inside a transaction that includes the stamps table.
 */
export async function readStamps(db: Dexie, tables: readonly string[]): Promise<string> {
  const rows = (await db.table(STAMPS_TABLE).bulkGet([...tables])) as (
    { id: string; stamp: string } | undefined
  )[]
  return tables.map((name, i) => `${name}:${rows[i]?.stamp ?? NEVER_WRITTEN}`).join('|')
}
