import { describe, expect, it } from 'vitest'
import { generateDemoWorkspace } from '../../src/shared/demo'
import type { WorkspaceData } from '../../src/shared/domain'

const TODAY = '2026-05-10'
let n = 0
const { data, facts } = generateDemoWorkspace({
  seed: 42,
  today: TODAY,
  now: '2026-05-10T08:00:00.000Z',
  newId: () => `id-${++n}`
})

describe('generateDemoWorkspace: history is consistent with today', () => {
  const lastSnapshot = new Map<string, WorkspaceData['opportunitySnapshots'][number]>()
  for (const s of data.opportunitySnapshots) {
    const seen = lastSnapshot.get(s.opportunityId)
    if (!seen || s.asOf >= seen.asOf) lastSnapshot.set(s.opportunityId, s)
  }

  it('keeps the current opportunity equal to its latest snapshot', () => {
    for (const o of data.opportunities) {
      const s = lastSnapshot.get(o.id)
      expect(s).toBeDefined()
      expect({
        stage: s?.stageKey,
        status: s?.status,
        amount: s?.amount,
        close: s?.closeDate,
        next: s?.nextStep
      }).toEqual({
        stage: o.stageKey,
        status: o.status,
        amount: o.amount,
        close: o.closeDate,
        next: o.nextStep
      })
    }
  })

  it('has no snapshot, activity or closed deal after today', () => {
    expect(data.opportunitySnapshots.filter((s) => s.asOf > TODAY)).toEqual([])
    expect(data.activities.filter((a) => a.date > TODAY || a.date < facts.windowStart)).toEqual([])
    expect(
      data.opportunities.filter((o) => o.status !== 'open' && (o.closeDate ?? '') > TODAY)
    ).toEqual([])
    expect(data.opportunities.filter((o) => (o.createdDate ?? '') > TODAY)).toEqual([])
  })

  it('dates coaching records on or before today (except what is planned) and after the rep started', () => {
    const started = new Map(data.reps.map((r) => [r.id, r.startDate]))
    const dated = [
      ...data.observations.map((o) => [o.repId, o.date] as const),
      ...data.recognitions.map((r) => [r.repId, r.date] as const),
      ...data.developmentAssessments.map((a) => [a.repId, a.assessedOn] as const),
      ...data.oneOnOnes
        .filter((m) => m.status !== 'planned')
        .map((m) => [m.repId, m.scheduledFor] as const),
      ...data.manualMeasures.map((m) => [m.repId, m.periodStart] as const)
    ]
    expect(dated.filter(([repId, d]) => d > TODAY || d < (started.get(repId) ?? ''))).toEqual([])
    const endOfToday = `${TODAY}T23:59:59.999Z`
    expect(data.planAuditLog.filter((e) => e.at > endOfToday)).toEqual([])
    expect(data.actionItems.filter((a) => (a.completedAt ?? '') > endOfToday)).toEqual([])
  })

  it('sets lastActivityDate from the activities logged against the deal', () => {
    const latest = new Map<string, string>()
    for (const a of data.activities) {
      if (a.opportunityId && a.date > (latest.get(a.opportunityId) ?? ''))
        latest.set(a.opportunityId, a.date)
    }
    for (const o of data.opportunities) expect(o.lastActivityDate).toBe(latest.get(o.id))
  })

  it('records stage progressions, amount changes and close-date pushes in snapshots', () => {
    const byOpp = new Map<string, typeof data.opportunitySnapshots>()
    for (const s of data.opportunitySnapshots)
      byOpp.set(s.opportunityId, [...(byOpp.get(s.opportunityId) ?? []), s])
    const histories = [...byOpp.values()]
    expect(
      histories.filter((h) => new Set(h.map((s) => s.stageKey)).size >= 4).length
    ).toBeGreaterThan(100)
    expect(
      histories.filter((h) => new Set(h.map((s) => s.amount?.minor)).size >= 2).length
    ).toBeGreaterThan(100)
    const pushed = histories.filter((h) =>
      h.some(
        (s, i) => i > 0 && s.status === 'open' && (s.closeDate ?? '') > (h[i - 1]?.closeDate ?? '')
      )
    )
    expect(pushed.length).toBeGreaterThan(100)
  })
})
