import { useId, useState, type FormEvent } from 'react'
import type { ExpectationSet } from '@shared/domain'
import { parseLines } from '@shared/expectations'
import { TeamPriorities } from '../../ui/TeamPriorities'
import { errorText } from '@shared/text/errorText'
import { ErrorMessage } from '../../ui/StatusMessage'
import { SaveOrCancel } from '../../ui/SaveOrCancel'

/** Team priorities and what the team stops doing: read, then edit one line per item. */
export function PrioritiesEditor({
  set,
  onSave
}: {
  set: ExpectationSet
  onSave(p: {
    teamPriorities: string[]
    stopDoing: string[]
    prioritiesPeriod?: string
  }): Promise<void>
}) {
  const id = useId()
  const [editing, setEditing] = useState(false)
  const [failure, setFailure] = useState<string>()
  if (!editing)
    return (
      <TeamPriorities set={set}>
        <button type="button" onClick={() => setEditing(true)}>
          Edit priorities
        </button>
      </TeamPriorities>
    )
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const teamPriorities = parseLines(String(form.get('priorities') ?? ''))
    const stopDoing = parseLines(String(form.get('stopDoing') ?? ''))
    const tooLong = [...teamPriorities, ...stopDoing].find((l) => l.length > 200)
    if (tooLong)
      return setFailure(`Keep each line under 200 characters: “${tooLong.slice(0, 40)}…”`)
    try {
      await onSave({
        teamPriorities,
        stopDoing,
        prioritiesPeriod: String(form.get('period') ?? '')
      })
      setFailure(undefined)
      setEditing(false)
    } catch (error) {
      setFailure(errorText(error))
    }
  }
  return (
    <form className="panel" aria-labelledby={`${id}-title`} onSubmit={submit}>
      <h2 id={`${id}-title`}>Edit team priorities</h2>
      <div className="form-row">
        <label>
          For the period
          <input
            name="period"
            defaultValue={set.prioritiesPeriod ?? ''}
            placeholder="e.g. Q4 2026"
            size={16}
            maxLength={60}
          />
        </label>
      </div>
      <div className="priorities-columns">
        <label className="stacked">
          We focus on (one per line)
          <textarea name="priorities" rows={5} defaultValue={set.teamPriorities.join('\n')} />
        </label>
        <label className="stacked">
          We stop doing (one per line)
          <textarea name="stopDoing" rows={5} defaultValue={set.stopDoing.join('\n')} />
        </label>
      </div>
      <ErrorMessage text={failure} />
      <SaveOrCancel save="Save priorities" onCancel={() => setEditing(false)} />
    </form>
  )
}
