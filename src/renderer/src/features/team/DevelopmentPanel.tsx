import { useId, useState, type FormEvent } from 'react'
import type { DevelopmentAssessment } from '@shared/domain'
import {
  createAssessment,
  developmentHistory,
  latestBySkill,
  LEVEL_GUIDE,
  STYLE_GUIDE,
  developmentLevel,
  styleFor,
  type Commitment,
  type Competence,
  type DevelopmentSuggestion
} from '@shared/development'
import { repositories, repositoryContext } from '../../db'
import { displayDate } from './format'
import { errorText } from '@shared/text/errorText'
import { StatusMessage } from '../../ui/StatusMessage'
import { Options, SelectField } from '../../ui/formParts'

const COMPETENCE: Competence[] = ['low', 'some', 'moderate', 'high']
const COMMITMENT: Commitment[] = ['low', 'variable', 'high']

/**
 * Development level per skill (situational leadership): the latest assessment with what the
 * matching style means for the next 1:1, the history, suggestions from the data, and a form to
 * record a new assessment. The app suggests; the manager decides.
 */
export function DevelopmentPanel({
  repId,
  repName,
  assessments,
  suggestions,
  today
}: {
  repId: string
  repName: string
  assessments: readonly DevelopmentAssessment[]
  suggestions: readonly DevelopmentSuggestion[]
  today: string
}) {
  const latest = latestBySkill(assessments, repId)
  const knownSkills = new Set(latest.map((a) => a.skill))
  const fresh = suggestions.filter(
    (s) => !latest.some((a) => a.skill === s.skill && a.level === s.level)
  )
  return (
    <section className="panel" aria-labelledby="development-title">
      <h2 id="development-title">Development levels</h2>
      {latest.length === 0 ? (
        <p className="subtle">No assessment yet. Record one below.</p>
      ) : (
        <div className="development-grid">
          {latest.map((a) => {
            const style = STYLE_GUIDE[a.style]
            const history = developmentHistory(assessments, repId, a.skill)
            return (
              <article key={a.skill} className="development" aria-label={`${a.skill}: ${a.level}`}>
                <h3>
                  {a.skill}: {a.level} → {a.style}
                </h3>
                <p className="cell-note">
                  {LEVEL_GUIDE[a.level].name} ({a.competence} competence, {a.commitment}{' '}
                  commitment), assessed {displayDate(a.assessedOn)}
                  {a.note ? `: ${a.note}` : ''}
                </p>
                <p>
                  <strong>{style.name}:</strong> {style.summary}
                </p>
                <p className="priorities-subhead">In the next 1:1</p>
                <ul>
                  {style.nextOneOnOne.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
                {history.length > 1 && (
                  <p className="cell-note">
                    History:{' '}
                    {history.map((h) => `${displayDate(h.assessedOn)} ${h.level}`).join(' → ')}
                  </p>
                )}
              </article>
            )
          })}
        </div>
      )}
      {fresh.length > 0 && (
        <details className="suggestions">
          <summary>Suggested from the data ({fresh.length})</summary>
          <ul>
            {fresh.map((s) => (
              <li key={s.stageKey}>
                <strong>
                  {s.skill}: {s.level} → {s.style}
                </strong>
                {knownSkills.has(s.skill) ? ' (differs from your last assessment)' : ''}
                <span className="cell-note">{s.reasons.join(' ')}</span>
              </li>
            ))}
          </ul>
        </details>
      )}
      <AssessmentForm
        repId={repId}
        repName={repName}
        today={today}
        skills={[...knownSkills, ...fresh.map((s) => s.skill)]}
      />
    </section>
  )
}

function AssessmentForm({
  repId,
  repName,
  today,
  skills
}: {
  repId: string
  repName: string
  today: string
  skills: string[]
}) {
  const id = useId()
  const [status, setStatus] = useState<{ error: boolean; text: string }>()
  const [competence, setCompetence] = useState<Competence>('moderate')
  const [commitment, setCommitment] = useState<Commitment>('variable')
  const level = developmentLevel(competence, commitment)
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const formElement = event.currentTarget
    const form = new FormData(formElement)
    const skill = String(form.get('skill') ?? '').trim()
    const assessedOn = String(form.get('assessedOn') ?? '')
    if (!skill) return setStatus({ error: true, text: 'Name the skill, e.g. “Discovery”.' })
    if (!assessedOn || assessedOn > today)
      return setStatus({
        error: true,
        text: 'Choose the date of the assessment (not in the future).'
      })
    try {
      const record = createAssessment({
        id: repositoryContext.newId(),
        now: repositoryContext.clock.now().toISOString(),
        repId,
        skill,
        assessedOn,
        competence,
        commitment,
        note: String(form.get('note') ?? '').trim()
      })
      await repositories.developmentAssessments.add(record)
      setStatus({
        error: false,
        text: `Recorded ${skill}: ${record.level} → ${record.style} for ${repName}.`
      })
      formElement.reset()
    } catch (error) {
      setStatus({ error: true, text: errorText(error) })
    }
  }
  return (
    <form aria-labelledby={`${id}-title`} onSubmit={submit} className="assessment-form">
      <h3 id={`${id}-title`}>Record an assessment</h3>
      <div className="form-row">
        <label>
          Skill
          <input name="skill" list={`${id}-skills`} size={20} />
          <datalist id={`${id}-skills`}>
            {skills.map((s) => (
              <option key={s} value={s} />
            ))}
          </datalist>
        </label>
        <SelectField
          label="Competence"
          value={competence}
          onChange={(v) => setCompetence(v as Competence)}
        >
          <Options items={COMPETENCE} value={(c) => c} label={(c) => c} />
        </SelectField>
        <SelectField
          label="Commitment"
          value={commitment}
          onChange={(v) => setCommitment(v as Commitment)}
        >
          <Options items={COMMITMENT} value={(c) => c} label={(c) => c} />
        </SelectField>
        <label>
          Assessed on
          <input type="date" name="assessedOn" defaultValue={today} max={today} />
        </label>
        <label>
          Note
          <input name="note" size={24} />
        </label>
      </div>
      <p className="cell-note" aria-live="polite">
        That is {level} ({LEVEL_GUIDE[level].name}) → {STYLE_GUIDE[styleFor(level)].name}.
      </p>
      <button type="submit">Record assessment</button>
      {status && <StatusMessage status={status} />}
    </form>
  )
}
