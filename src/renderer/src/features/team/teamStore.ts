import { create } from 'zustand'
import type { TeamRow } from '../../db/useTeam'

export type TeamSortKey = 'name' | 'attainment' | 'pipeline' | 'activities' | 'lastOneOnOne'

interface TeamViewState {
  sortKey: TeamSortKey
  descending: boolean
  sortBy(key: TeamSortKey): void
}

/** How the manager last sorted the Team table (UI state only). */
export const useTeamView = create<TeamViewState>((set) => ({
  sortKey: 'name',
  descending: false,
  sortBy: (key) =>
    set((s) =>
      s.sortKey === key
        ? { descending: !s.descending }
        : { sortKey: key, descending: key !== 'name' }
    )
}))

const sortValue: Record<TeamSortKey, (r: TeamRow) => string | number> = {
  name: (r) => r.rep.name.toLowerCase(),
  attainment: (r) => r.headline.attainment ?? -1,
  pipeline: (r) => r.headline.openPipelineMinor,
  activities: (r) => r.headline.activitiesLast4Weeks,
  lastOneOnOne: (r) => r.headline.lastOneOnOne ?? ''
}

/** Selector: the rows in the chosen order. */
export function sortTeamRows(rows: TeamRow[], key: TeamSortKey, descending: boolean): TeamRow[] {
  const value = sortValue[key]
  const sorted = [...rows].sort((a, b) => {
    const va = value(a)
    const vb = value(b)
    return va < vb ? -1 : va > vb ? 1 : 0
  })
  return descending ? sorted.reverse() : sorted
}
