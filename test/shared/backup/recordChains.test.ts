import { describe, expect, it } from 'vitest'
import { createBackupFile, validateBackup } from '../../../src/shared/backup'
import { brokenRecords } from '../../../src/shared/backup/recordChains'
import type { WorkspaceData } from '../../../src/shared/domain'
import { CURRENT_SCHEMA_VERSION } from '../../../src/shared/upgrades'
import { demo, NOW } from './support'

/** A backup file of `data` as JSON would bring it back, at a given schema version. */
function backupOf(data: WorkspaceData, schemaVersion = CURRENT_SCHEMA_VERSION) {
  const file = createBackupFile(data, { appVersion: '0.1.0', createdAt: NOW })
  return JSON.parse(JSON.stringify({ ...file, schemaVersion })) as unknown
}

const unhashed = (data: WorkspaceData): WorkspaceData => ({
  ...data,
  planAuditLog: data.planAuditLog.map(({ prevHash: _p, hash: _h, ...e }) => e)
})

describe('plans’ records in a backup', () => {
  it('finds none broken in a workspace the app wrote', () => {
    const data = demo(3)
    expect(data.planAuditLog.length).toBeGreaterThan(0)
    expect(data.planAuditLog.every((e) => e.hash && e.prevHash)).toBe(true)
    expect(brokenRecords(data)).toEqual([])
    // Whatever order the file lists them in (the demo writes several in the same millisecond).
    expect(brokenRecords({ ...data, planAuditLog: [...data.planAuditLog].reverse() })).toEqual([])
  })

  it('restores an edited record as it is, and names the plan and the entry', () => {
    const data = demo(3)
    const target = data.planAuditLog[1]!
    const edited = {
      ...data,
      planAuditLog: data.planAuditLog.map((e) =>
        e.id === target.id ? { ...e, summary: 'Edited in the file' } : e
      )
    }
    const result = validateBackup(backupOf(edited), 'edited.fieldbook')
    if (!result.ok) throw new Error(result.problems.join('\n'))
    expect(result.data.planAuditLog.find((e) => e.id === target.id)?.summary).toBe(
      'Edited in the file'
    )
    const broken = brokenRecords(result.data)
    const plan = data.plans.find((p) => p.id === target.planId)!
    const rep = data.reps.find((r) => r.id === plan.repId)!
    expect(broken).toHaveLength(1)
    expect(broken[0]?.planName).toBe(
      `${rep.name}’s ${plan.kind === 'pip' ? 'PIP' : 'coaching plan'} “${plan.title}”`
    )
    expect(broken[0]?.breaks.map((b) => [b.entryId, b.problem])).toEqual([[target.id, 'changed']])
  })

  it('accepts entries without hashes: an older backup gets them chained as found', () => {
    const old = validateBackup(backupOf(unhashed(demo(3)), 3), 'old.fieldbook')
    if (!old.ok) throw new Error(old.problems.join('\n'))
    expect(old.notes).toContain(`Upgraded from schema v3 to v${CURRENT_SCHEMA_VERSION}.`)
    expect(old.data.planAuditLog.every((e) => e.hash)).toBe(true)
    expect(brokenRecords(old.data)).toEqual([])
  })

  it('accepts entries without hashes in a current backup, and reports them as unchained', () => {
    const result = validateBackup(backupOf(unhashed(demo(3))), 'stripped.fieldbook')
    if (!result.ok) throw new Error(result.problems.join('\n'))
    const broken = brokenRecords(result.data)
    expect(broken.length).toBeGreaterThan(0)
    for (const b of broken)
      expect(new Set(b.breaks.map((x) => x.problem))).toEqual(new Set(['unchained']))
  })
})
