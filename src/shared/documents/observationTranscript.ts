import type { ChecklistTemplate, Observation } from '../domain'
import { CALL_METRIC_KEYS, CALL_METRIC_LABELS, callMetricText, cueClock } from '../observations'
import type { DocumentBlock } from './model'

/**
 * Issue 19: what a call review made from a transcript adds to its document: the lines quoted
 * as evidence under their criterion, with their time; the notes at lines; and the metrics.
 */
export function transcriptBlocks(o: Observation, template: ChecklistTemplate): DocumentBlock[] {
  const t = o.transcript
  if (!t) return []
  const blocks: DocumentBlock[] = []
  const quoted = template.criteria.filter((c) => t.evidence.some((e) => e.criterionKey === c.key))
  if (quoted.length > 0) {
    blocks.push({ kind: 'heading', level: 2, text: 'Evidence from the call' })
    for (const c of quoted) {
      blocks.push(
        { kind: 'heading', level: 3, text: c.label },
        {
          kind: 'list',
          items: t.evidence
            .filter((e) => e.criterionKey === c.key)
            .map((e) => {
              const when = e.atSeconds === undefined ? '' : `${cueClock(e.atSeconds)} `
              const who = e.speaker ? `${e.speaker}: ` : ''
              return `${when}${who}“${e.quote}”`
            })
        }
      )
    }
  }
  if (t.lineNotes.length > 0) {
    const cue = (i: number) => t.cues.find((c) => c.index === i)
    blocks.push(
      { kind: 'heading', level: 3, text: 'Notes at lines of the transcript' },
      {
        kind: 'table',
        columns: ['Time', 'Line', 'Note'],
        rows: t.lineNotes.map((n) => {
          const line = cue(n.cueIndex)
          return [
            cueClock(line?.startSeconds) || '—',
            line ? `${line.speaker ? `${line.speaker}: ` : ''}${line.text}` : '—',
            n.text
          ]
        })
      }
    )
  }
  blocks.push(
    {
      kind: 'heading',
      level: 2,
      text: `The call in numbers (${t.metricBasis === 'time' ? 'by time' : 'by words: the transcript has no times'})`
    },
    {
      kind: 'table',
      columns: ['Metric', 'This call'],
      rows: CALL_METRIC_KEYS.filter((k) => k in t.metrics).map((k) => [
        CALL_METRIC_LABELS[k],
        callMetricText(k, t.metrics[k], t.metricBasis)
      ])
    }
  )
  return blocks
}
