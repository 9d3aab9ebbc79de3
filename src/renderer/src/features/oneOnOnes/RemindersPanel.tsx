import { useEffect, useMemo, useState } from 'react'
import { reminderSettingsOf } from '@shared/domain'
// The schedule module alone: the barrel's calendar export would bring ics into the shell.
import { nextOneOnOne } from '@shared/oneOnOnes/schedule'
import { remindersFor, type Reminder } from '@shared/reminders'
import { today as todayOf } from '../../ui/today'
import { useDueRecords } from '../../db/reads'
import { platform } from '../../platform'
import './reminders.css'

/** Reminders are scheduled this far ahead; any change to the data schedules them again. */
const HORIZON_DAYS = 14

/** `yyyy-MM-dd` + `HH:mm` on this laptop's clock (no zone in the string: local time). */
const atLocal = (day: string, time: string): string => new Date(`${day}T${time}:00`).toISOString()

/** Works out the reminders from the data and hands them to the platform, whenever data changes. */
function useScheduledReminders(): void {
  const today = todayOf()
  const records = useDueRecords({ activePlansOnly: true })
  const reminders = useMemo((): Reminder[] | undefined => {
    if (!records) return undefined
    const { settings, reps, meetings, actionItems, plans, checkIns, milestones } = records
    const active = reps.filter((r) => r.active)
    return remindersFor({
      next: active.map((r) => nextOneOnOne(r, meetings, today)),
      actionItems,
      // Every rep, for names: a plan or commitment may belong to a rep no longer active.
      reps,
      plans,
      checkIns,
      milestones,
      settings: reminderSettingsOf(settings),
      today,
      horizonDays: HORIZON_DAYS,
      atLocal
    })
  }, [records, today])
  useEffect(() => {
    if (!reminders) return
    platform.reminders.schedule(reminders).catch((error: unknown) => {
      console.warn('Fieldbook: could not schedule reminders', error)
    })
  }, [reminders])
}

/**
 * The sidebar's reminders: 1:1s, commitments, plan check-ins and milestones (the day before and
 * on the day, at the times in Settings → Reminders), as they come due. In a browser this
 * is the only place they show; in Electron, a desktop notification shows them too.
 */
export function RemindersPanel() {
  useScheduledReminders()
  const [due, setDue] = useState<{ key: number; title: string; body: string }[]>([])
  useEffect(() => {
    let key = 0
    return platform.reminders.onDue((r) =>
      setDue((list) => [...list, { ...r, key: ++key }].slice(-5))
    )
  }, [])
  if (due.length === 0) return null
  return (
    <section className="reminders" aria-label="Reminders" aria-live="polite">
      <h2 className="visually-hidden">Reminders</h2>
      <ul>
        {due.map((r) => (
          <li key={r.key}>
            <strong>{r.title}</strong>
            {r.body && <span className="reminder-body">{r.body}</span>}
            <button
              type="button"
              onClick={() => setDue((list) => list.filter((x) => x.key !== r.key))}
            >
              Dismiss<span className="visually-hidden"> reminder: {r.title}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  )
}
