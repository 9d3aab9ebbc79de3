/**
 * Which speaker is the rep: matched by the rep's name and aliases, ignoring case, accents,
 * titles ("Mr.", "Dr.") and a company in brackets ("Alan Smith (Acme)"). A full name beats a
 * first name; when two speakers match equally well, nobody is guessed.
 */

const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'madam'])

/** "Dr. Ana López-Vidal (Acme)" → ['ana', 'lopez', 'vidal']. */
export function nameWords(name: string): string[] {
  const words = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '')
  // A comma-reversed "Smith, Alan" has the same words; titles are not part of the name.
  return words.filter((w) => !TITLES.has(w))
}

const sameWords = (a: string[], b: string[]): boolean =>
  a.length === b.length && [...a].sort().join(' ') === [...b].sort().join(' ')

/** How well a speaker's label matches one of the rep's names: 3 full, 2 first name, 1 initial. */
function matchScore(speaker: string[], name: string[]): number {
  if (speaker.length === 0 || name.length === 0) return 0
  if (sameWords(speaker, name)) return 3
  // "Alan Smith" among "Alan Smith Jr" or "Alan J. Smith": every word of the name is there.
  if (name.length > 1 && name.every((w) => speaker.includes(w))) return 3
  const [first] = name
  if (speaker.length === 1 && speaker[0] === first) return 2
  // "Alan S" / "Alan S." — first name and the last name's initial.
  const last = name[name.length - 1] ?? ''
  if (speaker.length === 2 && speaker[0] === first && speaker[1] === last[0] && name.length > 1)
    return 2
  if (speaker[0] === first) return 1
  return 0
}

/** The speaker that is the rep, or null when no speaker matches (or two match equally). */
export function guessRepSpeaker(
  speakers: string[],
  rep: { name: string; aliases?: string[] }
): string | null {
  const names = [rep.name, ...(rep.aliases ?? [])].map(nameWords).filter((w) => w.length > 0)
  let best: string | null = null
  let bestScore = 0
  let tied = false
  for (const speaker of speakers) {
    const words = nameWords(speaker)
    const score = Math.max(0, ...names.map((name) => matchScore(words, name)))
    if (score > bestScore) {
      best = speaker
      bestScore = score
      tied = false
    } else if (score === bestScore && score > 0) {
      tied = true
    }
  }
  return bestScore > 0 && !tied ? best : null
}

/**
 * The team's typical range: the middle half (25th to 75th percentile, interpolated) of earlier
 * reviews' values; null with fewer than three.
 */
export function typicalRange(
  values: number[]
): { low: number; high: number; count: number } | null {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b)
  if (sorted.length < 3) return null
  const at = (p: number): number => {
    const pos = (sorted.length - 1) * p
    const below = Math.floor(pos)
    const lower = sorted[below] ?? 0
    const upper = sorted[Math.min(below + 1, sorted.length - 1)] ?? lower
    return lower + (upper - lower) * (pos - below)
  }
  return { low: at(0.25), high: at(0.75), count: sorted.length }
}
