import type { WorkspaceTableName } from '@shared/domain'

/** Screens whose issues have not landed yet: each says honestly what it will do. */
export interface PlaceholderScreenSpec {
  path: string
  title: string
  purpose: string
  /** A table whose real record count is shown, so the manager sees what is already stored. */
  table: WorkspaceTableName
  recordsLabel: string
}

export const placeholderScreens: PlaceholderScreenSpec[] = [
  {
    path: 'observations',
    title: 'Observations',
    purpose:
      'Log ride-alongs, call reviews and role-plays against a checklist for each stage of your sales process, then agree one strength and one focus.',
    table: 'observations',
    recordsLabel: 'observations recorded'
  },
  {
    path: 'plans',
    title: 'Plans (PIPs)',
    purpose:
      'Run coaching plans and 90-day performance improvement plans with dated check-ins and an append-only record HR can trust.',
    table: 'plans',
    recordsLabel: 'coaching plans and PIPs recorded'
  }
]
