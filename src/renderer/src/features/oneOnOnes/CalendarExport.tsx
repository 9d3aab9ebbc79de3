import { useState, type FormEvent } from 'react'
import { TimeOfDay, type OneOnOne, type Rep } from '@shared/domain'
import { addDaysTo } from '@shared/metrics/dates'
import { oneOnOneCalendar, oneOnOneSeries } from '@shared/oneOnOnes'
import { today as todayOf } from '../../ui/today'
import { workspace } from '../../db/workspaceActions'
import { platform } from '../../platform'
import { showDate } from './format'
import { errorText } from '@shared/text/errorText'
import { StatusMessage } from '../../ui/StatusMessage'
import { NumberField, RepOptions, SelectField } from '../../ui/formParts'

const TEAM = ''

const fileSlug = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase() || 'team'

const plural = new Intl.PluralRules('en')
const countWords = (n: number) => `${n} ${plural.select(n) === 'one' ? '1:1' : '1:1s'}`

/**
 * Exports a rep's 1:1s, or the whole team's, as a calendar file (ICS): the planned 1:1s and the
 * next ones at each rep's cadence, with the alarms of Settings → Reminders.
 */
export function CalendarExport({
  reps,
  meetings
}: {
  reps: readonly Rep[]
  meetings: readonly OneOnOne[]
}) {
  const [repId, setRepId] = useState(TEAM)
  const [time, setTime] = useState('09:00')
  const [minutes, setMinutes] = useState('30')
  const [weeks, setWeeks] = useState('12')
  const [busy, setBusy] = useState(false)
  const [status, setStatus] = useState<{ error: boolean; text: string }>()

  const exportCalendar = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const length = Number(minutes)
    const ahead = Number(weeks)
    const problems = [
      TimeOfDay.safeParse(time).success ? null : 'a start time (hours and minutes, e.g. 09:00)',
      Number.isInteger(length) && length >= 5 && length <= 480
        ? null
        : 'a length of 5 to 480 minutes',
      Number.isInteger(ahead) && ahead >= 1 && ahead <= 52 ? null : '1 to 52 weeks ahead'
    ].filter((p) => p !== null)
    if (problems.length > 0) {
      setStatus({ error: true, text: `Enter ${problems.join(', ')}.` })
      return
    }
    setBusy(true)
    setStatus(undefined)
    try {
      const rep = reps.find((r) => r.id === repId)
      const chosen = rep ? [rep] : reps
      const today = todayOf()
      const until = addDaysTo(today, ahead * 7)
      const settings = await workspace.readSettings()
      const teamName = settings?.teamName.trim()
      const text = oneOnOneCalendar({
        reps: chosen,
        meetings,
        today,
        until,
        time,
        minutes: length,
        calendarName: rep ? `1:1s with ${rep.name}` : `${teamName || 'Team'} 1:1s`,
        reminders: settings?.reminders,
        now: new Date()
      })
      const count = chosen.flatMap((r) => oneOnOneSeries(r, meetings, today, until)).length
      const saved = await platform.saveFile({
        title: 'Save the 1:1s as a calendar file',
        suggestedName: `one-on-ones-${rep ? fileSlug(rep.name) : 'team'}-${today}.ics`,
        filters: [{ name: 'Calendar', extensions: ['ics'] }],
        bytes: new TextEncoder().encode(text)
      })
      setStatus(
        saved.canceled
          ? { error: false, text: 'Export cancelled.' }
          : {
              error: false,
              text: `Saved “${saved.name}”: ${countWords(count)} from ${showDate(today)} to ${showDate(until)}, with the alarms set in Settings → Reminders.`
            }
      )
    } catch (e) {
      setStatus({
        error: true,
        text: `The export failed: ${errorText(e)}`
      })
    } finally {
      setBusy(false)
    }
  }

  return (
    <section aria-labelledby="calendar-title" className="panel">
      <h2 id="calendar-title">1:1s in your calendar</h2>
      <p className="subtle">
        A calendar file (ICS) of the planned 1:1s and the next ones at each rep’s cadence. Several
        1:1s on one day follow one another from the start time. Importing a newer file updates the
        1:1s of the same days.
      </p>
      <form
        className="form-row"
        aria-label="Export 1:1s as a calendar"
        noValidate
        onSubmit={(e) => void exportCalendar(e)}
      >
        <SelectField label="1:1s of" value={repId} onChange={setRepId}>
          <option value={TEAM}>The whole team</option>
          <RepOptions reps={reps} />
        </SelectField>
        <label>
          First 1:1 of the day at
          <input type="time" value={time} onChange={(e) => setTime(e.target.value)} />
        </label>
        <NumberField
          label="Length (minutes)"
          min={5}
          max={480}
          step={5}
          value={minutes}
          onChange={setMinutes}
        />
        <NumberField label="Weeks ahead" min={1} max={52} value={weeks} onChange={setWeeks} />
        <button type="submit" disabled={busy}>
          Export 1:1s as calendar (ICS)
        </button>
      </form>
      {status && <StatusMessage status={status} />}
    </section>
  )
}
