import type { WorkspaceTableName } from '@shared/domain'
import { chainRecordsAsFound, repairImportedStarts, settingsToV2 } from '@shared/upgrades'
import { RESULTS_TABLE, STAMPED_TABLES, stampStore } from './dataStamps'

/**
 * Dexie schema versions. Each is a dated constant that builds on the previous one; a shipped
 * version is never edited. To change the schema, add SCHEMA_V2 (with an `upgrade` when data
 * must move) and a test in test/db/upgrades.test.ts that opens v1 with data and checks v2.
 *
 * Only fields that screens query are indexed; long text is never indexed.
 */
export interface SchemaVersion {
  version: number
  /** The date the version shipped, for people reading the history. */
  date: string
  /** Workspace tables, plus the analysis cache's two tables (never part of a backup). */
  stores: Partial<
    Record<WorkspaceTableName | `${WorkspaceTableName}Stamp` | typeof RESULTS_TABLE, string | null>
  >
  upgrade?: Parameters<import('dexie').Version['upgrade']>[0]
}

/** 2026-11-23: the whole domain of DESIGN.md §2. */
export const SCHEMA_V1: SchemaVersion = {
  version: 1,
  date: '2026-11-23',
  stores: {
    settings: 'id',
    salesProcesses: 'id',
    roles: 'id',
    expectationSets: 'id, roleId',
    reps: 'id, roleId',
    opportunities: 'id, &[source+crmId], repId, importId',
    opportunitySnapshots: 'id, opportunityId, importId',
    activities: 'id, [repId+date], opportunityId, importId',
    imports: 'id, importedAt',
    importMappings: 'id, headerSignature',
    manualMeasures: 'id, [repId+periodStart], importId',
    checklistTemplates: 'id, &[templateKey+version], [kind+stageKey]',
    observations: 'id, [repId+date], status',
    rolePlayScenarios: 'id, stageKey',
    developmentAssessments: 'id, [repId+assessedOn]',
    oneOnOnes: 'id, [repId+scheduledFor], status',
    actionItems: 'id, repId, oneOnOneId, status',
    recognitions: 'id, [repId+date]',
    plans: 'id, repId, status',
    planMilestones: 'id, planId, [repId+dueDate]',
    checkIns: 'id, planId, [repId+scheduledFor]',
    planAuditLog: 'id, planId, at'
  }
}

/**
 * 2026-11-23: history snapshots by date (pipeline movement since a day: 1:1 prep, diagnosis),
 * and the settings row gains backup preferences (the same change a restored v1 backup gets).
 */
export const SCHEMA_V2: SchemaVersion = {
  version: 2,
  date: '2026-11-23',
  stores: {
    opportunitySnapshots: 'id, opportunityId, [opportunityId+asOf], asOf, importId'
  },
  upgrade: (tx) =>
    tx
      .table('settings')
      .toCollection()
      .modify((row: Record<string, unknown>) => {
        Object.assign(row, settingsToV2(row))
      })
}

/**
 * 2026-12-05 (issue 14): no index change; reps an import created with the import day as their
 * start date start at their earliest imported deal or activity instead (repairImportedStarts).
 */
export const SCHEMA_V3: SchemaVersion = {
  version: 3,
  date: '2026-12-05',
  stores: {},
  upgrade: async (tx) => {
    const [reps, opportunities, activities] = await Promise.all([
      tx.table('reps').toArray(),
      tx.table('opportunities').toArray(),
      tx.table('activities').toArray()
    ])
    const repaired = repairImportedStarts({ reps, opportunities, activities })
    const changed = repaired.filter((r, i) => r !== reps[i])
    if (changed.length > 0) await tx.table('reps').bulkPut(changed)
  }
}

/**
 * 2026-12-06 (issue 17): no index change; each plan's record of changes becomes a hash chain.
 * The entries found are chained in time order as found (chainRecordsAsFound): only
 * `prevHash` and `hash` are added, nothing else is written.
 */
export const SCHEMA_V4: SchemaVersion = {
  version: 4,
  date: '2026-12-06',
  stores: {},
  upgrade: async (tx) => {
    const table = tx.table('planAuditLog')
    const chained = chainRecordsAsFound(await table.toArray())
    const links = new Map(chained.map((e) => [e['id'], e]))
    await table.toCollection().modify((entry: Record<string, unknown>) => {
      const link = links.get(entry['id'])
      if (entry['hash'] || !link) return
      entry['prevHash'] = link['prevHash']
      entry['hash'] = link['hash']
    })
  }
}

/**
 * 2026-12-06 (issue 18): the analysis cache. `repsStamp`, `opportunitiesStamp`… each hold the
 * stamp of a table the analysis reads, renewed by every write to it (dataStamps.ts);
 * `analysisResults` holds results computed in a
 * worker, keyed by what they answer, with the stamps they were computed from. Neither is
 * workspace data: no upgrade, nothing in backups.
 */
export const SCHEMA_V5: SchemaVersion = {
  version: 5,
  date: '2026-12-06',
  stores: {
    ...Object.fromEntries(STAMPED_TABLES.map((t) => [stampStore(t), 'id'])),
    [RESULTS_TABLE]: 'key'
  }
}

/** Every version in order; the database applies all of them. */
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  SCHEMA_V1,
  SCHEMA_V2,
  SCHEMA_V3,
  SCHEMA_V4,
  SCHEMA_V5
]
