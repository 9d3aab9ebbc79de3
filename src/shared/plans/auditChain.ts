import type { PlanAuditEntry } from '../domain'
import { sha256HexOfText } from '../text/hash'
import { formatDay } from '../words/dates'

/**
 * A plan's record of changes is a hash chain (issue 17). Each entry carries `prevHash`, the
 * `hash` of the entry before it in the plan's record (inRecordOrder: by time, then id;
 * GENESIS_HASH for the first), and `hash`,
 * the SHA-256 (64 lower-case hex digits) of the UTF-8 bytes of
 *
 *   canonicalJson({ action, after, at, before, by, field, id, planId, prevHash, summary })
 *
 * canonicalJson is JSON with no whitespace, object keys in code-unit order at every depth, and
 * absent (undefined) fields left out; arrays keep their order. Changing, removing or reordering
 * an entry behind the app's back therefore shows: its own hash no longer matches, or the next
 * entry's prevHash points at an entry that is not the one before it.
 *
 * Limit: removing the newest entries leaves a shorter chain that is still whole. The exports
 * the record logs (with each file's SHA-256) and the packets HR keeps are the check for that.
 */

/** The prevHash of a plan's first entry: 64 zeros. */
export const GENESIS_HASH = '0'.repeat(64)

/** The fields a hash covers, besides prevHash. */
export type AuditContent = Pick<
  PlanAuditEntry,
  'id' | 'planId' | 'at' | 'by' | 'action' | 'summary' | 'field' | 'before' | 'after'
>

/** JSON with sorted keys and no whitespace; undefined object fields are left out. */
export function canonicalJson(value: unknown): string {
  if (value === undefined) return 'null'
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null'
  if (value instanceof Date) return JSON.stringify(value.toISOString())
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  const record = value as Record<string, unknown>
  const keys = Object.keys(record)
    .filter((k) => record[k] !== undefined)
    .sort()
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k])}`).join(',')}}`
}

/** The SHA-256 of an entry's content chained to `prevHash`. */
export function auditEntryHash(entry: AuditContent, prevHash: string): string {
  const { id, planId, at, by, action, summary, field, before, after } = entry
  return sha256HexOfText(
    canonicalJson({ action, after, at, before, by, field, id, planId, prevHash, summary })
  )
}

/** The entry with its link to the one before it (`prevHash`, the previous entry's hash). */
export function chainEntry<T extends AuditContent>(
  entry: T,
  previous: Pick<PlanAuditEntry, 'hash'> | undefined
): T & { prevHash: string; hash: string } {
  const prevHash = previous?.hash ?? GENESIS_HASH
  return { ...entry, prevHash, hash: auditEntryHash(entry, prevHash) }
}

/**
 * The order of a plan's record: by time, then by id for entries written in the same
 * millisecond (the app never writes two at once, but the demo and older versions did). The
 * chain, the page, the packet and every check use this one order.
 */
export function inRecordOrder<T extends Pick<PlanAuditEntry, 'at' | 'id'>>(
  entries: readonly T[]
): T[] {
  const key = (e: T) => [e.at, e.id] as const
  return [...entries].sort((a, b) => {
    const [x, y] = [key(a), key(b)]
    return x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : x[1] < y[1] ? -1 : x[1] > y[1] ? 1 : 0
  })
}

/**
 * Chains a plan's entries as found, in record order (the schema v4 upgrade and old backups).
 * Entries that already carry a hash are left exactly as they are: nothing is ever recomputed.
 */
export function chainAsFound<T extends PlanAuditEntry>(entries: readonly T[]): T[] {
  const out: T[] = []
  for (const entry of inRecordOrder(entries)) {
    out.push(entry.hash ? entry : chainEntry(entry, out.at(-1)))
  }
  return out
}

export type ChainProblem = 'changed' | 'missingBefore' | 'outOfOrder' | 'unchained'

/** One place where the record is broken; `position` counts from 1 in record order. */
export interface ChainBreak {
  position: number
  entryId: string
  at: string
  summary: string
  problem: ChainProblem
}

export type ChainCheck =
  { intact: true; entries: number } | { intact: false; entries: number; breaks: ChainBreak[] }

/**
 * Checks a plan's record, given in the order it is shown (inRecordOrder). Each entry's hash
 * must match its content, and its prevHash must be the hash of the entry just before it.
 */
export function verifyChain(entries: readonly PlanAuditEntry[]): ChainCheck {
  const positionOfHash = new Map<string, number>()
  entries.forEach((e, i) => {
    if (e.hash) positionOfHash.set(e.hash, i)
  })
  const breaks: ChainBreak[] = []
  entries.forEach((entry, i) => {
    const found = (problem: ChainProblem) =>
      breaks.push({
        position: i + 1,
        entryId: entry.id,
        at: entry.at,
        summary: entry.summary,
        problem
      })
    if (!entry.hash || !entry.prevHash) {
      found('unchained')
      return
    }
    if (auditEntryHash(entry, entry.prevHash) !== entry.hash) found('changed')
    const previous = i === 0 ? undefined : entries[i - 1]
    // After an unchained entry there is nothing to compare the link with: that one is reported.
    if (previous && !previous.hash) return
    const expected = previous?.hash ?? GENESIS_HASH
    if (entry.prevHash === expected) return
    const linksToOther = entry.prevHash === GENESIS_HASH || positionOfHash.has(entry.prevHash)
    found(linksToOther ? 'outOfOrder' : 'missingBefore')
  })
  return breaks.length === 0
    ? { intact: true, entries: entries.length }
    : { intact: false, entries: entries.length, breaks }
}

const PROBLEM_WORDS: Record<ChainProblem, string> = {
  changed: 'was changed after it was written: its content no longer matches its hash',
  missingBefore:
    'does not follow the entry shown before it: an entry before it was removed or replaced',
  outOfOrder:
    'is out of order: it was written right after a different entry than the one shown before it',
  unchained: 'carries no hash: it was not written by Fieldbook (added or rewritten outside the app)'
}

const shortSummary = (text: string): string => {
  const line = text.replace(/\s+/g, ' ').trim()
  return line.length > 80 ? `${line.slice(0, 79)}…` : line
}

/** One break as a sentence: "Entry 3 (4 Dec 2026, 14:02 UTC, “Note added”) was changed…". */
export function chainBreakSentence(b: ChainBreak, locale?: string): string {
  const when = `${formatDay(b.at.slice(0, 10), locale)}, ${b.at.slice(11, 16)} UTC`
  return `Entry ${b.position} (${when}, “${shortSummary(b.summary)}”) ${PROBLEM_WORDS[b.problem]}.`
}

const entriesWords = (n: number): string => `${n} ${n === 1 ? 'entry' : 'entries'}`

/** The one-line status: "Record of changes: 12 entries, unbroken." or where it is broken. */
export function chainStatusLine(check: ChainCheck): string {
  if (check.intact) return `Record of changes: ${entriesWords(check.entries)}, unbroken.`
  const places = check.breaks.length
  return `Record of changes: ${entriesWords(check.entries)}, BROKEN in ${places} ${places === 1 ? 'place' : 'places'}. It was changed outside Fieldbook; Fieldbook shows the break and never repairs it.`
}
