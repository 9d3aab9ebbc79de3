import type {
  CallTranscript,
  ChecklistTemplate,
  CallMetricKey,
  Observation,
  TranscriptEvidence
} from '../domain'
import { formatTime } from '../transcripts'
import type { ConversationMetrics, Transcript } from '../transcripts/types'
import { answerOf, answerText, criterionValue, templateOf } from './scoring'

/**
 * Issue 19: reviewing a call on its transcript. Pure: the flow and the repositories call these
 * and store what they return.
 */

/** The metrics as stored: one number (or null) per key, for trends across calls. */
export function storedMetrics(
  computed: ConversationMetrics
): Pick<CallTranscript, 'metricBasis' | 'metrics'> {
  const metrics: CallTranscript['metrics'] = {}
  for (const m of computed.metrics) metrics[m.key] = m.value
  return { metricBasis: computed.basis, metrics }
}

/** A conversation picked from a file, ready to keep in a call review draft. */
export function transcriptForReview(
  conversation: Transcript,
  fileName: string,
  repSpeakers: readonly string[],
  computed: ConversationMetrics
): CallTranscript {
  return {
    fileName,
    title: conversation.title,
    format: conversation.format,
    timed: conversation.timed,
    speakers: [...conversation.speakers],
    repSpeakers: [...repSpeakers],
    cues: conversation.cues.map((c) => ({ ...c })),
    ...(conversation.durationSeconds === undefined
      ? {}
      : { durationSeconds: conversation.durationSeconds }),
    ...storedMetrics(computed),
    evidence: [],
    lineNotes: []
  }
}

/** The stored transcript in the shape the metrics are computed from. */
export function asTranscript(stored: CallTranscript): Transcript {
  return {
    title: stored.title,
    format: stored.format,
    timed: stored.timed,
    speakers: [...stored.speakers],
    cues: stored.cues.map((c) => ({ ...c })),
    ...(stored.durationSeconds === undefined ? {} : { durationSeconds: stored.durationSeconds })
  }
}

/** Keeps a line as evidence for a criterion (once: attaching it again changes nothing). */
export function attachEvidence(
  stored: CallTranscript,
  criterionKey: string,
  cueIndex: number
): CallTranscript {
  const cue = stored.cues.find((c) => c.index === cueIndex)
  if (!cue || !cue.text.trim()) return stored
  if (stored.evidence.some((e) => e.criterionKey === criterionKey && e.cueIndex === cueIndex))
    return stored
  const evidence: TranscriptEvidence = {
    criterionKey,
    cueIndex,
    speaker: cue.speaker,
    quote: cue.text.trim(),
    ...(cue.startSeconds === undefined ? {} : { atSeconds: cue.startSeconds })
  }
  const all = [...stored.evidence, evidence].sort((a, b) => a.cueIndex - b.cueIndex)
  return { ...stored, evidence: all }
}

export function detachEvidence(
  stored: CallTranscript,
  criterionKey: string,
  cueIndex: number
): CallTranscript {
  return {
    ...stored,
    evidence: stored.evidence.filter(
      (e) => !(e.criterionKey === criterionKey && e.cueIndex === cueIndex)
    )
  }
}

/** The evidence lines for one criterion, in the order they were said. */
export function evidenceFor(
  stored: CallTranscript | undefined,
  criterionKey: string
): TranscriptEvidence[] {
  return (stored?.evidence ?? []).filter((e) => e.criterionKey === criterionKey)
}

/** A note at a line; an empty note is not kept. */
export function addLineNote(stored: CallTranscript, cueIndex: number, text: string) {
  const clean = text.trim()
  if (!clean || !stored.cues.some((c) => c.index === cueIndex)) return stored
  const lineNotes = [...stored.lineNotes, { cueIndex, text: clean }].sort(
    (a, b) => a.cueIndex - b.cueIndex
  )
  return { ...stored, lineNotes }
}

export function removeLineNote(stored: CallTranscript, position: number): CallTranscript {
  return { ...stored, lineNotes: stored.lineNotes.filter((_, i) => i !== position) }
}

