import 'fake-indexeddb/auto'
import { liveQuery } from 'dexie'
import { describe, expect, it } from 'vitest'
import type { Rep } from '../../src/shared/domain'
import { db } from '../../src/renderer/src/db'
import {
  readAnalysisRecords,
  type AnalysisRecords
} from '../../src/renderer/src/db/analysisRecords'

const NOW = '2026-11-23T09:00:00.000Z'

function rep(id: string, name: string, active = true): Rep {
  return {
    id,
    createdAt: NOW,
    updatedAt: NOW,
    name,
    roleId: 'role-1',
    startDate: '2026-01-05',
    rampMonths: 3,
    territory: '',
    crmAliases: [name],
    oneOnOneCadenceDays: 7,
    active
  }
}

describe('the shared analysis records', () => {
  it('are read in one transaction and still follow every change (a live query)', async () => {
    await db.reps.bulkPut([
      rep('r-2', 'Zoe Park'),
      rep('r-1', 'Ana Diaz'),
      rep('r-3', 'Old Hand', false)
    ])
    const seen: AnalysisRecords[] = []
    let wake: () => void = () => {}
    const subscription = liveQuery(readAnalysisRecords).subscribe((records) => {
      seen.push(records)
      wake()
    })
    const next = (count: number) =>
      new Promise<void>((resolve) => {
        wake = () => seen.length >= count && resolve()
        wake()
      })
    try {
      await next(1)
      // Active reps only, by name.
      expect(seen[0]?.reps.map((r) => r.name)).toEqual(['Ana Diaz', 'Zoe Park'])
      await db.reps.put(rep('r-4', 'Ben Ortiz'))
      await next(2)
      expect(seen[1]?.reps.map((r) => r.name)).toEqual(['Ana Diaz', 'Ben Ortiz', 'Zoe Park'])
      // Not frozen: the records belong to whoever read them.
      expect(Object.isFrozen(seen[1]?.reps[0])).toBe(false)
    } finally {
      subscription.unsubscribe()
    }
  })
})
