import { DEFAULT_BACKUPS_KEPT, type Timestamp, type WorkspaceSettings } from '../domain'

/** The settings row of a new workspace: default thresholds, USD, calendar fiscal year. Pure. */
export function createWorkspaceSettings(options: {
  mode: WorkspaceSettings['mode']
  salesProcessId: string
  now: Timestamp
  managerName?: string
  teamName?: string
}): WorkspaceSettings {
  return {
    id: 'workspace',
    mode: options.mode,
    managerName: options.managerName ?? '',
    teamName: options.teamName ?? '',
    currency: 'USD',
    salesProcessId: options.salesProcessId,
    fiscalYearStartMonth: 1,
    thresholds: { staleOpportunityDays: 30, teamGapPercent: 25, marketShiftShare: 0.6 },
    backups: { keep: DEFAULT_BACKUPS_KEPT },
    createdAt: options.now,
    updatedAt: options.now
  }
}
