import { describe, expect, it } from 'vitest'
import { importIds, newImportId } from '../../src/renderer/src/db/importIds'

const at = (iso: string, uuids: string[]) => ({
  clock: { now: () => new Date(iso) },
  newId: () => uuids.shift() ?? 'ffffffff-0000-4000-8000-000000000000'
})

describe('import ids', () => {
  it('an import’s id is its time then a random part, half a UUID’s length', () => {
    const ctx = at('2026-12-07T18:21:40.921Z', ['621a5dbe-3c49-42e8-a4a2-b03ff5cf9066'])
    expect(newImportId(ctx)).toBe('0mxdlk6gp-621a5dbe')
    expect(newImportId(ctx)).toHaveLength(18)
  })

  it('the records an import creates get ids that grow, and differ from another import’s', () => {
    const ids = importIds('0mxdlk6gp-621a5dbe')
    const made = Array.from({ length: 2_000 }, () => ids())
    expect(made[0]).toBe('0mxdlk6gp-621a5dbe-000000')
    expect(made[1_999]).toBe('0mxdlk6gp-621a5dbe-0001jj')
    expect([...made].sort()).toEqual(made)
    expect(new Set(made).size).toBe(made.length)
    // Two imports in the same millisecond: the random part keeps them apart.
    const other = importIds('0mxdlk6gp-9b0c77aa')
    expect(made).not.toContain(other())
    // A later import's records sort after this one's.
    expect(importIds('0mxdlk6gq-00000000')() > made[1_999]!).toBe(true)
  })
})
