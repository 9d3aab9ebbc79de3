import { z } from 'zod'
import { NonEmptyText } from './common'

/**
 * Issue 19: the transcript a call review was made from, kept inside the observation (sealed
 * with its other private fields). The recording itself is never stored: only its file name.
 */
export const CallMetricKey = z.enum([
  'talkRatio',
  'longestMonologue',
  'repQuestions',
  'customerQuestions',
  'switchesPerMinute',
  'repShareLastFive',
  'fillerWords',
  'nextStep'
])
export type CallMetricKey = z.infer<typeof CallMetricKey>

export const StoredCue = z.object({
  index: z.number().int().min(0),
  startSeconds: z.number().min(0).optional(),
  endSeconds: z.number().min(0).optional(),
  speaker: z.string(),
  /** Within a backup's longest text, so a workspace with transcripts always backs up. */
  text: z.string().max(100_000, 'a transcript line is longer than 100,000 characters')
})

/** A line attached to a criterion: the quote and its time stay even if the line is edited. */
export const TranscriptEvidence = z.object({
  criterionKey: NonEmptyText,
  cueIndex: z.number().int().min(0),
  speaker: z.string(),
  quote: NonEmptyText,
  atSeconds: z.number().min(0).optional()
})
export type TranscriptEvidence = z.infer<typeof TranscriptEvidence>

export const LineNote = z.object({
  cueIndex: z.number().int().min(0),
  text: NonEmptyText
})
export type LineNote = z.infer<typeof LineNote>

export const CallTranscript = z.object({
  /** The file the manager picked, and the conversation's title within it. */
  fileName: z.string(),
  title: z.string(),
  format: z.enum(['vtt', 'srt', 'text', 'docx', 'table']),
  timed: z.boolean(),
  speakers: z.array(z.string()),
  /** The speakers who are the rep; everyone else is the customer side. */
  repSpeakers: z.array(z.string()),
  cues: z.array(StoredCue),
  durationSeconds: z.number().min(0).optional(),
  /** The metrics as computed with `repSpeakers`: value per key, for trends across calls. */
  metricBasis: z.enum(['time', 'words']),
  metrics: z.partialRecord(CallMetricKey, z.number().nullable()),
  /** The recording's file name when the manager played it; never its bytes or path. */
  mediaFileName: z.string().optional(),
  evidence: z.array(TranscriptEvidence).default([]),
  lineNotes: z.array(LineNote).default([])
})
export type CallTranscript = z.infer<typeof CallTranscript>
