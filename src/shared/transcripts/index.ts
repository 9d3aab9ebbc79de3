/** Transcripts of recorded calls: reading them, finding the rep, and the conversation's metrics. */
export type * from './types'
export { formatTime } from './cues'
export { FILLER_WORDS } from './lines'
export { conversationMetrics } from './metrics'
export {
  EXPECTED,
  MAX_TRANSCRIPT_BYTES,
  readTranscriptBytes,
  transcriptTooBigMessage,
  type ReadTranscriptOptions
} from './read'
export { guessRepSpeaker, typicalRange } from './speakers'
