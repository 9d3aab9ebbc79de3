import { useState, type FormEvent } from 'react'
import {
  reminderSettingsOf,
  TimeOfDay,
  type ReminderSettings,
  type WorkspaceSettings
} from '@shared/domain'
import { workspace } from '../../db/workspaceActions'
import { platform } from '../../platform'
import './settings.css'
import { errorText } from '@shared/text/errorText'
import { StatusMessage } from '../../ui/StatusMessage'

type Kind = 'oneOnOnes' | 'commitments' | 'checkIns' | 'milestones'

const KINDS: { key: Kind; label: string }[] = [
  { key: 'oneOnOnes', label: '1:1s' },
  { key: 'commitments', label: 'Commitments falling due' },
  { key: 'checkIns', label: 'Plan check-ins (PIPs and coaching plans)' },
  { key: 'milestones', label: 'Plan milestones' }
]

/** A time of day as the laptop's locale writes it (as the time inputs show it): "4:00 PM". */
function clockTime(time: string): string {
  const [h = 0, m = 0] = time.split(':').map(Number)
  return new Date(2000, 0, 1, h, m).toLocaleTimeString(undefined, {
    hour: 'numeric',
    minute: '2-digit'
  })
}

/** What the settings mean for one 1:1, in words: the manager sees the effect before saving. */
function example(r: ReminderSettings): string {
  if (!TimeOfDay.safeParse(r.onTheDayAt).success) return ''
  return r.dayBefore && TimeOfDay.safeParse(r.dayBeforeAt).success
    ? `For a 1:1 on a Thursday: a reminder on Wednesday at ${clockTime(r.dayBeforeAt)} and on Thursday at ${clockTime(r.onTheDayAt)}.`
    : `For a 1:1 on a Thursday: one reminder, on Thursday at ${clockTime(r.onTheDayAt)}.`
}

/**
 * Settings → Reminders: when desktop notifications (in a browser, the sidebar) remind of 1:1s,
 * commitments and plan check-ins and milestones, and the alarms of exported calendar files.
 */
export function RemindersSection({ settings }: { settings: WorkspaceSettings }) {
  const [form, setForm] = useState<ReminderSettings>(() => reminderSettingsOf(settings))
  const [status, setStatus] = useState<{ error: boolean; text: string }>()
  const set = (patch: Partial<ReminderSettings>) => {
    setForm((f) => ({ ...f, ...patch }))
    setStatus(undefined)
  }

  const save = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const problems = [
      TimeOfDay.safeParse(form.onTheDayAt).success ? null : '“On the day at”',
      !form.dayBefore || TimeOfDay.safeParse(form.dayBeforeAt).success
        ? null
        : '“The day before at”'
    ].filter((p) => p !== null)
    if (problems.length > 0) {
      setStatus({
        error: true,
        text: `Enter a time of day (hours and minutes, e.g. 08:30) in ${problems.join(' and ')}.`
      })
      return
    }
    try {
      await workspace.saveReminders(form, new Date())
      const off = KINDS.filter((k) => !form[k.key]).map((k) => k.label.toLowerCase())
      setStatus({
        error: false,
        text: `Reminder settings saved. ${example(form)}${off.length > 0 ? ` No reminders for: ${off.join(', ')}.` : ''}`
      })
    } catch (e) {
      setStatus({ error: true, text: errorText(e) })
    }
  }

  return (
    <section className="panel" aria-labelledby="reminders-title">
      <h2 id="reminders-title">Reminders</h2>
      <p>
        {platform.reminders.delivery === 'desktop'
          ? 'Fieldbook shows a desktop notification at these times, even with its window minimised.'
          : 'In a browser, reminders show in the sidebar while Fieldbook is open.'}{' '}
        Calendar files you export (1:1s, plan check-ins) carry the same alarms; an alarm for a
        meeting that starts before the on-the-day time rings 15 minutes before it instead.
      </p>
      <form onSubmit={(e) => void save(e)} aria-label="Reminder settings" noValidate>
        <fieldset>
          <legend>When</legend>
          <div className="form-row reminder-times">
            <label>
              On the day at
              <input
                type="time"
                value={form.onTheDayAt}
                required
                onChange={(e) => set({ onTheDayAt: e.target.value })}
              />
            </label>
            <label className="radio">
              <input
                type="checkbox"
                checked={form.dayBefore}
                onChange={(e) => set({ dayBefore: e.target.checked })}
              />
              Also the day before
            </label>
            <label>
              The day before at
              <input
                type="time"
                value={form.dayBeforeAt}
                disabled={!form.dayBefore}
                required={form.dayBefore}
                onChange={(e) => set({ dayBeforeAt: e.target.value })}
              />
            </label>
          </div>
          <p className="subtle">{example(form)}</p>
        </fieldset>
        <fieldset>
          <legend>Remind me of</legend>
          <div className="form-row">
            {KINDS.map((k) => (
              <label key={k.key} className="radio">
                <input
                  type="checkbox"
                  checked={form[k.key]}
                  onChange={(e) => set({ [k.key]: e.target.checked })}
                />
                {k.label}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="form-row">
          <button type="submit">Save reminder settings</button>
        </div>
      </form>
      {status && <StatusMessage status={status} />}
    </section>
  )
}
