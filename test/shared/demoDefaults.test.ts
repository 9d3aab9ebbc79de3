import { describe, expect, it } from 'vitest'
import {
  CHECKLIST_TEMPLATE_KEYS,
  DEFAULT_STAGE_KEYS,
  createAccountExecutiveRole,
  createDefaultChecklistTemplates,
  createDefaultRolePlayScenarios,
  createDefaultSalesProcess
} from '../../src/shared/defaults'
import {
  ChecklistTemplate,
  ExpectationSet,
  Role,
  RolePlayScenario,
  SalesProcess
} from '../../src/shared/domain'

const NOW = '2026-05-10T08:00:00.000Z'
const counter = (): (() => string) => {
  let n = 0
  return () => `id-${++n}`
}

describe('default sales process', () => {
  const process = createDefaultSalesProcess('sp-1', NOW)

  it('is a valid SalesProcess with the six B2B stages in order', () => {
    expect(SalesProcess.parse(process)).toEqual(process)
    expect(process.id).toBe('sp-1')
    expect(process.createdAt).toBe(NOW)
    expect(process.stages.map((s) => s.key)).toEqual([...DEFAULT_STAGE_KEYS])
    expect(process.stages.map((s) => s.order)).toEqual([0, 1, 2, 3, 4, 5])
  })

  it('gives each stage two to four exit criteria', () => {
    for (const stage of process.stages) {
      expect(stage.exitCriteria.length, stage.key).toBeGreaterThanOrEqual(2)
      expect(stage.exitCriteria.length, stage.key).toBeLessThanOrEqual(4)
    }
  })

  it('maps Salesforce, HubSpot and Maven stage names, each onto exactly one stage', () => {
    const stageOf = (name: string): string[] =>
      process.stages.filter((s) => s.crmStageNames.includes(name)).map((s) => s.key)
    const expected: Record<string, string> = {
      Prospecting: 'prospect',
      Qualification: 'discover',
      'Needs Analysis': 'discover',
      'Value Proposition': 'qualify',
      'Id. Decision Makers': 'qualify',
      'Perception Analysis': 'qualify',
      'Proposal/Price Quote': 'propose',
      'Negotiation/Review': 'negotiate',
      appointmentscheduled: 'prospect',
      qualifiedtobuy: 'qualify',
      presentationscheduled: 'propose',
      decisionmakerboughtin: 'negotiate',
      contractsent: 'close',
      Engaging: 'discover'
    }
    for (const [name, key] of Object.entries(expected)) expect(stageOf(name), name).toEqual([key])
    const all = process.stages.flatMap((s) => s.crmStageNames.map((n) => n.toLowerCase()))
    expect(new Set(all).size).toBe(all.length)
  })

  it('names won and lost stages apart from the open ones', () => {
    expect(process.wonStageNames).toEqual(['Closed Won', 'closedwon', 'Won'])
    expect(process.lostStageNames).toEqual(['Closed Lost', 'closedlost', 'Lost'])
    const open = new Set(process.stages.flatMap((s) => s.crmStageNames))
    for (const name of [...process.wonStageNames, ...process.lostStageNames])
      expect(open.has(name)).toBe(false)
  })

  it('is pure: the same inputs give the same output', () => {
    expect(createDefaultSalesProcess('sp-1', NOW)).toEqual(process)
  })
})

