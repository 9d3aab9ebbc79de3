import type { ChecklistTemplate, Observation } from '@shared/domain'
import { cueClock, evidenceFor } from '@shared/observations'
import { CallMetricsTable } from './TranscriptSpeakers'

/** A saved call review's transcript: the evidence under each criterion, notes, metrics. */
export function TranscriptSummary({
  observation: o,
  template,
  observations
}: {
  observation: Observation
  template: ChecklistTemplate | undefined
  observations: readonly Observation[]
}) {
  const t = o.transcript
  if (!t) return null
  const quoted = (template?.criteria ?? []).filter((c) => evidenceFor(t, c.key).length > 0)
  const cue = (i: number) => t.cues.find((c) => c.index === i)
  return (
    <section aria-labelledby="transcript-summary" className="panel">
      <h2 id="transcript-summary">From the transcript</h2>
      <p className="subtle">
        {t.title}
        {t.title === t.fileName ? '' : ` (${t.fileName})`}
        {t.mediaFileName ? ` · recording: ${t.mediaFileName}` : ''} · rep:{' '}
        {t.repSpeakers.join(', ') || 'not chosen'}
      </p>
      <h3>Evidence from the call</h3>
      {quoted.length === 0 ? (
        <p>No line was attached to a criterion.</p>
      ) : (
        quoted.map((c) => (
          <div key={c.key}>
            <h4>{c.label}</h4>
            <ul>
              {evidenceFor(t, c.key).map((e) => (
                <li key={e.cueIndex}>
                  {e.atSeconds !== undefined && <strong>{cueClock(e.atSeconds)} </strong>}
                  {e.speaker && `${e.speaker}: `}
                  <q>{e.quote}</q>
                </li>
              ))}
            </ul>
          </div>
        ))
      )}
      {t.lineNotes.length > 0 && (
        <>
          <h3>Notes at lines</h3>
          <ul>
            {t.lineNotes.map((n, i) => {
              const line = cue(n.cueIndex)
              return (
                <li key={i}>
                  {line?.startSeconds !== undefined && (
                    <strong>{cueClock(line.startSeconds)} </strong>
                  )}
                  {n.text} {line && <span className="cell-note">(at “{line.text}”)</span>}
                </li>
              )
            })}
          </ul>
        </>
      )}
      <CallMetricsTable transcript={t} observations={observations} exceptId={o.id} />
    </section>
  )
}
