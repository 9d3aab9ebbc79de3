import { decodeEntities, parseTime, splitSpeakerLine, type RawCue } from './cues'

/**
 * WebVTT (Zoom, Teams, Meet) and SRT: blocks separated by blank lines, each cue a timing line
 * "00:00:01.000 --> 00:00:04.000" (SRT: commas) with optional cue settings after it, an
 * optional id line before it, and one or more text lines. The speaker comes from a voice tag
 * (`<v Alan Smith>`, `<v.loud Alan Smith>`) or a "Speaker: text" first line; a cue with neither
 * continues the previous speaker (Zoom splits long turns into several cues).
 */

const TIMING =
  /^\s*((?:\d{1,3}:)?\d{1,2}:\d{1,2}(?:[.,]\d{1,3})?)\s*-->\s*((?:\d{1,3}:)?\d{1,2}:\d{1,2}(?:[.,]\d{1,3})?)(?:\s+.*)?$/

/** True when the line is a cue timing line ("00:00:01.000 --> 00:00:04.000 align:start"). */
export function isTimingLine(line: string): boolean {
  return TIMING.test(line)
}

interface Voiced {
  speaker: string
  text: string
}

/** The spans of a cue payload by voice: "<v Ann>Hi</v> <v Bob>Hello" → Ann: Hi, Bob: Hello. */
function voices(payload: string): Voiced[] | undefined {
  const tag = /<v(?:\.[^\s>]*)?(?:\s+([^>]*))?>/gi
  const starts: { at: number; end: number; speaker: string }[] = []
  for (let m = tag.exec(payload); m !== null; m = tag.exec(payload)) {
    starts.push({
      at: m.index,
      end: m.index + m[0].length,
      speaker: decodeEntities(m[1] ?? '').trim()
    })
  }
  if (starts.length === 0) return undefined
  const spans: Voiced[] = []
  const before = payload.slice(0, starts[0]?.at ?? 0)
  if (stripTags(before) !== '') spans.push({ speaker: '', text: before })
  starts.forEach((start, i) => {
    const text = payload.slice(start.end, starts[i + 1]?.at ?? payload.length)
    spans.push({ speaker: start.speaker, text })
  })
  return spans
}

/** Drops markup (<c.yellow>, <i>, </v>, <00:00:01.500>) and decodes entities. */
function stripTags(text: string): string {
  return decodeEntities(text.replace(/<[^>]*>/g, ''))
    .replace(/\s+/g, ' ')
    .trim()
}

/** One cue's lines (after its timing line) → one cue, or several when voices change inside. */
function payloadCues(lines: string[], start: number, end: number, previous: string): RawCue[] {
  const payload = lines.join('\n')
  const spans = voices(payload)
  if (spans !== undefined) {
    const parts = spans
      .map((s) => ({ speaker: s.speaker || previous, text: stripTags(s.text) }))
      .filter((s) => s.text !== '')
    const words = parts.map((p) => Math.max(1, p.text.split(' ').length))
    const total = words.reduce((a, b) => a + b, 0)
    // Several voices in one cue share its time in proportion to their words.
    let at = start
    return parts.map((p, i) => {
      const share = ((end - start) * (words[i] ?? 1)) / total
      const cue = { startSeconds: at, endSeconds: i === parts.length - 1 ? end : at + share, ...p }
      at += share
      return cue
    })
  }
  const text = stripTags(payload)
  const said = splitSpeakerLine(text)
  if (said)
    return [{ startSeconds: start, endSeconds: end, speaker: said.speaker, text: said.text }]
  return [{ startSeconds: start, endSeconds: end, speaker: previous, text }]
}

/** Reads the cues of a WebVTT or SRT text (header, NOTE, STYLE and REGION blocks skipped). */
export function parseSubtitles(text: string): RawCue[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n')
  const cues: RawCue[] = []
  let previous = ''
  let i = 0
  while (i < lines.length) {
    const line = lines[i] ?? ''
    const timing = TIMING.exec(line)
    if (!timing) {
      // NOTE / STYLE / REGION blocks and the header run to the next blank line.
      if (/^(NOTE|STYLE|REGION|WEBVTT)(\s|$)/.test(line.trim())) {
        while (i < lines.length && (lines[i] ?? '').trim() !== '') i++
      }
      i++
      continue
    }
    const start = parseTime(timing[1] ?? '')
    const end = parseTime(timing[2] ?? '')
    i++
    const payload: string[] = []
    while (i < lines.length && (lines[i] ?? '').trim() !== '' && !isTimingLine(lines[i] ?? '')) {
      payload.push(lines[i] ?? '')
      i++
    }
    if (start === undefined || end === undefined) continue
    // An SRT cue number or a VTT cue id that runs straight into the next cue is not text.
    if (i < lines.length && isTimingLine(lines[i] ?? '') && payload.length > 0) payload.pop()
    for (const cue of payloadCues(payload, start, end, previous)) {
      cues.push(cue)
      if (cue.speaker !== '') previous = cue.speaker
    }
  }
  return cues
}
