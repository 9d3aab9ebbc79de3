import type { CallTranscript, Rep } from '@shared/domain'
import { asTranscript, transcriptForReview } from '@shared/observations'
import { conversationMetrics, guessRepSpeaker, type Transcript } from '@shared/transcripts'
import { storedMetrics } from '@shared/observations'
import type { Draft } from './draftState'

/**
 * A conversation from a transcript file put into a call review draft: the rep speaker guessed
 * from the rep's name and CRM aliases, the metrics computed with it, and the call's name and
 * length filled in where the manager had not written them.
 */
export function withConversation(
  draft: Draft,
  conversation: Transcript,
  fileName: string,
  rep: Pick<Rep, 'name' | 'crmAliases'> | undefined,
  many: boolean
): Draft {
  const guess = rep
    ? guessRepSpeaker(conversation.speakers, { name: rep.name, aliases: rep.crmAliases })
    : null
  const repSpeakers = guess ? [guess] : []
  const transcript = transcriptForReview(
    conversation,
    fileName,
    repSpeakers,
    conversationMetrics(conversation, repSpeakers)
  )
  const duration =
    conversation.durationSeconds === undefined
      ? undefined
      : Math.round(conversation.durationSeconds)
  return {
    ...draft,
    transcript,
    callReference: {
      ...draft.callReference,
      reference: many ? `${fileName}: ${conversation.title}` : fileName,
      ...(duration === undefined ? {} : { durationSeconds: duration })
    }
  }
}

/** The rep speakers changed: the metrics follow; evidence and notes stay. */
export function withRepSpeakers(stored: CallTranscript, repSpeakers: string[]): CallTranscript {
  const ordered = stored.speakers.filter((s) => repSpeakers.includes(s))
  return {
    ...stored,
    repSpeakers: ordered,
    ...storedMetrics(conversationMetrics(asTranscript(stored), ordered))
  }
}
