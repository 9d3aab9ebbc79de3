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
    path: 'one-on-ones',
    title: 'One-on-ones',
    purpose:
      'Prepare each 1:1 from what changed since the last one, take notes and record commitments that carry over until done.',
    table: 'oneOnOnes',
    recordsLabel: 'one-on-ones recorded'
  }
]
