/** Transcripts of recorded calls (Zoom, Teams, Meet exports and the like), as read from a file. */

export type TranscriptFormat = 'vtt' | 'srt' | 'text' | 'docx' | 'table'

export interface TranscriptCue {
  /** 0-based position in the transcript; what evidence and notes point at. */
  index: number
  /** Seconds from the start of the call, when the file has times. */
  startSeconds?: number
  endSeconds?: number
  /** As written in the file, cleaned ("Mr. Alan Smith" stays whole); '' when none. */
  speaker: string
  text: string
}

export interface Transcript {
  /** For the picker: the file name, or "Row 12 — Acme discovery call" for a many-conversation file. */
  title: string
  format: TranscriptFormat
  /** True when every cue has start and end times. */
  timed: boolean
  /** Distinct speakers in order of first appearance. */
  speakers: string[]
  cues: TranscriptCue[]
  /** Seconds, when timed. */
  durationSeconds?: number
  /** What the manager should know about the reading (e.g. an end time that was estimated). */
  notes?: string[]
}

export type TranscriptFileResult =
  | { ok: true; fileName: string; conversations: Transcript[] }
  | { ok: false; fileName: string; message: string }

export interface ConversationMetric {
  key:
    | 'talkRatio'
    | 'longestMonologue'
    | 'repQuestions'
    | 'customerQuestions'
    | 'switchesPerMinute'
    | 'repShareLastFive'
    | 'fillerWords'
    | 'nextStep'
  /** "Talk ratio (rep)" */
  label: string
  /** A number to compare and trend (e.g. 0.25 for 25 %); null when not computable. */
  value: number | null
  /** "25 % of talk time" */
  display: string
  /** One sentence: what was counted and how ("By time: the rep spoke 30 s of 120 s."). */
  explanation: string
  /** The cue that backs it (longest monologue start, the next-step line). */
  cueIndex?: number
}

export interface ConversationMetrics {
  basis: 'time' | 'words'
  metrics: ConversationMetric[]
}
