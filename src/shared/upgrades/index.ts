import type { PlanAuditEntry } from '../domain'
import { chainAsFound } from '../plans/auditChain'

/**
 * How stored records change between schema versions, as pure functions. The Dexie upgrade of
 * each version and the restore of an older backup file both call these, so a workspace
 * upgraded in place and one restored from an old backup end up the same.
 */

/** The schema version this build writes (the last Dexie version; a test keeps them equal). */
export const CURRENT_SCHEMA_VERSION = 5

type StoredRecord = Record<string, unknown>

/** v1 → v2: the settings row gains backup preferences (keep the last 10 automatic backups). */
export function settingsToV2(settings: StoredRecord): StoredRecord {
  return { ...settings, backups: settings['backups'] ?? { keep: 10 } }
}

/** Per version, per table: the change each stored record of that table goes through. */
export const RECORD_UPGRADES: Record<number, Record<string, (r: StoredRecord) => StoredRecord>> = {
  2: { settings: settingsToV2 }
}

const text = (r: StoredRecord, key: string): string | undefined =>
  typeof r[key] === 'string' ? (r[key] as string) : undefined

/**
 * v2 → v3 (issue 14): reps an import created got the import day as their start date, so all
 * their history before it was cut off. A rep whose start date is on or after the day
 * Fieldbook created them (no person chose it) and who owns imported deals or activities dated
 * earlier starts at the earliest of those records: a deal created or closed, an activity.
 */
export function repairImportedStarts(tables: {
  reps: StoredRecord[]
  opportunities: StoredRecord[]
  activities: StoredRecord[]
}): StoredRecord[] {
  const first = new Map<string, string>()
  const see = (repId: string | undefined, day: string | undefined) => {
    if (!repId || !day) return
    const known = first.get(repId)
    if (known === undefined || day < known) first.set(repId, day)
  }
  for (const o of tables.opportunities) {
    if (!text(o, 'importId')) continue
    see(text(o, 'repId'), text(o, 'createdDate'))
    if (text(o, 'status') !== 'open') see(text(o, 'repId'), text(o, 'closeDate'))
  }
  for (const a of tables.activities) {
    if (text(a, 'importId')) see(text(a, 'repId'), text(a, 'date'))
  }
  return tables.reps.map((rep) => {
    const start = text(rep, 'startDate')
    const created = text(rep, 'createdAt')?.slice(0, 10)
    const earliest = first.get(text(rep, 'id') ?? '')
    if (!start || !created || !earliest || start < created || earliest >= start) return rep
    return { ...rep, startDate: earliest }
  })
}

/**
 * v3 → v4 (issue 17): each plan's record of changes becomes a hash chain. The entries found
 * are chained in time order, as found (nothing is added, removed or changed besides
 * `prevHash` and `hash`); entries that already carry a hash are left as they are. Returns the
 * chained entries, in time order per plan.
 */
export function chainRecordsAsFound(entries: readonly StoredRecord[]): StoredRecord[] {
  const byPlan = new Map<string, PlanAuditEntry[]>()
  for (const e of entries) {
    const planId = text(e, 'planId') ?? ''
    byPlan.set(planId, [...(byPlan.get(planId) ?? []), e as PlanAuditEntry])
  }
  return [...byPlan.values()].flatMap((list) => chainAsFound(list))
}

/** Per version: changes that need several tables at once (run after the record upgrades). */
export const WORKSPACE_UPGRADES: Record<
  number,
  (tables: Record<string, unknown[]>) => Record<string, unknown[]>
> = {
  3: (tables) =>
    tables['reps']
      ? {
          ...tables,
          reps: repairImportedStarts({
            reps: tables['reps'] as StoredRecord[],
            opportunities: (tables['opportunities'] ?? []) as StoredRecord[],
            activities: (tables['activities'] ?? []) as StoredRecord[]
          })
        }
      : tables,
  4: (tables) =>
    tables['planAuditLog']
      ? { ...tables, planAuditLog: chainRecordsAsFound(tables['planAuditLog'] as StoredRecord[]) }
      : tables
}

/**
 * Brings a whole workspace (as a backup file holds it) from `fromVersion` up to the current
 * version, one version at a time. Tables a version does not touch pass through unchanged.
 */
export function upgradeWorkspaceRecords(
  tables: Record<string, unknown[]>,
  fromVersion: number
): Record<string, unknown[]> {
  let current = tables
  for (let version = fromVersion + 1; version <= CURRENT_SCHEMA_VERSION; version++) {
    const changes = RECORD_UPGRADES[version] ?? {}
    current = Object.fromEntries(
      Object.entries(current).map(([table, rows]) => {
        const change = changes[table]
        return [table, change ? rows.map((r) => change(r as StoredRecord)) : rows]
      })
    )
    current = WORKSPACE_UPGRADES[version]?.(current) ?? current
  }
  return current
}
