import { create } from 'zustand'
import type { Period } from '@shared/domain'

/**
 * The one period the Dashboard, Team, rep page and team report show (UI state only): a
 * week, month or quarter by its first day, or a typed range. Nothing chosen: each screen opens
 * on the latest period with data (defaultPeriod), so the same rep shows the same attainment
 * everywhere.
 */
export type PeriodChoice =
  { kind: 'period'; period: Period; at: string } | { kind: 'custom'; from: string; to: string }

interface PeriodState {
  choice?: PeriodChoice
  choose(choice: PeriodChoice | undefined): void
}

export const usePeriodStore = create<PeriodState>((set) => ({
  choice: undefined,
  choose: (choice) => set({ choice })
}))
