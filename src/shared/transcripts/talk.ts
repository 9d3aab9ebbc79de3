import { countWords, formatTime } from './cues'
import type { ConversationMetric, Transcript, TranscriptCue } from './types'
import { count, decimal, duration, percent, where } from './words'

/** The metrics about who talks when: talk ratio, longest monologue, switches, the last five minutes. */

export const LAST_MINUTES = 5

/** Consecutive cues of one speaker, merged. */
export interface Turn {
  speaker: string
  firstCue: TranscriptCue
  cueCount: number
  start: number
  end: number
  words: number
}

export function turnsOf(t: Transcript): Turn[] {
  const turns: Turn[] = []
  for (const cue of t.cues) {
    const last = turns[turns.length - 1]
    const words = countWords(cue.text)
    if (last && last.speaker === cue.speaker) {
      last.cueCount++
      last.end = Math.max(last.end, cue.endSeconds ?? 0)
      last.words += words
    } else {
      const start = cue.startSeconds ?? 0
      turns.push({
        speaker: cue.speaker,
        firstCue: cue,
        cueCount: 1,
        start,
        end: cue.endSeconds ?? start,
        words
      })
    }
  }
  return turns
}

const spoken = (cue: TranscriptCue): number =>
  Math.max(0, (cue.endSeconds ?? 0) - (cue.startSeconds ?? 0))

export function talkRatio(t: Transcript, isRep: (speaker: string) => boolean): ConversationMetric {
  const label = 'Talk ratio (rep)'
  if (t.timed) {
    let rep = 0
    let all = 0
    for (const cue of t.cues) {
      all += spoken(cue)
      if (isRep(cue.speaker)) rep += spoken(cue)
    }
    if (all === 0) {
      return {
        key: 'talkRatio',
        label,
        value: null,
        display: '—',
        explanation: 'By time: the lines have no length, so there is no talk time to share.'
      }
    }
    return {
      key: 'talkRatio',
      label,
      value: rep / all,
      display: `${percent(rep / all)} of talk time`,
      explanation: `By time: the rep spoke ${duration(rep)} of ${duration(all)}.`
    }
  }
  let rep = 0
  let all = 0
  for (const cue of t.cues) {
    const words = countWords(cue.text)
    all += words
    if (isRep(cue.speaker)) rep += words
  }
  if (all === 0) {
    return {
      key: 'talkRatio',
      label,
      value: null,
      display: '—',
      explanation: 'By words: the transcript has no words.'
    }
  }
  return {
    key: 'talkRatio',
    label,
    value: rep / all,
    display: `${percent(rep / all)} of words`,
    explanation: `By words (the file has no times): the rep said ${rep.toLocaleString('en-US')} of ${count(all, 'word', 'words')}.`
  }
}

export function longestMonologue(t: Transcript, turns: Turn[]): ConversationMetric {
  const label = 'Longest monologue'
  const size = (turn: Turn): number => (t.timed ? turn.end - turn.start : turn.words)
  let longest: Turn | undefined
  for (const turn of turns) if (longest === undefined || size(turn) > size(longest)) longest = turn
  if (longest === undefined) {
    return {
      key: 'longestMonologue',
      label,
      value: null,
      display: '—',
      explanation: 'The transcript has no lines.'
    }
  }
  const who = longest.speaker || 'An unnamed speaker'
  const lines = longest.cueCount > 1 ? ` (${longest.cueCount} lines in a row)` : ''
  const amount = t.timed ? duration(size(longest)) : count(longest.words, 'word', 'words')
  return {
    key: 'longestMonologue',
    label,
    value: size(longest),
    display: `${amount} — ${longest.speaker || 'unnamed speaker'}`,
    explanation: t.timed
      ? `${who} spoke for ${amount} without another speaker, from ${formatTime(longest.start)}${lines}.`
      : `${who} said ${amount} without another speaker, starting ${where(longest.firstCue)}${lines}.`,
    cueIndex: longest.firstCue.index
  }
}

export function switchesPerMinute(t: Transcript, turns: Turn[]): ConversationMetric {
  const label = 'Speaker switches per minute'
  const first = t.cues[0]
  if (!t.timed || first === undefined) {
    return {
      key: 'switchesPerMinute',
      label,
      value: null,
      display: '—',
      explanation:
        'Needs times: this transcript has none, so changes of speaker cannot be counted per minute.'
    }
  }
  let start = Number.POSITIVE_INFINITY
  let end = 0
  for (const cue of t.cues) {
    start = Math.min(start, cue.startSeconds ?? 0)
    end = Math.max(end, cue.endSeconds ?? 0)
  }
  const length = end - start
  if (length <= 0) {
    return {
      key: 'switchesPerMinute',
      label,
      value: null,
      display: '—',
      explanation: 'The lines have no length, so there are no minutes to count switches in.'
    }
  }
  const switches = Math.max(0, turns.length - 1)
  const rate = switches / (length / 60)
  return {
    key: 'switchesPerMinute',
    label,
    value: rate,
    display: `${decimal(rate)} a minute`,
    explanation: `${count(switches, 'change', 'changes')} of speaker in ${duration(length)} of conversation: ${decimal(rate)} a minute.`
  }
}

export function repShareLastFive(
  t: Transcript,
  isRep: (speaker: string) => boolean
): ConversationMetric {
  const label = "Rep's share of the last five minutes"
  if (!t.timed || t.cues.length === 0) {
    return {
      key: 'repShareLastFive',
      label,
      value: null,
      display: '—',
      explanation:
        'Needs times: this transcript has none, so the last five minutes cannot be found.'
    }
  }
  let first = Number.POSITIVE_INFINITY
  let last = 0
  for (const cue of t.cues) {
    first = Math.min(first, cue.startSeconds ?? 0)
    last = Math.max(last, cue.endSeconds ?? 0)
  }
  const from = Math.max(first, last - LAST_MINUTES * 60)
  let rep = 0
  let all = 0
  for (const cue of t.cues) {
    const overlap = Math.max(0, (cue.endSeconds ?? 0) - Math.max(from, cue.startSeconds ?? 0))
    all += overlap
    if (isRep(cue.speaker)) rep += overlap
  }
  const whole = last - first <= LAST_MINUTES * 60
  if (all === 0) {
    return {
      key: 'repShareLastFive',
      label,
      value: null,
      display: '—',
      explanation: 'Nobody speaks in the last five minutes of the transcript.'
    }
  }
  const span = whole
    ? 'The call is five minutes or shorter, so over the whole call'
    : `In the last five minutes (from ${formatTime(from)})`
  return {
    key: 'repShareLastFive',
    label,
    value: rep / all,
    display: `${percent(rep / all)} of talk time`,
    explanation: `${span} the rep spoke ${duration(rep)} of ${duration(all)}.`
  }
}
