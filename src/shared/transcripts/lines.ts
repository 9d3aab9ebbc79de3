import { countWords } from './cues'
import type { ConversationMetric, Transcript, TranscriptCue } from './types'
import { count, decimal, shortQuote, where } from './words'

/** The metrics about what is said: questions, filler words, a next step with a date. */

/** Sentences ending in "?" ("??" and "?!" count once). */
export function questionCount(text: string): number {
  return (text.match(/\?[?!]*(?=\s|$|["'”’)\]])/g) ?? []).length
}

/** The filler words counted, as they are listed to the manager. */
export const FILLER_WORDS = [
  'um',
  'uh',
  'erm',
  'you know',
  'kind of',
  'sort of',
  'basically',
  'actually'
]
/** um/umm/uhm, uh/uhh, erm/errm and the phrases, as whole words. */
const FILLER = /\b(?:u+h*m+|u+h+|e+r+m+|you know|kind of|sort of|basically|actually)\b/gi

export function fillerCount(text: string): number {
  return (text.match(FILLER) ?? []).length
}

const PROPOSAL =
  /\b(?:meet|meeting|catch up|follow[- ]?up|demo|schedule|book|invite|next steps?|reconvene|touch base|regroup|sync|get together|call (?:you|me|back)|speak|talk again|send (?:you|over|it))\b/i
const MONTHS =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?'
const DAY_OR_DATE = new RegExp(
  String.raw`\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\btomorrow\b|\bnext (?:week|month)\b|\bend of (?:the |this |next )?(?:week|month)\b|\bthe \d{1,2}(?:st|nd|rd|th)\b|\b\d{1,2}(?:st|nd|rd|th) of (?:${MONTHS})\b|\b(?:${MONTHS}) \d{1,2}(?:st|nd|rd|th)?\b|\b\d{1,2} (?:${MONTHS})\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b`,
  'i'
)

/** The sentence of `text` that proposes a meeting or follow-up and names a day or date. */
export function nextStepSentence(text: string): string | undefined {
  return text
    .split(/(?<=[.!?])\s+/)
    .find((sentence) => PROPOSAL.test(sentence) && DAY_OR_DATE.test(sentence))
}

export function questions(
  t: Transcript,
  side: 'rep' | 'customer',
  isRep: (speaker: string) => boolean
): ConversationMetric {
  let n = 0
  for (const cue of t.cues)
    if (isRep(cue.speaker) === (side === 'rep')) n += questionCount(cue.text)
  const whose = side === 'rep' ? "the rep's" : "the customer side's"
  return {
    key: side === 'rep' ? 'repQuestions' : 'customerQuestions',
    label: side === 'rep' ? 'Questions asked by the rep' : 'Questions asked by the customer',
    value: n,
    display: count(n, 'question', 'questions'),
    explanation: `${count(n, 'sentence', 'sentences')} ending in “?” in ${whose} lines.`
  }
}

export function fillerWords(
  t: Transcript,
  isRep: (speaker: string) => boolean
): ConversationMetric {
  let fillers = 0
  let words = 0
  for (const cue of t.cues) {
    if (!isRep(cue.speaker)) continue
    fillers += fillerCount(cue.text)
    words += countWords(cue.text)
  }
  const label = 'Filler words (rep)'
  const list = FILLER_WORDS.join(', ')
  if (words === 0) {
    return {
      key: 'fillerWords',
      label,
      value: null,
      display: '—',
      explanation: `The rep says nothing in this transcript, so there are no filler words (${list}) to count.`
    }
  }
  const rate = (fillers * 100) / words
  return {
    key: 'fillerWords',
    label,
    value: rate,
    display: `${decimal(rate)} per 100 words`,
    explanation: `The rep said ${count(fillers, 'filler word', 'filler words')} (${list}) in ${count(words, 'word', 'words')}: ${decimal(rate)} per 100.`
  }
}

export function nextStep(t: Transcript): ConversationMetric {
  let found: { cue: TranscriptCue; sentence: string } | undefined
  // The last proposal counts: next steps are agreed at the end of a call.
  for (const cue of t.cues) {
    const sentence = nextStepSentence(cue.text)
    if (sentence !== undefined) found = { cue, sentence }
  }
  const label = 'Next step with a date'
  if (found === undefined) {
    return {
      key: 'nextStep',
      label,
      value: 0,
      display: 'No',
      explanation:
        'No line proposes a meeting or follow-up with a day or date (words like “meet” or “follow up” with a weekday, “next week”, “the 14th” or a date).'
    }
  }
  const who = found.cue.speaker || 'An unnamed speaker'
  return {
    key: 'nextStep',
    label,
    value: 1,
    display: `Yes, ${where(found.cue)}`,
    explanation: `${who} proposed it ${where(found.cue)}: “${shortQuote(found.sentence)}”`,
    cueIndex: found.cue.index
  }
}
