import type { CallTranscript, Observation } from '@shared/domain'
import {
  CALL_METRIC_KEYS,
  CALL_METRIC_LABELS,
  callMetricText,
  earlierMetricValues,
  typicalRangeText
} from '@shared/observations'
import { conversationMetrics, formatTime } from '@shared/transcripts'
import { asTranscript } from '@shared/observations'
import type { StepProps } from './stepProps'
import { withRepSpeakers } from './transcriptDraft'

/** The speakers found, with the rep ticked (guessed, changeable), and the call's metrics. */
export function TranscriptSpeakers({ draft, setDraft, data }: StepProps) {
  const t = draft.transcript
  if (!t) return null
  const setRep = (speaker: string, isRep: boolean) =>
    setDraft((d) =>
      d.transcript
        ? {
            ...d,
            transcript: withRepSpeakers(
              d.transcript,
              isRep
                ? [...d.transcript.repSpeakers, speaker]
                : d.transcript.repSpeakers.filter((s) => s !== speaker)
            )
          }
        : d
    )
  return (
    <>
      <p role="status">
        Transcript: <strong>{t.title}</strong>
        {t.title === t.fileName ? '' : ` (${t.fileName})`}: {t.cues.length} lines
        {t.durationSeconds !== undefined ? `, ${formatTime(t.durationSeconds)} long` : ', no times'}
        .
      </p>
      <fieldset>
        <legend>Who is the rep?</legend>
        <p className="cell-note">
          {t.repSpeakers.length > 0
            ? 'Guessed from the rep’s name and CRM aliases; change it if it is wrong.'
            : 'No speaker matches the rep’s name: tick the rep.'}{' '}
          Everyone else is the customer side.
        </p>
        {t.speakers.length === 0 && <p>The transcript names no speakers.</p>}
        {t.speakers.map((s) => (
          <label key={s} className="radio">
            <input
              type="checkbox"
              checked={t.repSpeakers.includes(s)}
              onChange={(e) => setRep(s, e.target.checked)}
            />
            {s}
          </label>
        ))}
      </fieldset>
      <CallMetricsTable transcript={t} observations={data.observations} exceptId={draft.id} />
    </>
  )
}

/** The metrics with their one sentence each and the team's typical range from earlier reviews. */
export function CallMetricsTable({
  transcript: t,
  observations,
  exceptId
}: {
  transcript: CallTranscript
  observations: readonly Observation[]
  exceptId: string
}) {
  const computed = conversationMetrics(asTranscript(t), t.repSpeakers)
  const explained = new Map(computed.metrics.map((m) => [m.key, m]))
  return (
    <table className="data-table compact call-metrics">
      <caption>
        The call in numbers (
        {t.metricBasis === 'time' ? 'by time' : 'by words: the file has no times'})
      </caption>
      <thead>
        <tr>
          <th scope="col">Metric</th>
          <th scope="col">This call</th>
          <th scope="col">How it was counted</th>
          <th scope="col">Team’s typical range</th>
        </tr>
      </thead>
      <tbody>
        {CALL_METRIC_KEYS.map((key) => {
          const m = explained.get(key)
          return (
            <tr key={key}>
              <th scope="row">{m?.label ?? CALL_METRIC_LABELS[key]}</th>
              <td>{m?.display ?? callMetricText(key, t.metrics[key], t.metricBasis)}</td>
              <td>{m?.explanation ?? '—'}</td>
              <td>
                {typicalRangeText(
                  key,
                  earlierMetricValues(observations, key, exceptId, t.metricBasis),
                  t.metricBasis
                )}
              </td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}
