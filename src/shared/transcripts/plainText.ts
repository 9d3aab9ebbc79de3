import { countWords, looksLikeName, parseTime, splitSpeakerLine, type RawCue } from './cues'
import { isTimingLine } from './subtitles'

/**
 * Plain-text transcripts, as people paste them and as tools export them:
 * - "Alan Smith: Hello" lines, with lines that follow continuing the same turn;
 * - "[00:01:02] Alan Smith: Hello" or "00:01:02 Alan Smith: Hello";
 * - a header "00:01:02 Alan Smith" (or "Alan Smith  0:05", Otter) with the words on the lines
 *   below it;
 * - "0:0:0.0 --> 0:0:5.12" then the speaker's name on its own line, then the words (Teams'
 *   Word export), and a name line followed by a time line ("Alan Smith" / "0:05").
 * A transcript whose lines all have a start time gets end times from the next line's start; the
 * last line's end is estimated from its words, at 150 words a minute (said in a note).
 */

const TIME = String.raw`(?:\d{1,3}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?`
const LEADING_TIME = new RegExp(String.raw`^[\[(]?(${TIME})[\])]?(?:\s*[-–—|]\s*|\s+|$)(.*)$`)
const TRAILING_TIME = new RegExp(String.raw`^(.+?)\s+[\[(]?(${TIME})[\])]?$`)
const ONLY_TIME = new RegExp(String.raw`^[\[(]?(${TIME})[\])]?$`)

/** Words a minute used to estimate how long the last timed line lasted. */
export const WORDS_PER_MINUTE = 150

/** True when the line starts a turn by itself (a header, a timing line or "Name: text"). */
function startsTurn(line: string): boolean {
  return (
    isTimingLine(line) ||
    LEADING_TIME.test(line) ||
    splitSpeakerLine(line) !== undefined ||
    trailingHeader(line) !== undefined
  )
}

function trailingHeader(line: string): { speaker: string; start: number } | undefined {
  const m = TRAILING_TIME.exec(line)
  if (!m || !looksLikeName(m[1] ?? '')) return undefined
  const start = parseTime(m[2] ?? '')
  return start === undefined ? undefined : { speaker: m[1] ?? '', start }
}

function nextLine(lines: string[], from: number): string | undefined {
  for (let i = from; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim()
    if (line !== '') return line
  }
  return undefined
}

/** Reads "Speaker: text" transcripts with or without times. */
export function parsePlainText(text: string): { cues: RawCue[]; notes: string[] } {
  const lines = text.replace(/\r\n?/g, '\n').split('\n')
  const cues: RawCue[] = []
  let current: RawCue | undefined
  let expectSpeaker = false
  const open = (cue: RawCue): void => {
    current = cue
    cues.push(cue)
  }
  const speakerSoFar = (): string => current?.speaker ?? ''
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim()
    if (line === '') continue
    if (isTimingLine(line)) {
      const [from, to] = line.split('-->').map((t) => parseTime(t.trim().split(/\s+/)[0] ?? ''))
      open({ startSeconds: from, endSeconds: to, speaker: '', text: '' })
      expectSpeaker = true
      continue
    }
    if (expectSpeaker && current) {
      expectSpeaker = false
      const said = splitSpeakerLine(line)
      if (said) {
        current.speaker = said.speaker
        current.text = said.text
        continue
      }
      if (looksLikeName(line) && !/[.!?]$/.test(line)) {
        current.speaker = line
        continue
      }
    }
    const only = ONLY_TIME.exec(line)
    if (only && current && current.text === '' && current.startSeconds === undefined) {
      current.startSeconds = parseTime(only[1] ?? '')
      continue
    }
    const leading = LEADING_TIME.exec(line)
    const leadingStart = leading ? parseTime(leading[1] ?? '') : undefined
    if (leading && leadingStart !== undefined) {
      const rest = (leading[2] ?? '').trim()
      const said = splitSpeakerLine(rest)
      const next = nextLine(lines, i + 1)
      if (said) open({ startSeconds: leadingStart, speaker: said.speaker, text: said.text })
      else if (rest !== '' && looksLikeName(rest) && next !== undefined && !startsTurn(next)) {
        open({ startSeconds: leadingStart, speaker: rest, text: '' })
      } else
        open({ startSeconds: leadingStart, speaker: rest === '' ? speakerSoFar() : '', text: rest })
      continue
    }
    const header = trailingHeader(line)
    if (header) {
      open({ startSeconds: header.start, speaker: header.speaker, text: '' })
      continue
    }
    const said = splitSpeakerLine(line)
    if (said) {
      open({ speaker: said.speaker, text: said.text })
      continue
    }
    const next = nextLine(lines, i + 1)
    if (looksLikeName(line) && next !== undefined && ONLY_TIME.test(next)) {
      open({ speaker: line, text: '' })
      continue
    }
    if (current) current.text = current.text === '' ? line : `${current.text}\n${line}`
    else open({ speaker: '', text: line })
  }
  return fillEndTimes(cues.filter((c) => c.text.trim() !== ''))
}

/** Ends from the next line's start when every line has a start and none has an end. */
export function fillEndTimes(cues: RawCue[]): { cues: RawCue[]; notes: string[] } {
  if (cues.length === 0 || !cues.every((c) => c.startSeconds !== undefined)) {
    return { cues, notes: [] }
  }
  if (cues.every((c) => c.endSeconds !== undefined)) return { cues, notes: [] }
  const filled = cues.map((cue, i) => {
    if (cue.endSeconds !== undefined) return cue
    const start = cue.startSeconds ?? 0
    const nextStart = cues[i + 1]?.startSeconds
    const end =
      nextStart !== undefined && nextStart >= start
        ? nextStart
        : start + (countWords(cue.text) * 60) / WORDS_PER_MINUTE
    return { ...cue, endSeconds: end }
  })
  return {
    cues: filled,
    notes: [
      `Each line ends where the next one starts; the last line's end was estimated from its words (${WORDS_PER_MINUTE} a minute).`
    ]
  }
}
