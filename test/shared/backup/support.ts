import fc from 'fast-check'
import { findDanglingReferences } from '../../../src/shared/backup'
import { generateDemoWorkspace } from '../../../src/shared/demo'
import {
  workspaceTableNames,
  type WorkspaceData,
  type WorkspaceTableName
} from '../../../src/shared/domain'

export const NOW = '2026-11-23T09:00:00.000Z'

export function demo(seed = 1, today = '2026-11-23'): WorkspaceData {
  let n = 0
  return generateDemoWorkspace({ seed, today, now: NOW, newId: () => `id-${++n}` }).data
}

/** Drops records whose references dangle, until none do (removing a record can orphan others). */
export function dropDangling(data: WorkspaceData): WorkspaceData {
  let current = data
  for (;;) {
    const dangling = findDanglingReferences(current)
    if (dangling.length === 0) return current
    const drop = new Set(dangling.map((d) => `${d.from}\u0000${d.index}`))
    current = Object.fromEntries(
      workspaceTableNames.map((t) => [
        t,
        (current[t] as unknown[]).filter((_, i) => !drop.has(`${t}\u0000${i}`))
      ])
    ) as WorkspaceData
  }
}

/** A demo workspace cut to at most `keep` records per table, references kept whole. */
export function smallDemo(seed: number, today: string, keep = 40): WorkspaceData {
  const full = demo(seed, today)
  const cut = Object.fromEntries(
    workspaceTableNames.map((t) => [t, (full[t] as unknown[]).slice(0, keep)])
  ) as WorkspaceData
  return dropDangling(cut)
}

/** Tables sorted by id: Dexie returns rows in key order. */
export const byId = (data: WorkspaceData) =>
  Object.fromEntries(
    workspaceTableNames.map((t) => [
      t,
      [...(data[t] as { id: string }[])].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    ])
  )

const FORMULAS = ['=HYPERLINK("http://x","y")', '+1', '-2', '@SUM(A1)', '\tx', '\rx', '=1+1\nx']
/** Text that survives `.trim()` unchanged (NonEmptyText trims). */
const trimmedText = fc
  .oneof(
    fc.string({ unit: 'grapheme', minLength: 1 }),
    fc.constantFrom(...FORMULAS, '🙂 Zoë', '日本語')
  )
  .map((s) => s.trim())
  .filter((s) => s.length > 0)
const anyText = fc.oneof(fc.string({ unit: 'binary' }), fc.constantFrom(...FORMULAS, ''))

export interface WorkspaceEdits {
  seed: number
  today: string
  repName: string
  note: string
  strength: string
  empty: WorkspaceTableName[]
}

export const workspaceEdits: fc.Arbitrary<WorkspaceEdits> = fc.record({
  seed: fc.integer({ min: 1, max: 1_000_000 }),
  today: fc
    .date({
      min: new Date('2025-01-01T00:00:00Z'),
      max: new Date('2030-12-31T00:00:00Z'),
      noInvalidDate: true
    })
    .map((d) => d.toISOString().slice(0, 10)),
  repName: trimmedText,
  note: anyText,
  strength: anyText,
  empty: fc.subarray([...workspaceTableNames], { maxLength: 4 })
})

/** A small demo workspace with the edits applied: odd text, some tables emptied. */
export function editedWorkspace(e: WorkspaceEdits): WorkspaceData {
  const data = smallDemo(e.seed, e.today)
  const [rep] = data.reps
  if (rep) data.reps[0] = { ...rep, name: e.repName, territory: e.note }
  const [obs] = data.observations
  if (obs) data.observations[0] = { ...obs, strength: e.strength, focus: e.note }
  const [meeting] = data.oneOnOnes
  if (meeting) data.oneOnOnes[0] = { ...meeting, privateNotes: e.note }
  for (const t of e.empty) (data as Record<string, unknown[]>)[t] = []
  return dropDangling(data)
}
