import { useAnswer, useDataStamps } from './analysisWorker/useAnswer'
import type { DataCalendar } from './analysisWorker/protocol'

export type { DataCalendar }

/** What the period pickers need, live: the days holding data and the workspace's calendar. */
export function useDataCalendar(today: string): DataCalendar | undefined {
  return useAnswer({ kind: 'calendar', today }, useDataStamps())
}