/** "4:05" or "1:02:03" for a time on the call, as the metrics write it; '' when there is none. */
export function cueClock(seconds: number | undefined): string {
  return seconds === undefined ? '' : formatTime(seconds)
}

const reviewedCalls = (observations: readonly Observation[]) =>
  observations.filter((o) => o.kind === 'callReview' && o.status === 'final' && o.transcript)

/**
 * One metric's values over the team's earlier reviewed calls (every rep, saved call reviews
 * with a transcript, this one left out): what the typical range is taken from. With a basis,
 * a longest monologue only counts calls measured the same way.
 */
export function earlierMetricValues(
  observations: readonly Observation[],
  key: CallMetricKey,
  exceptId?: string,
  basis?: CallTranscript['metricBasis']
): number[] {
  const values: number[] = []
  for (const o of reviewedCalls(observations)) {
    if (o.id === exceptId) continue
    // Seconds and words do not compare: a longest monologue by time only against timed calls.
    if (basis && key === 'longestMonologue' && o.transcript?.metricBasis !== basis) continue
    const value = o.transcript?.metrics[key]
    if (typeof value === 'number' && Number.isFinite(value)) values.push(value)
  }
  return values
}

export interface CallMetricPoint {
  observationId: string
  date: string
  title: string
  basis: CallTranscript['metricBasis']
  metrics: CallTranscript['metrics']
}

/** A rep's reviewed calls, oldest first, with each one's metrics: the trend on the rep page. */
export function callMetricTrend(
  observations: readonly Observation[],
  repId: string
): CallMetricPoint[] {
  return reviewedCalls(observations)
    .filter((o) => o.repId === repId)
    .sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt))
    .map((o) => ({
      observationId: o.id,
      date: o.date,
      title: o.transcript?.title ?? '',
      basis: o.transcript?.metricBasis ?? 'time',
      metrics: o.transcript?.metrics ?? {}
    }))
}

export interface CriterionStanding {
  key: string
  label: string
  /** The answer as the checklist writes it ('yes', '3'…). */
  answer: string
  /** The answer as a person reads it ("Yes", "3 of 4"). */
  answerText: string
  value: number
}

export interface LatestCallReview {
  observation: Observation
  /** Undefined when nothing was scored. */
  strongest?: CriterionStanding
  /** Undefined when fewer than two criteria were scored or all scored the same. */
  weakest?: CriterionStanding
}

/**
 * The rep's latest saved call review and its strongest and weakest criterion (by the 0..1
 * value of the answer; on a tie the heavier criterion, then the checklist's order).
 */
export function latestCallReview(
  observations: readonly Observation[],
  templates: readonly ChecklistTemplate[],
  repId: string
): LatestCallReview | undefined {
  const latest = observations
    .filter((o) => o.kind === 'callReview' && o.status === 'final' && o.repId === repId)
    .sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt))[0]
  if (!latest) return undefined
  const template = templateOf(latest, templates)
  const standings: (CriterionStanding & { weight: number; order: number })[] = []
  template?.criteria.forEach((c, order) => {
    const answer = answerOf(latest, c.key)
    const value = criterionValue(c, answer)
    if (value === undefined || c.weight === 0 || answer === undefined) return
    standings.push({
      key: c.key,
      label: c.label,
      answer,
      answerText: answerText(c, answer),
      value,
      weight: c.weight,
      order
    })
  })
  const plain = (s: (typeof standings)[number]): CriterionStanding => ({
    key: s.key,
    label: s.label,
    answer: s.answer,
    answerText: s.answerText,
    value: s.value
  })
  const best = [...standings].sort(
    (a, b) => b.value - a.value || b.weight - a.weight || a.order - b.order
  )[0]
  const worst = [...standings].sort(
    (a, b) => a.value - b.value || b.weight - a.weight || a.order - b.order
  )[0]
  return {
    observation: latest,
    ...(best ? { strongest: plain(best) } : {}),
    ...(worst && best && worst.value < best.value ? { weakest: plain(worst) } : {})
  }
}
