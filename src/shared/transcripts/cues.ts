import type { Transcript, TranscriptCue, TranscriptFormat } from './types'

/**
 * Small pieces every transcript reader shares: reading a time as seconds, cleaning a speaker's
 * name, telling a "Speaker: text" line from ordinary text, and turning the cues read into a
 * Transcript (indexes, speakers in order, timed or not).
 */

/** A cue as a reader collects it, before it gets its index. */
export interface RawCue {
  startSeconds?: number
  endSeconds?: number
  speaker: string
  text: string
}

/**
 * Seconds from "01:02:03.500", "1:02:03,5", "02:03.500", "0:05" or "0:0:3.26" (Teams); undefined
 * when the text is not a time.
 */
export function parseTime(text: string): number | undefined {
  const m = /^(?:(\d{1,3}):)?(\d{1,2}):(\d{1,2})(?:[.,](\d{1,3}))?$/.exec(text.trim())
  if (!m) return undefined
  const hours = Number(m[1] ?? 0)
  const minutes = Number(m[2])
  const seconds = Number(m[3])
  if (seconds >= 60 || (m[1] !== undefined && minutes >= 60)) return undefined
  const fraction = m[4] === undefined ? 0 : Number(`0.${m[4]}`)
  return hours * 3600 + minutes * 60 + seconds + fraction
}

/** "1:02:03" for an hour or more, "2:03" under it (what a person reads beside a line). */
export function formatTime(totalSeconds: number): string {
  const whole = Math.max(0, Math.round(totalSeconds))
  const h = Math.floor(whole / 3600)
  const m = Math.floor((whole % 3600) / 60)
  const s = String(whole % 60).padStart(2, '0')
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  lrm: '',
  rlm: ''
}

/** Replaces the character references WebVTT and Word XML use (&amp;, &#39;, &#x2019; …). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code =
        ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1))
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff
        ? String.fromCodePoint(code)
        : whole
    }
    return ENTITIES[ref.toLowerCase()] ?? whole
  })
}

/** Collapses runs of spaces and trims; a speaker's name as it will be shown. */
export function cleanSpeaker(name: string): string {
  return name.replace(/\s+/g, ' ').trim()
}

/** Words that end in ":" at the start of ordinary lines, and are not people. */
const NOT_SPEAKERS = new Set([
  'note',
  'notes',
  'http',
  'https',
  'mailto',
  'agenda',
  'subject',
  're',
  'fw',
  'fwd',
  'ps',
  'p.s',
  'tip',
  'warning',
  'step',
  'time',
  'date',
  'duration',
  'action items',
  'summary'
])

/**
 * A name of one to six words: letters (any script), apostrophes, hyphens and dots ("Mr.",
 * "Dr. Ana López-Vidal", "O'Brien"), digits ("Speaker 2"), and a trailing "(Company)".
 */
const NAME =
  /^[\p{L}\p{N}][\p{L}\p{M}\p{N}.'’-]*(?: [\p{L}\p{M}\p{N}.'’&-]+){0,5}(?: \([^()]{1,60}\))?$/u

/** True when `text` can be a speaker's name (not a sentence, a time or a URL scheme). */
export function looksLikeName(text: string): boolean {
  const name = cleanSpeaker(text)
  if (name.length === 0 || name.length > 80) return false
  if (!NAME.test(name)) return false
  if (/^\d+$/.test(name) || parseTime(name) !== undefined) return false
  return !NOT_SPEAKERS.has(name.toLowerCase())
}

/** "Alan Smith: Hello there" → { speaker: 'Alan Smith', text: 'Hello there' }; else undefined. */
export function splitSpeakerLine(line: string): { speaker: string; text: string } | undefined {
  const m = /^\s*(?:[-–—]\s*)?([^:：]{1,80})[:：](?:\s+|$)(.*)$/.exec(line)
  if (!m) return undefined
  const speaker = cleanSpeaker(m[1] ?? '')
  if (!looksLikeName(speaker)) return undefined
  return { speaker, text: (m[2] ?? '').trim() }
}

/** Whitespace-separated words (what a talk ratio by words counts). */
export function countWords(text: string): number {
  const words = text.trim().match(/\S+/g)
  return words === null ? 0 : words.length
}

/**
 * A transcript from the cues a reader collected: empty-text cues dropped, neighbours indexed
 * from 0, speakers listed in order of first appearance. `timed` only when every cue has both
 * times.
 */
export function buildTranscript(
  title: string,
  format: TranscriptFormat,
  raw: readonly RawCue[],
  notes: string[] = []
): Transcript {
  const cues: TranscriptCue[] = []
  for (const cue of raw) {
    const text = cue.text.replace(/[ \t]+/g, ' ').trim()
    if (text === '') continue
    const next: TranscriptCue = { index: cues.length, speaker: cleanSpeaker(cue.speaker), text }
    if (cue.startSeconds !== undefined) next.startSeconds = cue.startSeconds
    if (cue.endSeconds !== undefined)
      next.endSeconds = Math.max(cue.endSeconds, cue.startSeconds ?? 0)
    cues.push(next)
  }
  const speakers: string[] = []
  for (const cue of cues)
    if (cue.speaker !== '' && !speakers.includes(cue.speaker)) speakers.push(cue.speaker)
  const timed =
    cues.length > 0 && cues.every((c) => c.startSeconds !== undefined && c.endSeconds !== undefined)
  const transcript: Transcript = { title, format, timed, speakers, cues }
  if (timed) {
    let last = 0
    for (const cue of cues) last = Math.max(last, cue.endSeconds ?? 0)
    // From the start of the recording (0:00) to the end of the last line.
    transcript.durationSeconds = last
  }
  if (notes.length > 0) transcript.notes = notes
  return transcript
}
