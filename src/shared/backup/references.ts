import type { WorkspaceTableName } from '../domain/workspace'

/**
 * Every reference between workspace records: which field of which table holds the id of a
 * record in another table. A restore checks each one (optional fields only when present), so a
 * backup that was edited or cut cannot leave, say, an observation pointing at a deleted rep.
 *
 * A test walks every zod schema and fails when a field ending in `Id`/`Ids` is in neither
 * list: add a new reference here, or to NOT_REFERENCES with the reason.
 */
export interface Reference {
  from: WorkspaceTableName
  /** Dot path from the record; `[]` steps into each element of an array. */
  path: string
  to: WorkspaceTableName
}

export const REFERENCES: readonly Reference[] = [
  { from: 'settings', path: 'salesProcessId', to: 'salesProcesses' },
  { from: 'roles', path: 'expectationSetId', to: 'expectationSets' },
  { from: 'expectationSets', path: 'roleId', to: 'roles' },
  { from: 'expectationSets', path: 'overrides[].repId', to: 'reps' },
  { from: 'reps', path: 'roleId', to: 'roles' },
  { from: 'opportunities', path: 'repId', to: 'reps' },
  { from: 'opportunities', path: 'importId', to: 'imports' },
  { from: 'opportunities', path: 'unchangedSince.importId', to: 'imports' },
  { from: 'opportunitySnapshots', path: 'opportunityId', to: 'opportunities' },
  { from: 'opportunitySnapshots', path: 'importId', to: 'imports' },
  { from: 'activities', path: 'repId', to: 'reps' },
  { from: 'activities', path: 'opportunityId', to: 'opportunities' },
  { from: 'activities', path: 'importId', to: 'imports' },
  { from: 'manualMeasures', path: 'repId', to: 'reps' },
  { from: 'manualMeasures', path: 'importId', to: 'imports' },
  { from: 'observations', path: 'repId', to: 'reps' },
  { from: 'observations', path: 'opportunityId', to: 'opportunities' },
  { from: 'observations', path: 'templateId', to: 'checklistTemplates' },
  { from: 'observations', path: 'scenarioId', to: 'rolePlayScenarios' },
  { from: 'developmentAssessments', path: 'repId', to: 'reps' },
  { from: 'oneOnOnes', path: 'repId', to: 'reps' },
  { from: 'actionItems', path: 'repId', to: 'reps' },
  { from: 'actionItems', path: 'oneOnOneId', to: 'oneOnOnes' },
  { from: 'recognitions', path: 'repId', to: 'reps' },
  { from: 'plans', path: 'repId', to: 'reps' },
  { from: 'planMilestones', path: 'planId', to: 'plans' },
  { from: 'planMilestones', path: 'repId', to: 'reps' },
  { from: 'checkIns', path: 'planId', to: 'plans' },
  { from: 'checkIns', path: 'repId', to: 'reps' },
  { from: 'planAuditLog', path: 'planId', to: 'plans' }
]

/** Fields whose names end in `Id`/`Ids` but are not ids of workspace records. */
export const NOT_REFERENCES: readonly { from: WorkspaceTableName; path: string; why: string }[] = [
  { from: 'opportunities', path: 'crmId', why: "the CRM's own id, not a Fieldbook record" },
  { from: 'activities', path: 'crmId', why: "the CRM's own id, not a Fieldbook record" }
]

/** How a problem names the record a reference should point at. */
export const RECORD_NOUN: Record<WorkspaceTableName, string> = {
  settings: 'the settings',
  salesProcesses: 'a sales process',
  roles: 'a role',
  expectationSets: 'an expectation set',
  reps: 'a rep',
  opportunities: 'an opportunity',
  opportunitySnapshots: 'an opportunity snapshot',
  activities: 'an activity',
  imports: 'an import',
  importMappings: 'an import mapping',
  manualMeasures: 'a manual measure',
  checklistTemplates: 'a checklist template',
  observations: 'an observation',
  rolePlayScenarios: 'a role-play scenario',
  developmentAssessments: 'a development assessment',
  oneOnOnes: 'a 1:1',
  actionItems: 'an action item',
  recognitions: 'a recognition',
  plans: 'a plan',
  planMilestones: 'a plan milestone',
  checkIns: 'a check-in',
  planAuditLog: 'a plan audit entry'
}

export interface DanglingReference {
  from: WorkspaceTableName
  index: number
  /** The referring record's id, when it has one. */
  id?: string
  /** The concrete path, with array indexes: `overrides[1].repId`. */
  path: string
  value: string
  to: WorkspaceTableName
}

/** Every value at `path` in `record`, with its concrete path. Missing values are skipped. */
export function valuesAt(record: unknown, path: string): { path: string; value: unknown }[] {
  let current: { path: string; value: unknown }[] = [{ path: '', value: record }]
  for (const step of path.split('.')) {
    const isArray = step.endsWith('[]')
    const key = isArray ? step.slice(0, -2) : step
    const next: { path: string; value: unknown }[] = []
    for (const { path: at, value } of current) {
      if (typeof value !== 'object' || value === null) continue
      const child = (value as Record<string, unknown>)[key]
      const childPath = at ? `${at}.${key}` : key
      if (child === undefined) continue
      if (isArray) {
        if (Array.isArray(child))
          child.forEach((v, i) => next.push({ path: `${childPath}[${i}]`, value: v }))
      } else next.push({ path: childPath, value: child })
    }
    current = next
  }
  return current
}

/**
 * References whose target is not in `tables`. Values that are not strings are left to the
 * schema check; tables missing from `tables` count as empty.
 */
export function findDanglingReferences(
  tables: Partial<Record<WorkspaceTableName, readonly unknown[]>>
): DanglingReference[] {
  const ids = new Map<WorkspaceTableName, Set<string>>()
  const idsOf = (table: WorkspaceTableName): Set<string> => {
    let set = ids.get(table)
    if (!set) {
      set = new Set()
      for (const row of tables[table] ?? []) {
        const id = (row as { id?: unknown } | null)?.id
        if (typeof id === 'string') set.add(id)
      }
      ids.set(table, set)
    }
    return set
  }
  const found: DanglingReference[] = []
  for (const ref of REFERENCES) {
    const rows = tables[ref.from] ?? []
    rows.forEach((row, index) => {
      for (const { path, value } of valuesAt(row, ref.path)) {
        if (typeof value !== 'string' || idsOf(ref.to).has(value)) continue
        const id = (row as { id?: unknown } | null)?.id
        found.push({
          from: ref.from,
          index,
          ...(typeof id === 'string' ? { id } : {}),
          path,
          value,
          to: ref.to
        })
      }
    })
  }
  return found
}
