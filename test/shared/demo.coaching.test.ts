import { describe, expect, it } from 'vitest'
import { generateDemoWorkspace } from '../../src/shared/demo'

const TODAY = '2026-05-10'
let n = 0
const { data, archetypes } = generateDemoWorkspace({
  seed: 42,
  today: TODAY,
  now: '2026-05-10T08:00:00.000Z',
  newId: () => `id-${++n}`
})
const repOf = (archetype: string): string =>
  Object.entries(archetypes).find(([, a]) => a === archetype)?.[0] ?? ''

describe('demo coaching records', () => {
  it('has final observations scored against their template, each with a strength and a focus', () => {
    const templates = new Map(data.checklistTemplates.map((t) => [t.id, t]))
    expect(data.observations.length).toBeGreaterThanOrEqual(8)
    expect(new Set(data.observations.map((o) => o.kind))).toEqual(
      new Set(['rideAlong', 'callReview', 'rolePlay'])
    )
    for (const o of data.observations) {
      expect(o.status).toBe('final')
      expect(o.strength).not.toBe('')
      expect(o.focus).not.toBe('')
      expect(o.date <= TODAY).toBe(true)
      const template = templates.get(o.templateId)
      expect(o.stageKey).toBe(template?.stageKey)
      for (const score of o.scores) {
        const type = template?.criteria.find((c) => c.key === score.criterionKey)?.type
        if (type === 'yesNo') expect(['yes', 'no', 'na']).toContain(score.value)
        if (type === 'scale4') expect(['1', '2', '3', '4', 'na']).toContain(score.value)
      }
      if (o.kind === 'rideAlong') expect(o.plan?.desiredNextStep).toBeTruthy()
      if (o.kind === 'callReview') expect(o.callReference?.reference).toBeTruthy()
      if (o.kind === 'rolePlay') expect(o.scenarioId).toBeTruthy()
    }
    const attempts = data.observations.filter((o) => o.kind === 'rolePlay').map((o) => o.attempt)
    expect(attempts).toEqual(expect.arrayContaining([1, 2]))
  })

  it('gives every rep held 1:1s with notes, one skipped and one planned after today', () => {
    for (const rep of data.reps) {
      const mine = data.oneOnOnes.filter((m) => m.repId === rep.id)
      const held = mine.filter((m) => m.status === 'held')
      expect(held.length, rep.name).toBeGreaterThanOrEqual(3)
      for (const m of held) {
        expect(m.sharedNotes).not.toBe('')
        expect(m.heldOn).toBe(m.scheduledFor)
      }
      expect(
        mine.filter((m) => m.status === 'skipped'),
        rep.name
      ).toHaveLength(1)
      const planned = mine.filter((m) => m.status === 'planned')
      expect(planned, rep.name).toHaveLength(1)
      expect((planned[0]?.scheduledFor ?? '') > TODAY).toBe(true)
      expect(mine.filter((m) => m.status !== 'planned' && m.scheduledFor > TODAY)).toEqual([])
    }
  })

  it('carries open action items into the next 1:1 and closes older ones', () => {
    const open = data.actionItems.filter((a) => a.status === 'open')
    const done = data.actionItems.filter((a) => a.status === 'done')
    expect(open.length).toBeGreaterThan(5)
    expect(done.length).toBeGreaterThan(5)
    for (const a of done) expect(a.completedAt).toBeDefined()
    for (const a of open) {
      const next = data.oneOnOnes.find((m) => m.repId === a.repId && m.status === 'planned')
      expect(next?.agenda.some((item) => item.evidenceRef === a.id)).toBe(true)
    }
  })

  it('has recognitions, development assessments and monthly CSAT and expense measures', () => {
    expect(new Set(data.recognitions.map((r) => r.repId)).size).toBe(10)
    const levels = new Set(data.developmentAssessments.map((a) => a.level))
    expect(levels).toEqual(new Set(['D1', 'D2', 'D3', 'D4']))
    for (const a of data.developmentAssessments) expect(a.style).toBe(`S${a.level.slice(1)}`)
    const steady = repOf('steady')
    for (const metric of ['csat', 'expenses'] as const) {
      const months = data.manualMeasures.filter((m) => m.repId === steady && m.metric === metric)
      expect(months).toHaveLength(12)
    }
    for (const m of data.manualMeasures.filter((x) => x.metric === 'csat')) {
      expect(m.value).toBeGreaterThanOrEqual(1)
      expect(m.value).toBeLessThanOrEqual(5)
    }
  })
})

describe('demo plans', () => {
  it('has one active coaching plan for the top producer and one active PIP for the low-activity rep', () => {
    const coaching = data.plans.filter((p) => p.kind === 'coaching')
    const pips = data.plans.filter((p) => p.kind === 'pip')
    expect(coaching).toHaveLength(1)
    expect(pips).toHaveLength(1)
    expect(coaching[0]).toMatchObject({ status: 'active', repId: repOf('topProducerPoorHygiene') })
    expect(pips[0]).toMatchObject({ status: 'active', repId: repOf('lowActivity') })
    const pip = pips[0]
    expect(pip?.goals.length).toBeGreaterThanOrEqual(2)
    expect(pip?.concerns[0]?.coachingGiven.length).toBeGreaterThanOrEqual(2)
    expect(pip?.consequences).not.toBe('')
    expect(pip?.acknowledgement?.signedOn).toBe(pip?.startDate)
  })

  it('keeps milestones and check-ins, some held and some still scheduled', () => {
    for (const plan of data.plans) {
      expect(data.planMilestones.filter((m) => m.planId === plan.id).length).toBeGreaterThanOrEqual(
        3
      )
      const checkIns = data.checkIns.filter((c) => c.planId === plan.id)
      const held = checkIns.filter((c) => c.status === 'held')
      const scheduled = checkIns.filter((c) => c.status === 'scheduled')
      expect(held.length).toBeGreaterThan(0)
      expect(scheduled.length).toBeGreaterThan(0)
      for (const c of held) expect(c.heldOn !== undefined && c.heldOn <= TODAY).toBe(true)
      for (const c of scheduled) expect(c.scheduledFor >= TODAY).toBe(true)
    }
  })

  it('logs the PIP as created → draft→hrReview → hrReview→active, then check-ins, in time order', () => {
    const pip = data.plans.find((p) => p.kind === 'pip')
    const log = data.planAuditLog.filter((e) => e.planId === pip?.id)
    expect(log[0]?.action).toBe('created')
    const changes = log.filter((e) => e.action === 'statusChanged').map((e) => [e.before, e.after])
    expect(changes).toEqual([
      ['draft', 'hrReview'],
      ['hrReview', 'active']
    ])
    const actions = new Set(log.map((e) => e.action))
    for (const a of ['acknowledged', 'checkInAdded', 'checkInHeld'] as const)
      expect(actions.has(a)).toBe(true)
    const times = log.map((e) => e.at)
    expect(times).toEqual([...times].sort())
    const held = data.checkIns.filter((c) => c.planId === pip?.id && c.status !== 'scheduled')
    expect(log.filter((e) => e.action === 'checkInHeld')).toHaveLength(held.length)
  })
})
