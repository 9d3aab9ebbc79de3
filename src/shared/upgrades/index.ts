/**
 * How stored records change between schema versions, as pure functions. The Dexie upgrade of
 * each version and the restore of an older backup file both call these, so a workspace
 * upgraded in place and one restored from an old backup end up the same.
 */

/** The schema version this build writes (the last Dexie version; a test keeps them equal). */
export const CURRENT_SCHEMA_VERSION = 2

type StoredRecord = Record<string, unknown>

/** v1 → v2: the settings row gains backup preferences (keep the last 10 automatic backups). */
export function settingsToV2(settings: StoredRecord): StoredRecord {
  return { ...settings, backups: settings['backups'] ?? { keep: 10 } }
}

/** Per version, per table: the change each stored record of that table goes through. */
export const RECORD_UPGRADES: Record<number, Record<string, (r: StoredRecord) => StoredRecord>> = {
  2: { settings: settingsToV2 }
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
  }
  return current
}
