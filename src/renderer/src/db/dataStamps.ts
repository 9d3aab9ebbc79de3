import type Dexie from 'dexie'
import type { DBCore, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie'

/**
 * Data stamps (issue 18). Every write to a table the analysis worker reads leaves a new stamp
 * for that table, in the same transaction, so an analysis result kept in IndexedDB can be
 * checked against the stamps it was computed from: equal stamps, same data, and a cold start
 * can show the result without reading every record. A write that rolls back takes its stamp
 * with it.
 *
 * Each table's stamp has an object store of its own (`repsStamp` for `reps`…): a transaction
 * then holds only the stamp stores of the tables it writes, so writes that ran side by side
 * before still do (IndexedDB runs read-write transactions sharing a store one after another:
 * one shared stamps table would hold every write back behind a long import).
 */

/** The tables the analysis worker reads: the CRM history and what frames it. */
export const STAMPED_TABLES = [
  'settings',
  'salesProcesses',
  'roles',
  'expectationSets',
  'reps',
  'opportunities',
  'opportunitySnapshots',
  'activities',
  'manualMeasures',
  'importMappings'
] as const
export type StampedTable = (typeof STAMPED_TABLES)[number]

/** Analysis results with the stamps they were computed from (never in backups). */
export const RESULTS_TABLE = 'analysisResults'

/** The object store holding a table's stamp (one row, id `STAMP_ID`). */
export function stampStore(table: string): string {
  return `${table}Stamp`
}
const STAMP_ID = 'stamp'

/** What a table reads as before its first write since schema v5. */
const NEVER_WRITTEN = '-'

const stamped = new Set<string>(STAMPED_TABLES)

/** True when the IndexedDB transaction under `trans` holds the store. */
function holds(trans: DBCoreTransaction, store: string): boolean {
  // Dexie's DBCore transaction is the IDBTransaction itself. A versionchange transaction
  // upgrading from before v5 may run before the stamp stores exist: then nothing is stamped.
  const names = (trans as unknown as IDBTransaction).objectStoreNames
  return names?.contains(store) ?? false
}

/**
 * The tables already stamped in each transaction: one new stamp per table and transaction is
 * enough (the transaction commits whole or not at all), and an import writing 400 slices then
 * waits for one stamp write, not 400.
 */
const stampedIn = new WeakMap<DBCoreTransaction, Set<string>>()

function stampingTable(down: DBCore, table: DBCoreTable, newStamp: () => string): DBCoreTable {
  const store = stampStore(table.name)
  return {
    ...table,
    // The stamp is put once the write succeeded, while its transaction is still active.
    mutate: (req) =>
      table.mutate(req).then((result) => {
        const done = stampedIn.get(req.trans) ?? new Set<string>()
        if (done.has(store) || !holds(req.trans, store)) return result
        done.add(store)
        stampedIn.set(req.trans, done)
        return down
          .table(store)
          .mutate({ type: 'put', trans: req.trans, values: [{ id: STAMP_ID, stamp: newStamp() }] })
          .then(() => result)
      })
  }
}

/**
 * The middleware. Level 10 (Dexie's default) puts it above Dexie's observability and cache
 * layers, so the stamp writes it sends down wake live queries on the stamp stores like any
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
      // older version (the upgrade tests open one) has no stamp stores to add to a scope.
      const existing = new Set(down.schema.tables.map((t) => t.name))
      return {
        ...down,
        transaction: (stores, mode, options) => {
          // A caller writing a stamped table need not name its stamp store: it joins the scope.
          const added =
            mode === 'readwrite'
              ? stores
                  .filter((name) => stamped.has(name))
                  .map(stampStore)
                  .filter((store) => existing.has(store) && !stores.includes(store))
              : []
          return down.transaction(added.length > 0 ? [...stores, ...added] : stores, mode, options)
        },
        table: (name) => {
          const table = down.table(name)
          return stamped.has(name) ? stampingTable(down, table, newStamp) : table
        }
      }
    }
  }
}

/** The stamp stores of `tables`: what a read transaction over their stamps names. */
export function stampStores(tables: readonly string[]): string[] {
  return tables.map(stampStore)
}

/**
 * The stamps of `tables`, in that order, as `name:stamp|name:stamp`; a table not written since
 * v5 reads `name:-`. Works on its own or inside a transaction that includes their stamp stores.
 */
export async function readStamps(db: Dexie, tables: readonly string[]): Promise<string> {
  const rows = (await Promise.all(
    tables.map((name) => db.table(stampStore(name)).get(STAMP_ID))
  )) as ({ stamp: string } | undefined)[]
  return tables.map((name, i) => `${name}:${rows[i]?.stamp ?? NEVER_WRITTEN}`).join('|')
}
