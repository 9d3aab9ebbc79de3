import { describe, expect, it, vi } from 'vitest'
import { generateDemoWorkspace, type DemoWorkspace } from '../../src/shared/demo'
import {
  WorkspaceDataSchema,
  workspaceTableNames,
  type WorkspaceData
} from '../../src/shared/domain'

const TODAY = '2026-05-10'
const NOW = '2026-05-10T08:00:00.000Z'

function generate(seed = 42, today = TODAY): DemoWorkspace {
  let n = 0
  return generateDemoWorkspace({ seed, today, now: NOW, newId: () => `id-${++n}` })
}

const demo = generate()
const { data } = demo

describe('generateDemoWorkspace: determinism and purity', () => {
  it('gives byte-identical output for the same seed and today', () => {
    expect(JSON.stringify(generate())).toBe(JSON.stringify(demo))
  })

  it('gives different output for a different seed or a different today', () => {
    expect(JSON.stringify(generate(43))).not.toBe(JSON.stringify(demo))
    expect(JSON.stringify(generate(42, '2026-05-11'))).not.toBe(JSON.stringify(demo))
  })

  it('never reads the clock or Math.random', () => {
    vi.spyOn(Date, 'now').mockImplementation(() => {
      throw new Error('Date.now called')
    })
    vi.spyOn(Math, 'random').mockImplementation(() => {
      throw new Error('Math.random called')
    })
    expect(JSON.stringify(generate())).toBe(JSON.stringify(demo))
  })
})

describe('generateDemoWorkspace: schema and size', () => {
  it('passes the workspace schema and is already normalised (no defaults left to fill)', () => {
    const parsed = WorkspaceDataSchema.parse(data)
    expect(parsed).toEqual(data)
  })

  it('has every table and stays small enough to load quickly', () => {
    expect(Object.keys(data).sort()).toEqual([...workspaceTableNames].sort())
    expect(data.reps).toHaveLength(10)
    expect(data.opportunities.length).toBeGreaterThan(500)
    expect(data.opportunities.length).toBeLessThan(3000)
    expect(data.activities.length).toBeGreaterThan(5000)
    expect(data.activities.length).toBeLessThan(15000)
  })

  it('has one demo settings row pointing at the sales process', () => {
    expect(data.settings).toHaveLength(1)
    expect(data.settings[0]).toMatchObject({ id: 'workspace', mode: 'demo', currency: 'USD' })
    expect(data.settings[0]?.salesProcessId).toBe(data.salesProcesses[0]?.id)
  })

  it('stamps createdAt/updatedAt with the given now', () => {
    for (const rep of data.reps) expect([rep.createdAt, rep.updatedAt]).toEqual([NOW, NOW])
    for (const o of data.opportunities.slice(0, 50)) expect(o.updatedAt).toBe(NOW)
  })

  it('gives every rep an email, a territory and name/email/CRM-id aliases', () => {
    const names = new Set(data.reps.map((r) => r.name))
    expect(names.size).toBe(10)
    for (const rep of data.reps) {
      expect(rep.email).toMatch(/@demo-fieldbook\.example$/)
      expect(rep.territory).not.toBe('')
      expect(rep.crmAliases).toHaveLength(3)
      expect(rep.crmAliases[0]).toBe(rep.name)
      expect(rep.crmAliases[1]).toBe(rep.email)
      expect(rep.crmAliases[2]).toMatch(/^0055g00000[A-Za-z0-9]{5}$/)
    }
  })
})

function ids<T extends { id: string }>(rows: readonly T[]): Set<string> {
  return new Set(rows.map((r) => r.id))
}

function expectAllIn(
  values: readonly (string | undefined)[],
  set: Set<string>,
  what: string
): void {
  const missing = values.filter((v): v is string => v !== undefined && !set.has(v))
  expect(missing, what).toEqual([])
}

