import { describe, expect, it } from 'vitest'
import type { Rep } from '../../../src/shared/domain'
import {
  checkLeaving,
  decideMerge,
  describeRepChange,
  isCurrentRep,
  managerSignature,
  mergeAliases,
  repChanges
} from '../../../src/shared/team'

const AT = '2026-12-01T10:00:00.000Z'

function rep(over: Partial<Rep> = {}): Rep {
  return {
    id: 'r1',
    name: 'Dana Park',
    roleId: 'ae',
    startDate: '2026-03-01',
    rampMonths: 3,
    territory: 'West',
    crmAliases: ['Dana Park'],
    oneOnOneCadenceDays: 7,
    active: true,
    createdAt: AT,
    updatedAt: AT,
    ...over
  }
}

describe('roster rules', () => {
  it('records every change that moves a number, with its date, and nothing else', () => {
    const before = rep()
    const after = { ...before, startDate: '2025-11-15', rampMonths: 2, territory: 'East' }
    expect(repChanges(before, after, AT)).toEqual([
      { at: AT, field: 'startDate', from: '2026-03-01', to: '2025-11-15' },
      { at: AT, field: 'rampMonths', from: '3', to: '2' }
    ])
    expect(repChanges(before, { ...before, roleId: 'sdr' }, AT)).toEqual([
      { at: AT, field: 'roleId', from: 'ae', to: 'sdr' }
    ])
    expect(repChanges(before, { ...before, territory: 'North' }, AT)).toEqual([])
  })

  it('leaving is dated, cannot precede the start, and takes the rep off current screens', () => {
    const left = repChanges(rep(), { ...rep(), active: false, leftOn: '2026-11-30' }, AT)
    expect(left).toEqual([
      { at: AT, field: 'active', from: 'true', to: 'false', effectiveOn: '2026-11-30' }
    ])
    expect(describeRepChange(left[0]!, () => '')).toBe('Left the team on 2026-11-30')
    expect(checkLeaving(rep(), '2026-02-28')).toEqual({
      ok: false,
      problem: 'Dana Park started on 2026-03-01: the day they left cannot be earlier.'
    })
    expect(checkLeaving(rep(), 'soon').ok).toBe(false)
    expect(checkLeaving(rep(), '2026-03-01').ok).toBe(true)
    expect(isCurrentRep(rep({ active: false }))).toBe(false)
    expect(isCurrentRep(rep({ mergedInto: 'r2' }))).toBe(false)
    expect(isCurrentRep(rep())).toBe(true)
  })

  it('a merge makes the duplicate an alias of the kept rep, with the earlier start date', () => {
    const keep = rep()
    const duplicate = rep({
      id: 'r2',
      name: 'D. Park',
      email: 'dana@acme.example',
      crmAliases: ['005Dj00000AbCdE', 'dana park'],
      startDate: '2025-10-01'
    })
    const { kept, duplicate: merged } = decideMerge(keep, duplicate, AT)
    expect(kept.crmAliases).toEqual([
      'Dana Park',
      '005Dj00000AbCdE',
      'D. Park',
      'dana@acme.example'
    ])
    expect(kept.startDate).toBe('2025-10-01')
    expect(kept.email).toBe('dana@acme.example')
    expect(kept.changes).toEqual([
      { at: AT, field: 'merged', from: 'D. Park', to: 'Dana Park' },
      { at: AT, field: 'startDate', from: '2026-03-01', to: '2025-10-01' }
    ])
    expect(merged).toMatchObject({ active: false, mergedInto: 'r1' })
    expect(() => decideMerge(keep, keep, AT)).toThrow('two different reps')
    expect(() => decideMerge(keep, merged, AT)).toThrow('merged already')
  })

  it('aliases are unique whatever their case, and blanks are dropped', () => {
    expect(mergeAliases(['A@x.io', ' '], ['a@x.io', 'B'])).toEqual(['A@x.io', 'B'])
  })

  it('documents are signed with the manager’s name and title, else “The manager”', () => {
    expect(
      managerSignature({ managerName: 'Dana Reyes', managerTitle: 'Regional Sales Manager' })
    ).toBe('Dana Reyes, Regional Sales Manager')
    expect(managerSignature({ managerName: 'Dana Reyes' })).toBe('Dana Reyes')
    expect(managerSignature({ managerName: ' ' })).toBe('The manager')
  })
})
