import type { Observation } from '@shared/domain'
import { TableHead } from '../../ui/formParts'
import {
  answerOf,
  answerText,
  formatClock,
  KIND_LABELS,
  rolePlayTrends,
  scoreObservation,
  templateOf
} from '@shared/observations'
import { showDay } from '../../ui/words'
import { WinForm } from '../../ui/WinForm'
import { CorrectObservation } from './CorrectObservation'
import { ExportObservationPdf } from './ExportObservationPdf'
import { TranscriptSummary } from './TranscriptSummary'
import { percent, stageName, useObservationData } from '../../db/useObservationData'
import { ScreenTitle } from '../../ui/ScreenTitle'
import { screens } from '../../ui/routes'

/** A saved observation as the manager and the rep will read it. */
export function ObservationView({ observation: o }: { observation: Observation }) {
  const data = useObservationData()
  if (!data) return <p className="loading">Loading…</p>
  const rep = data.reps.find((r) => r.id === o.repId)
  const template = templateOf(o, data.templates)
  const scenario = data.scenarios.find((s) => s.id === o.scenarioId)
  const result = template ? scoreObservation(o, template) : undefined
  const stage = stageName(data.process, o.stageKey)
  const trend =
    o.kind === 'rolePlay'
      ? rolePlayTrends(data.observations, data.templates).find(
          (t) => t.repId === o.repId && t.scenarioId === o.scenarioId
        )
      : undefined
  return (
    <section aria-labelledby="screen-title" className="observation-view">
      <ScreenTitle back={{ to: screens.observations, label: 'Observations' }}>
        {KIND_LABELS[o.kind]}: {rep?.name ?? 'Unknown rep'}
      </ScreenTitle>
      <p className="subtle">
        {stage} · {showDay(o.date)}
        {o.kind === 'rolePlay'
          ? ` · ${scenario?.title ?? 'Scenario'} · attempt ${o.attempt ?? 1}`
          : o.opportunityLabel
            ? ` · ${o.opportunityLabel}`
            : ''}
      </p>
      <dl className="stats">
        <div>
          <dt>Score</dt>
          <dd>{percent(result?.score)}</dd>
        </div>
        <div>
          <dt>Must criteria</dt>
          <dd>{result?.passed ? 'All met' : 'Not met'}</dd>
          {result && !result.passed && (
            <dd className="cell-note">
              {result.failedMusts.map((m) => m.criterion.label).join('; ')}
            </dd>
          )}
        </div>
        {o.kind !== 'rolePlay' && (
          <div>
            <dt>Desired next step agreed</dt>
            <dd>{o.nextStepAgreed === undefined ? '—' : o.nextStepAgreed ? 'Yes' : 'No'}</dd>
          </div>
        )}
        {o.elapsedSeconds !== undefined && (
          <div>
            <dt>Role-play time</dt>
            <dd>{formatClock(o.elapsedSeconds)}</dd>
          </div>
        )}
      </dl>
      {template && <ExportObservationPdf observation={o} data={data} />}
      <div className="rep-sections">
        {o.plan && (
          <div className="panel">
            <h2>Pre-call plan</h2>
            <dl className="facts">
              <dt>What to say</dt>
              <dd>{o.plan.whatToSay || '—'}</dd>
              <dt>What to ask for</dt>
              <dd>{o.plan.whatToAskFor || '—'}</dd>
              <dt>Desired next step</dt>
              <dd>{o.plan.desiredNextStep || '—'}</dd>
              <dt>Rep’s objective</dt>
              <dd>{o.plan.repObjective || '—'}</dd>
            </dl>
          </div>
        )}
        <div className="panel">
          <h2>Feedback</h2>
          <dl className="facts">
            {o.kind !== 'rolePlay' && (
              <>
                <dt>What happened</dt>
                <dd>{o.outcome || '—'}</dd>
              </>
            )}
            <dt>Rep’s self-assessment</dt>
            <dd>{o.selfAssessment || '—'}</dd>
            <dt>Strength</dt>
            <dd>{o.strength}</dd>
            <dt>Focus</dt>
            <dd>{o.focus}</dd>
          </dl>
        </div>
        {o.callReference && (
          <div className="panel">
            <h2>The call</h2>
            <p>
              {o.callReference.reference}
              {o.callReference.date ? ` · ${showDay(o.callReference.date)}` : ''}
              {o.callReference.durationSeconds !== undefined
                ? ` · ${formatClock(o.callReference.durationSeconds)}`
                : ''}
            </p>
            {o.notes.length > 0 && (
              <ul>
                {o.notes.map((n, i) => (
                  <li key={i}>
                    <strong>{n.at}</strong> {n.text}
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
        {trend && scenario && (
          <div className="panel">
            <h2>Attempts at this scenario</h2>
            <ol>
              {trend.attempts.map((a) => (
                <li key={a.observationId}>
                  Attempt {a.attempt}, {showDay(a.date)}: {percent(a.score)}
                  {a.passed ? '' : ' (a must criterion not met)'}
                </li>
              ))}
            </ol>
          </div>
        )}
      </div>
      {o.status === 'final' && <CorrectObservation observation={o} />}
      {template && (
        <table className="data-table">
          <caption>
            Checklist: {template.name} (version {template.version})
          </caption>
          <TableHead columns={['Criterion', 'Score', 'Weight']} numeric={['Weight']} />
          <tbody>
            {template.criteria.map((c) => (
              <tr key={c.key}>
                <th scope="row">
                  {c.label} {c.must && <span className="badge">Must</span>}
                </th>
                <td>{answerText(c, answerOf(o, c.key))}</td>
                <td className="numeric">{c.type === 'text' ? '—' : c.weight}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <TranscriptSummary observation={o} template={template} observations={data.observations} />
      {rep && (
        <section aria-labelledby="observation-win-title" className="panel">
          <h2 id="observation-win-title">Recognise what went well</h2>
          <WinForm
            repId={rep.id}
            repName={rep.name}
            loggedFrom={{ kind: 'observation', id: o.id }}
            defaultDate={o.date}
          />
        </section>
      )}
    </section>
  )
}
