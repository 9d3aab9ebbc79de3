/** The checks a backup's records get before any schema runs, and how problems are listed. */

/** Limits checked before any schema runs, so a hostile or broken file cannot stall a restore. */
export const BACKUP_LIMITS = {
  /** Longest text in any field (the longest real note is a few thousand characters). */
  maxStringLength: 100_000,
  maxRecordsPerTable: 2_000_000,
  /** Deepest nesting of objects/arrays inside one record. */
  maxDepth: 32,
  /** Problems listed before "and N more". */
  maxProblems: 50
} as const

export class Problems {
  readonly list: string[] = []
  total = 0
  add(problem: string): void {
    this.total++
    if (this.list.length < BACKUP_LIMITS.maxProblems) this.list.push(problem)
  }
  get any(): boolean {
    return this.total > 0
  }
  result(): { ok: false; problems: string[] } {
    const more = this.total - this.list.length
    return {
      ok: false,
      problems: more > 0 ? [...this.list, `…and ${more} more problems`] : [...this.list]
    }
  }
}

export const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

export const short = (s: string, max = 60) => (s.length > max ? `${s.slice(0, max)}…` : s)

/** `reps[3] (id rep-7)`: the record a problem is about. */
export function recordLabel(table: string, index: number, record: unknown): string {
  const id = isPlainObject(record) ? record['id'] : undefined
  return typeof id === 'string' ? `${table}[${index}] (id ${short(id)})` : `${table}[${index}]`
}

/** `agenda[0].title` from a zod path. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = ''
  for (const step of path) {
    if (typeof step === 'number') out += `[${step}]`
    else out += out ? `.${String(step)}` : String(step)
  }
  return out || '(record)'
}

export const plural = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`

/** Strings too long or nesting too deep anywhere in one record (keys included). */
export function checkSizes(label: string, record: unknown, problems: Problems): void {
  const stack: { value: unknown; path: string; depth: number }[] = [
    { value: record, path: '', depth: 0 }
  ]
  while (stack.length) {
    const { value, path, depth } = stack.pop() as { value: unknown; path: string; depth: number }
    if (typeof value === 'string') {
      if (value.length > BACKUP_LIMITS.maxStringLength) {
        problems.add(
          `${label}: ${path || '(record)'}: the text is ${plural(value.length, 'character')} long; the limit is ${BACKUP_LIMITS.maxStringLength.toLocaleString('en-US')}`
        )
      }
      continue
    }
    if (typeof value !== 'object' || value === null) continue
    if (depth >= BACKUP_LIMITS.maxDepth) {
      problems.add(`${label}: ${path}: nested more than ${BACKUP_LIMITS.maxDepth} levels deep`)
      continue
    }
    if (Array.isArray(value)) {
      value.forEach((v, i) => stack.push({ value: v, path: `${path}[${i}]`, depth: depth + 1 }))
      continue
    }
    for (const [key, v] of Object.entries(value)) {
      const at = path ? `${path}.${short(key)}` : short(key)
      if (key.length > BACKUP_LIMITS.maxStringLength) {
        problems.add(`${label}: a field name is ${plural(key.length, 'character')} long`)
      }
      stack.push({ value: v, path: at, depth: depth + 1 })
    }
  }
}
