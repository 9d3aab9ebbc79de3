import { formatTime } from './cues'

/** How metrics put numbers into words: "25 %", "2 min 5 s", "1,204 words". */

export function percent(share: number): string {
  return `${Math.round(share * 100)} %`
}

export function duration(seconds: number): string {
  const whole = Math.round(seconds)
  if (whole < 60) return `${whole} s`
  const h = Math.floor(whole / 3600)
  const m = Math.floor((whole % 3600) / 60)
  const s = whole % 60
  const parts = h > 0 ? [`${h} h`, `${m} min`] : [`${m} min`]
  if (s > 0) parts.push(`${s} s`)
  return parts.join(' ')
}

export function count(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`
}

/** One decimal, without a trailing ".0": 2.5, 3. */
export function decimal(n: number): string {
  return String(Math.round(n * 10) / 10)
}

/** "at 16:40" when the line has a time, "in line 43" otherwise (lines counted from 1). */
export function where(cue: { index: number; startSeconds?: number }): string {
  return cue.startSeconds === undefined
    ? `in line ${cue.index + 1}`
    : `at ${formatTime(cue.startSeconds)}`
}

/** A quote shortened to about `max` characters at a word. */
export function shortQuote(text: string, max = 120): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat.length <= max) return flat
  const cut = flat.slice(0, max)
  const space = cut.lastIndexOf(' ')
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`
}
