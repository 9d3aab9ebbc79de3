import { dataDays, type CalendarOptions } from '@shared/metrics'
import type { FieldbookDb } from './database'
import { readSettings } from './workspace'

/** What the period pickers need: the days holding data and the workspace's calendar. */
export interface DataCalendar {
  days: string[]
  calendar: CalendarOptions
}

export async function loadDataCalendar(db: FieldbookDb, today: string): Promise<DataCalendar> {
  const [settings, opportunities, activities, manualMeasures] = await Promise.all([
    readSettings(db),
    db.opportunities.toArray(),
    db.activities.toArray(),
    db.manualMeasures.toArray()
  ])
  return {
    days: dataDays({ opportunities, activities, manualMeasures }, today),
    calendar: {
      fiscalYearStartMonth: settings?.fiscalYearStartMonth ?? 1,
      weekStartsOn: settings?.weekStartsOn
    }
  }
}