describe('default Account Executive role', () => {
  const { role, expectationSet } = createAccountExecutiveRole('role-1', 'set-1', NOW)

  it('is a valid role with a three-month ramp, linked to its expectation set', () => {
    expect(Role.parse(role)).toEqual(role)
    expect(ExpectationSet.parse(expectationSet)).toEqual(expectationSet)
    expect(role).toMatchObject({
      name: 'Account Executive',
      defaultRampMonths: 3,
      expectationSetId: 'set-1'
    })
    expect(expectationSet.roleId).toBe('role-1')
    expect(expectationSet.overrides).toEqual([])
  })

  it('measures more than revenue, labels leading and lagging, and weights sum to 100', () => {
    const metrics = expectationSet.dimensions.map((d) => d.metric)
    for (const m of [
      'closedWonRevenue',
      'activities',
      'meetingsWithNextStep',
      'pipelineCreated',
      'winRate',
      'crmHygiene',
      'csat',
      'expenses'
    ] as const) {
      expect(metrics).toContain(m)
    }
    expect(new Set(expectationSet.dimensions.map((d) => d.indicator))).toEqual(
      new Set(['leading', 'lagging'])
    )
    expect(expectationSet.dimensions.reduce((a, d) => a + d.weight, 0)).toBe(100)
    const keys = expectationSet.dimensions.map((d) => d.key)
    expect(new Set(keys).size).toBe(keys.length)
  })

  it('sets the revenue target per quarter in USD minor units and caps expenses', () => {
    const revenue = expectationSet.dimensions.find((d) => d.metric === 'closedWonRevenue')
    expect(revenue).toMatchObject({
      period: 'quarter',
      currency: 'USD',
      direction: 'atLeast',
      indicator: 'lagging'
    })
    expect(Number.isInteger(revenue?.target)).toBe(true)
    expect(revenue?.target).toBeGreaterThanOrEqual(10_000_000)
    expect(expectationSet.dimensions.find((d) => d.metric === 'expenses')?.direction).toBe('atMost')
  })
})

describe('default checklist templates and role-play scenarios', () => {
  const templates = createDefaultChecklistTemplates(counter(), NOW)
  const scenarios = createDefaultRolePlayScenarios(counter(), NOW)
  const stageKeys: readonly string[] = DEFAULT_STAGE_KEYS

  it('has the ride-along, call-review and role-play templates at their stages, version 1', () => {
    const byKey = new Map(templates.map((t) => [t.templateKey, t]))
    expect(byKey.get(CHECKLIST_TEMPLATE_KEYS.rideAlongDiscover)).toMatchObject({
      kind: 'rideAlong',
      stageKey: 'discover'
    })
    expect(byKey.get(CHECKLIST_TEMPLATE_KEYS.rideAlongPropose)).toMatchObject({
      kind: 'rideAlong',
      stageKey: 'propose'
    })
    expect(byKey.get(CHECKLIST_TEMPLATE_KEYS.callReviewQualify)).toMatchObject({
      kind: 'callReview',
      stageKey: 'qualify'
    })
    expect(byKey.get(CHECKLIST_TEMPLATE_KEYS.rolePlayPropose)).toMatchObject({
      kind: 'rolePlay',
      stageKey: 'propose'
    })
    for (const t of templates) {
      expect(ChecklistTemplate.parse(t)).toEqual(t)
      expect(t.version).toBe(1)
      expect(t.retired).toBe(false)
    }
  })

  it('gives each template unique criterion keys, scored criteria with weight and a next-step check', () => {
    for (const t of templates) {
      const keys = t.criteria.map((c) => c.key)
      expect(new Set(keys).size, t.name).toBe(keys.length)
      expect(
        t.criteria.filter((c) => c.type !== 'text' && c.weight > 0).length,
        t.name
      ).toBeGreaterThanOrEqual(4)
      expect(
        t.criteria.some((c) => c.must),
        t.name
      ).toBe(true)
    }
  })

  it('has a scenario for every stage: gatekeeper, vague pain, price objection, no decision…', () => {
    expect(scenarios).toHaveLength(6)
    expect(scenarios.map((s) => s.stageKey).sort()).toEqual([...stageKeys].sort())
    for (const s of scenarios) {
      expect(RolePlayScenario.parse(s)).toEqual(s)
      expect(stageKeys).toContain(s.stageKey)
      expect(s.objections.length).toBeGreaterThanOrEqual(2)
      expect(s.objectives.length).toBeGreaterThanOrEqual(2)
    }
  })

  it('takes ids from the generator it is given', () => {
    expect(templates.map((t) => t.id)).toEqual(templates.map((_, i) => `id-${i + 1}`))
    expect(scenarios.map((s) => s.id)).toEqual(['id-1', 'id-2', 'id-3', 'id-4', 'id-5', 'id-6'])
  })
})