describe('generateDemoWorkspace: referential integrity', () => {
  const d: WorkspaceData = data
  const reps = ids(d.reps)
  const opps = ids(d.opportunities)
  const plans = ids(d.plans)
  const templates = new Map(d.checklistTemplates.map((t) => [t.id, t]))
  const oppRep = new Map(d.opportunities.map((o) => [o.id, o.repId]))

  it('uses every id once across the workspace', () => {
    const all = workspaceTableNames.flatMap((t) => (d[t] as { id: string }[]).map((r) => r.id))
    expect(new Set(all).size).toBe(all.length)
  })

  it('links team records', () => {
    expectAllIn(
      d.reps.map((r) => r.roleId),
      ids(d.roles),
      'rep.roleId'
    )
    expectAllIn(
      d.roles.map((r) => r.expectationSetId),
      ids(d.expectationSets),
      'role.expectationSetId'
    )
    expectAllIn(
      d.expectationSets.map((s) => s.roleId),
      ids(d.roles),
      'expectationSet.roleId'
    )
    const set = d.expectationSets[0]
    expectAllIn(set?.overrides.map((o) => o.repId) ?? [], reps, 'override.repId')
    const dims = new Set(set?.dimensions.map((x) => x.key))
    expectAllIn(set?.overrides.map((o) => o.dimensionKey) ?? [], dims, 'override.dimensionKey')
  })

  it('links CRM records to reps and opportunities of the same rep', () => {
    expectAllIn(
      d.opportunities.map((o) => o.repId),
      reps,
      'opportunity.repId'
    )
    expectAllIn(
      d.opportunitySnapshots.map((s) => s.opportunityId),
      opps,
      'snapshot.opportunityId'
    )
    expectAllIn(
      d.activities.map((a) => a.repId),
      reps,
      'activity.repId'
    )
    expectAllIn(
      d.activities.map((a) => a.opportunityId),
      opps,
      'activity.opportunityId'
    )
    const crossRep = d.activities.filter(
      (a) => a.opportunityId && oppRep.get(a.opportunityId) !== a.repId
    )
    expect(crossRep).toEqual([])
    expectAllIn(
      d.manualMeasures.map((m) => m.repId),
      reps,
      'manualMeasure.repId'
    )
  })

  it('links coaching records', () => {
    for (const table of [
      'observations',
      'developmentAssessments',
      'oneOnOnes',
      'actionItems',
      'recognitions'
    ] as const) {
      expectAllIn(
        d[table].map((r) => r.repId),
        reps,
        `${table}.repId`
      )
    }
    expectAllIn(
      d.observations.map((o) => o.opportunityId),
      opps,
      'observation.opportunityId'
    )
    expectAllIn(
      d.observations.map((o) => o.scenarioId),
      ids(d.rolePlayScenarios),
      'observation.scenarioId'
    )
    for (const o of d.observations) {
      const template = templates.get(o.templateId)
      expect(template, 'observation.templateId').toBeDefined()
      expect(o.templateVersion).toBe(template?.version)
      expect(o.scores.map((s) => s.criterionKey)).toEqual(template?.criteria.map((c) => c.key))
      if (o.opportunityId) expect(oppRep.get(o.opportunityId)).toBe(o.repId)
    }
    expectAllIn(
      d.actionItems.map((a) => a.oneOnOneId),
      ids(d.oneOnOnes),
      'actionItem.oneOnOneId'
    )
    const refs = d.oneOnOnes.flatMap((m) => m.agenda.map((a) => a.evidenceRef))
    expectAllIn(refs, ids(d.actionItems), 'agenda.evidenceRef')
  })

  it('links plans, milestones, check-ins, audit entries and coaching evidence', () => {
    expectAllIn(
      d.plans.map((p) => p.repId),
      reps,
      'plan.repId'
    )
    for (const table of ['planMilestones', 'checkIns', 'planAuditLog'] as const) {
      expectAllIn(
        d[table].map((r) => r.planId),
        plans,
        `${table}.planId`
      )
    }
    const planRep = new Map(d.plans.map((p) => [p.id, p.repId]))
    for (const r of [...d.planMilestones, ...d.checkIns])
      expect(r.repId).toBe(planRep.get(r.planId))
    const evidence = new Set([...ids(d.oneOnOnes), ...ids(d.observations)])
    const given = d.plans.flatMap((p) =>
      p.concerns.flatMap((c) => c.coachingGiven.map((g) => g.ref))
    )
    expect(given.length).toBeGreaterThan(0)
    expectAllIn(given, evidence, 'coachingGiven.ref')
  })

  it('maps every opportunity onto the sales process and its CRM stage names', () => {
    const process = d.salesProcesses[0]
    const stages = new Map(process?.stages.map((s) => [s.key, s]))
    for (const o of d.opportunities) {
      expect(stages.has(o.stageKey ?? '')).toBe(true)
      if (o.status === 'won') expect(process?.wonStageNames).toContain(o.crmStage)
      else if (o.status === 'lost') expect(process?.lostStageNames).toContain(o.crmStage)
      else expect(stages.get(o.stageKey ?? '')?.crmStageNames).toContain(o.crmStage)
    }
  })
})
