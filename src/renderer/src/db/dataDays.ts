import { useMemo } from 'react'
import { dataDays, type CalendarOptions } from '@shared/metrics'
import { useAnalysisRecords, type AnalysisRecords } from './analysisRecords'

/** What the period pickers need: the days holding data and the workspace's calendar. */
export interface DataCalendar {
  days: string[]
  calendar: CalendarOptions
}

const calendars = new WeakMap<AnalysisRecords, { today: string; data: DataCalendar }>()

/** The data days of a records read (worked out once per read and day). */
export function dataCalendarOf(records: AnalysisRecords, today: string): DataCalendar {
  const cached = calendars.get(records)
  if (cached?.today === today) return cached.data
  const data = {
    days: dataDays(records, today),
    calendar: {
      fiscalYearStartMonth: records.settings?.fiscalYearStartMonth ?? 1,
      weekStartsOn: records.settings?.weekStartsOn
    }
  }
  calendars.set(records, { today, data })
  return data
}

/** The data calendar, live, from the records the analysis shares (nothing read twice). */
export function useDataCalendar(today: string): DataCalendar | undefined {
  const records = useAnalysisRecords()
  return useMemo(() => records && dataCalendarOf(records, today), [records, today])
}
