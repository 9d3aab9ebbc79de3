import { useLiveQuery } from 'dexie-react-hooks'
import { useId, useState, type FormEvent } from 'react'
import type { Recognition } from '@shared/domain'
import { today as todayOf } from './today'
import { repositories } from '../db'
import { readRepExpectations } from '../db/reads'
import { errorText } from '@shared/text/errorText'
import { StatusMessage } from './StatusMessage'
import { SelectField, TextField } from './formParts'

/**
 * Log a win (issue 14): what the rep did, against which expectation, the day, and whether it
 * was said in public or private. Used on the rep page, in a 1:1 and on an observation; every
 * win counts in the recognition-to-correction ratio and drafts the next 1:1's recognition.
 */
export function WinForm({
  repId,
  repName,
  loggedFrom,
  defaultDate
}: {
  repId: string
  repName: string
  loggedFrom: NonNullable<Recognition['loggedFrom']>
  defaultDate?: string
}) {
  const id = useId()
  const dimensions = useLiveQuery(
    async () => (await readRepExpectations(repId))?.dimensions ?? [],
    [repId]
  )
  const [text, setText] = useState('')
  const [dimensionKey, setDimensionKey] = useState('')
  const [date, setDate] = useState(defaultDate ?? todayOf())
  const [visibility, setVisibility] = useState<Recognition['visibility']>('private')
  const [status, setStatus] = useState<{ error: boolean; text: string }>()
  const submit = async (e: FormEvent) => {
    e.preventDefault()
    if (!text.trim()) return setStatus({ error: true, text: 'Say what the win was.' })
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date))
      return setStatus({ error: true, text: 'Enter the day of the win as a date.' })
    if (date > todayOf())
      return setStatus({ error: true, text: 'A win is logged on or after the day it happened.' })
    try {
      await repositories.recognitions.add({
        repId,
        text: text.trim(),
        date,
        visibility,
        ...(dimensionKey ? { dimensionKey } : {}),
        loggedFrom
      })
      setStatus({ error: false, text: `Win logged for ${repName}.` })
      setText('')
      setDimensionKey('')
    } catch (err) {
      setStatus({ error: true, text: errorText(err) })
    }
  }
  return (
    <form onSubmit={(e) => void submit(e)} aria-label={`Log a win for ${repName}`}>
      <div className="form-grid">
        <TextField label="What was the win?" value={text} onChange={setText} />
        <SelectField label="Which expectation" value={dimensionKey} onChange={setDimensionKey}>
          <option value="">None in particular</option>
          {(dimensions ?? []).map((d) => (
            <option key={d.key} value={d.key}>
              {d.label}
            </option>
          ))}
        </SelectField>
        <label>
          Day of the win
          <input type="date" value={date} onChange={(e) => setDate(e.target.value)} />
        </label>
        <fieldset>
          <legend>Recognised</legend>
          {(['private', 'public'] as const).map((v) => (
            <label key={v} className="radio">
              <input
                type="radio"
                name={`${id}-visibility`}
                checked={visibility === v}
                onChange={() => setVisibility(v)}
              />
              {v === 'public' ? 'In public' : 'In private'}
            </label>
          ))}
        </fieldset>
      </div>
      <div className="form-row">
        <button type="submit">Log the win</button>
        {status && <StatusMessage status={status} inline />}
      </div>
    </form>
  )
}
