import { fillerWords, nextStep, questions } from './lines'
import { longestMonologue, repShareLastFive, switchesPerMinute, talkRatio, turnsOf } from './talk'
import type { ConversationMetrics, Transcript } from './types'

/**
 * The conversation's metrics, computed on this machine: by time when every line has times, by
 * words otherwise. `repSpeakers` are the speakers that are the rep; everyone else, unnamed
 * lines included, is the customer side.
 */
export function conversationMetrics(t: Transcript, repSpeakers: string[]): ConversationMetrics {
  const reps = new Set(repSpeakers)
  const isRep = (speaker: string): boolean => speaker !== '' && reps.has(speaker)
  const turns = turnsOf(t)
  return {
    basis: t.timed ? 'time' : 'words',
    metrics: [
      talkRatio(t, isRep),
      longestMonologue(t, turns),
      questions(t, 'rep', isRep),
      questions(t, 'customer', isRep),
      switchesPerMinute(t, turns),
      repShareLastFive(t, isRep),
      fillerWords(t, isRep),
      nextStep(t)
    ]
  }
}
