import { describe, expect, it } from 'vitest'
import type { Opportunity, OpportunitySnapshot } from '../../../src/shared/domain'
import {
  closeDatePushes,
  hygieneIssues,
  summariseHygiene
} from '../../../src/shared/metrics/hygiene'

const stamp = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' }
const today = '2026-12-01'

function opp(id: string, fields: Partial<Opportunity> = {}): Opportunity {
  return {
    ...stamp,
    id,
    crmId: id,
    source: 'demo',
    repId: 'r1',
    ownerAlias: 'Sam Lee',
    name: `Deal ${id}`,
    account: 'Acme',
    crmStage: 'Proposal',
    status: 'open',
    createdDate: '2026-10-01',
    closeDate: '2026-12-20',
    nextStep: 'Send proposal',
    lastActivityDate: '2026-11-25',
    ...fields
  }
}

function snap(opportunityId: string, asOf: string, closeDate?: string): OpportunitySnapshot {
  return {
    id: `${opportunityId}-${asOf}`,
    opportunityId,
    takenAt: `${asOf}T00:00:00.000Z`,
    asOf,
    crmStage: 'Proposal',
    status: 'open',
    closeDate,
    nextStep: ''
  }
}

const check = (opportunities: Opportunity[], snapshots: OpportunitySnapshot[] = []) =>
  hygieneIssues({ opportunities, snapshots, today, staleDays: 30 })

describe('hygieneIssues', () => {
  it('finds nothing on a well-kept open opportunity or on closed ones', () => {
    expect(check([opp('a')])).toEqual([])
    expect(check([opp('b', { status: 'won', nextStep: '', closeDate: '2026-01-01' })])).toEqual([])
  })

  it('flags stale only after more than the threshold, counting from the last activity', () => {
    expect(check([opp('a', { lastActivityDate: '2026-11-01' })])).toEqual([]) // 30 days
    const [issue] = check([opp('a', { lastActivityDate: '2026-10-31' })])
    expect(issue).toMatchObject({ kind: 'stale', value: 31 })
    expect(issue?.detail).toBe('Last activity 2026-10-31: 31 days ago')
    expect(issue?.rule).toBe('Open opportunity with no activity for more than 30 days')
  })

  it('falls back to the created date when the CRM has no last activity', () => {
    const issues = check([opp('a', { lastActivityDate: undefined, createdDate: '2026-09-01' })])
    expect(issues.map((i) => [i.kind, i.value])).toEqual([['stale', 91]])
  })

  it('flags a blank next step and a close date in the past with days overdue', () => {
    const issues = check([opp('a', { nextStep: '  ', closeDate: '2026-11-21' })])
    expect(issues.map((i) => [i.kind, i.value])).toEqual([
      ['missingNextStep', 1],
      ['closeDateInPast', 10]
    ])
    expect(issues[1]?.detail).toBe('Close date 2026-11-21: 10 days ago, still open')
  })

  it('flags a close date pushed later more than once, not once, not when pulled in', () => {
    const once = [snap('a', '2026-09-01', '2026-10-31'), snap('a', '2026-10-01', '2026-11-30')]
    expect(check([opp('a')], once)).toEqual([])
    const twice = [...once, snap('a', '2026-11-15', '2026-12-20')]
    const issues = check([opp('a')], twice)
    expect(issues).toHaveLength(1)
    expect(issues[0]).toMatchObject({ kind: 'closeDatePushed', value: 2 })
    expect(issues[0]?.detail).toBe('Close date pushed 2 times, now 2026-12-20')
  })
})

describe('closeDatePushes', () => {
  it('reads snapshots in date order whatever order they come in', () => {
    const shuffled = [
      snap('a', '2026-11-01', '2026-12-31'),
      snap('a', '2026-09-01', '2026-10-31'),
      snap('a', '2026-10-01', '2026-10-15'), // pulled in
      snap('a', '2026-10-15') // no close date
    ]
    expect(closeDatePushes(shuffled)).toBe(1)
    expect(closeDatePushes([])).toBe(0)
  })
})

describe('summariseHygiene', () => {
  it('counts opportunities with at least one issue against the open ones', () => {
    const opportunities = [
      opp('a', { nextStep: '', closeDate: '2026-11-01' }),
      opp('b'),
      opp('c', { lastActivityDate: '2026-01-01' }),
      opp('d', { status: 'lost', nextStep: '' })
    ]
    const summary = summariseHygiene(opportunities, check(opportunities))
    expect(summary).toMatchObject({ openOpportunities: 3, withIssues: 2 })
    expect(summary.share).toBeCloseTo(2 / 3)
    expect(summary.byKind).toEqual({
      stale: 1,
      missingNextStep: 1,
      closeDateInPast: 1,
      closeDatePushed: 0
    })
    expect(summariseHygiene([], []).share).toBe(0)
  })
})
