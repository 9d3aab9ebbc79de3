import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import type { PlanAuditEntry } from '../../../src/shared/domain'
import {
  GENESIS_HASH,
  auditEntryHash,
  canonicalJson,
  chainAsFound,
  chainBreakSentence,
  chainEntry,
  chainStatusLine,
  inRecordOrder,
  verifyChain
} from '../../../src/shared/plans/auditChain'
import { chainRecordsAsFound } from '../../../src/shared/upgrades'

const raw = (n: number, summary: string): PlanAuditEntry => ({
  id: `entry-${n}`,
  planId: 'plan-1',
  at: `2026-12-0${n}T10:0${n}:00.000Z`,
  by: 'Dana Reyes',
  action: 'noteAdded',
  summary
})

/** Four entries chained the way the app appends them. */
function chain(): PlanAuditEntry[] {
  const out: PlanAuditEntry[] = []
  for (const [n, s] of [
    [1, 'Plan created'],
    [2, 'Sent to HR review'],
    [3, 'Check-in held'],
    [4, 'Note added']
  ] as const)
    out.push(chainEntry(raw(n, s), out.at(-1)))
  return out
}

const breaksOf = (entries: PlanAuditEntry[]) => {
  const check = verifyChain(entries)
  return check.intact ? [] : check.breaks.map((b) => [b.position, b.entryId, b.problem])
}

describe('the audit hash chain', () => {
  it('hashes the documented canonical JSON with SHA-256', () => {
    const entry = { ...raw(1, 'Plan created'), field: 'endDate', before: { b: 2, a: [1, 'x'] } }
    const expected = createHash('sha256')
      .update(
        '{"action":"noteAdded","at":"2026-12-01T10:01:00.000Z","before":{"a":[1,"x"],"b":2},' +
          `"by":"Dana Reyes","field":"endDate","id":"entry-1","planId":"plan-1","prevHash":"${GENESIS_HASH}","summary":"Plan created"}`
      )
      .digest('hex')
    expect(auditEntryHash(entry, GENESIS_HASH)).toBe(expected)
    expect(canonicalJson({ z: undefined, a: null })).toBe('{"a":null}')
  })

  it('finds an intact chain intact', () => {
    const entries = chain()
    expect(entries[0]?.prevHash).toBe(GENESIS_HASH)
    expect(verifyChain(entries)).toEqual({ intact: true, entries: 4 })
    expect(chainStatusLine(verifyChain(entries))).toBe('Record of changes: 4 entries, unbroken.')
    expect(verifyChain([])).toEqual({ intact: true, entries: 0 })
  })

  it('finds a changed summary, and only that entry', () => {
    const entries = chain()
    entries[1] = { ...entries[1]!, summary: 'Approved by HR' }
    expect(breaksOf(entries)).toEqual([[2, 'entry-2', 'changed']])
  })

  it('finds a changed entry whose hash was recomputed: the next one no longer follows', () => {
    const entries = chain()
    const changed = { ...entries[1]!, by: 'Someone else' }
    entries[1] = { ...changed, hash: auditEntryHash(changed, changed.prevHash!) }
    expect(breaksOf(entries)).toEqual([[3, 'entry-3', 'missingBefore']])
  })

  it('finds a removed middle entry', () => {
    const entries = chain()
    entries.splice(1, 1)
    expect(breaksOf(entries)).toEqual([[2, 'entry-3', 'missingBefore']])
  })

  it('finds a removed first entry', () => {
    expect(breaksOf(chain().slice(1))).toEqual([[1, 'entry-2', 'missingBefore']])
  })

  it('finds two swapped entries', () => {
    const entries = chain()
    ;[entries[1], entries[2]] = [entries[2]!, entries[1]!]
    expect(breaksOf(entries)).toEqual([
      [2, 'entry-3', 'outOfOrder'],
      [3, 'entry-2', 'outOfOrder'],
      [4, 'entry-4', 'outOfOrder']
    ])
  })

  it('finds an entry without a hash, and does not blame the one after it', () => {
    const entries = chain()
    const bare: PlanAuditEntry = { ...entries[2]! }
    delete bare.hash
    delete bare.prevHash
    entries[2] = bare
    expect(breaksOf(entries)).toEqual([[3, 'entry-3', 'unchained']])
  })

  it('says each break in words, with the entry, its time and what is wrong', () => {
    const entries = chain()
    entries[1] = { ...entries[1]!, summary: 'Approved by HR' }
    entries.splice(2, 1)
    const check = verifyChain(entries)
    if (check.intact) throw new Error('expected breaks')
    expect(check.breaks.map((b) => chainBreakSentence(b, 'en-GB'))).toEqual([
      'Entry 2 (2 Dec 2026, 10:02 UTC, “Approved by HR”) was changed after it was written: its content no longer matches its hash.',
      'Entry 3 (4 Dec 2026, 10:04 UTC, “Note added”) does not follow the entry shown before it: an entry before it was removed or replaced.'
    ])
    expect(chainStatusLine(check)).toBe(
      'Record of changes: 3 entries, BROKEN in 2 places. It was changed outside Fieldbook; Fieldbook shows the break and never repairs it.'
    )
  })

  it('chains old entries as found, in time order, and leaves chained ones alone', () => {
    const chained = chain()
    const old = [raw(3, 'Check-in held'), raw(1, 'Plan created'), raw(2, 'Sent to HR review')]
    const found = chainAsFound(old)
    expect(found.map((e) => e.id)).toEqual(['entry-1', 'entry-2', 'entry-3'])
    expect(found).toEqual(chained.slice(0, 3))
    const tampered = { ...chained[0]!, summary: 'Changed' }
    expect(chainAsFound([tampered])[0]).toBe(tampered)
    const other = { ...raw(1, 'Other plan'), id: 'x', planId: 'plan-2' }
    const both = chainRecordsAsFound([...old, other])
    expect(both).toHaveLength(4)
    expect(both.find((e) => e['id'] === 'x')?.['prevHash']).toBe(GENESIS_HASH)
  })

  it('orders entries written in the same millisecond by id, whatever order they are found in', () => {
    const at = '2026-11-13T11:30:00.000Z'
    const same = ['c', 'a', 'b'].map((id) => ({ ...raw(1, `Check-in ${id}`), id, at }))
    const chained = chainAsFound(same)
    expect(chained.map((e) => e.id)).toEqual(['a', 'b', 'c'])
    expect(inRecordOrder([...chained].reverse()).map((e) => e.id)).toEqual(['a', 'b', 'c'])
    expect(verifyChain(inRecordOrder([chained[2]!, chained[0]!, chained[1]!]))).toEqual({
      intact: true,
      entries: 3
    })
  })
})
