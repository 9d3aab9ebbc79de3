/**
 * A small seeded pseudo-random generator (mulberry32) with the helpers the demo needs. The
 * same seed always gives the same sequence; only integer and basic arithmetic is used, so
 * the output is identical on every JavaScript engine.
 */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number
  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number
  /** Uniform in [min, max). */
  float(min: number, max: number): number
  chance(probability: number): boolean
  pick<T>(items: readonly T[]): T
  /** Approximately normal (Irwin-Hall sum of four uniforms): no transcendental functions. */
  normal(mean: number, sd: number): number
  shuffle<T>(items: readonly T[]): T[]
  /** `count` distinct items in random order. */
  sample<T>(items: readonly T[], count: number): T[]
  /** An independent generator for one part of the output, so parts do not disturb each other. */
  fork(label: string): Rng
}

function mulberry32(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** FNV-1a: a stable 32-bit hash for deriving seeds from labels. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

export function createRng(seed: number): Rng {
  const next = mulberry32(seed)
  const rng: Rng = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    float: (min, max) => min + next() * (max - min),
    chance: (probability) => next() < probability,
    pick: (items) => {
      if (items.length === 0) throw new Error('pick from an empty list')
      return items[Math.floor(next() * items.length)] as (typeof items)[number]
    },
    normal: (mean, sd) => {
      const sum = next() + next() + next() + next()
      return mean + (sum - 2) * Math.sqrt(3) * sd
    },
    shuffle: (items) => {
      const out = [...items]
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1))
        const held = out[i] as (typeof out)[number]
        out[i] = out[j] as (typeof out)[number]
        out[j] = held
      }
      return out
    },
    sample: (items, count) => rng.shuffle(items).slice(0, Math.max(0, count)),
    fork: (label) => createRng(hashString(`${seed}:${label}`))
  }
  return rng
}
