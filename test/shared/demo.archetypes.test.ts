import {
  addDays,
  addMonths,
  addQuarters,
  endOfQuarter,
  format,
  parseISO,
  startOfQuarter
} from 'date-fns'
import { describe, expect, it } from 'vitest'
import { generateDemoWorkspace, type Archetype } from '../../src/shared/demo'
import type { Opportunity, OpportunitySnapshot, WorkspaceData } from '../../src/shared/domain'

/** Small, independent metric helpers: the archetypes are checked on the data, not the labels. */
const day = (d: Date): string => format(d, 'yyyy-MM-dd')
const shift = (d: string, days: number): string => day(addDays(parseISO(d), days))
const STAGES = ['prospect', 'discover', 'qualify', 'propose', 'negotiate', 'close']

interface Range {
  label: string
  start: string
  end: string
}

/** Whole calendar quarters inside [windowStart, today], newest first. */
function fullQuarters(today: string, windowStart: string): Range[] {
  const out: Range[] = []
  for (let k = 0; k >= -4; k--) {
    const s = addQuarters(startOfQuarter(parseISO(today)), k)
    const r = {
      label: `${s.getFullYear()}-Q${Math.floor(s.getMonth() / 3) + 1}`,
      start: day(s),
      end: day(endOfQuarter(s))
    }
    if (r.start >= windowStart && r.end <= today) out.push(r)
  }
  return out
}

const inRange = (d: string | undefined, r: { start: string; end: string }): boolean =>
  d !== undefined && d >= r.start && d <= r.end
const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0)
const mean = (xs: readonly number[]): number => sum(xs) / xs.length
const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)] ?? 0
}

function makeHelpers(data: WorkspaceData, today: string, windowStart: string) {
  const opps = (repId: string): Opportunity[] => data.opportunities.filter((o) => o.repId === repId)
  const open = (repId: string): Opportunity[] => opps(repId).filter((o) => o.status === 'open')
  const history = new Map<string, OpportunitySnapshot[]>()
  for (const s of data.opportunitySnapshots) {
    history.set(s.opportunityId, [...(history.get(s.opportunityId) ?? []), s])
  }
  const pushes = (o: Opportunity): number => {
    const h = [...(history.get(o.id) ?? [])].sort((a, b) => (a.asOf < b.asOf ? -1 : 1))
    return h.filter(
      (s, i) => i > 0 && s.status === 'open' && (s.closeDate ?? '') > (h[i - 1]?.closeDate ?? '')
    ).length
  }
  const maxStage = (o: Opportunity): number =>
    Math.max(...(history.get(o.id) ?? []).map((s) => STAGES.indexOf(s.stageKey ?? '')))
  return {
    open,
    wonRevenue: (repId: string, r: { start: string; end: string }): number =>
      sum(
        opps(repId)
          .filter((o) => o.status === 'won' && inRange(o.closeDate, r))
          .map((o) => o.amount?.minor ?? 0)
      ),
    hygiene: (repId: string) => {
      const o = open(repId)
      return {
        stale45: o.filter((x) => !x.lastActivityDate || x.lastActivityDate < shift(today, -45))
          .length,
        noNextStep: o.filter((x) => x.nextStep.trim() === '').length,
        pastClose: o.filter((x) => x.closeDate !== undefined && x.closeDate < today).length,
        pushedTwice: o.filter((x) => pushes(x) >= 2).length
      }
    },
    winRate: (repId: string): { rate: number; closed: number; won: number } => {
      const closed = opps(repId).filter(
        (o) => o.status !== 'open' && (o.closeDate ?? '') >= windowStart
      )
      const won = closed.filter((o) => o.status === 'won').length
      return { rate: closed.length ? won / closed.length : NaN, closed: closed.length, won }
    },
    nextStepShare: (repId: string): number => {
      const o = open(repId)
      return o.filter((x) => x.nextStep.trim() !== '').length / o.length
    },
    activities: (repId: string, from: string, to = today) =>
      data.activities.filter((a) => a.repId === repId && a.date >= from && a.date <= to),
    /** Of deals that reached the stage and have had their chance, the share that moved on. */
    conversion: (repIds: readonly string[], stage: string): number => {
      const k = STAGES.indexOf(stage)
      const eligible = repIds
        .flatMap(opps)
        .filter((o) => maxStage(o) >= k && (o.status !== 'open' || maxStage(o) > k))
      return eligible.filter((o) => maxStage(o) > k).length / eligible.length
    }
  }
}

const CASES = [
  { seed: 42, today: '2026-05-10' },
  { seed: 7, today: '2026-01-02' },
  { seed: 2026, today: '2025-09-30' },
  { seed: 1, today: '2026-06-30' },
  { seed: 99, today: '2026-04-01' },
  { seed: 0, today: '2028-02-29' },
  { seed: 4294967295, today: '2027-01-01' },
  // The seed the app loads (renderer db/firstRun.ts).
  { seed: 20261123, today: '2026-11-23' },
  { seed: 20261123, today: '2027-03-15' }
]

describe.each(CASES)('demo archetypes (seed $seed, today $today)', ({ seed, today }) => {
  let n = 0
  const demo = generateDemoWorkspace({
    seed,
    today,
    now: `${today}T08:00:00.000Z`,
    newId: () => `id-${++n}`
  })
  const { data, archetypes, facts } = demo
  const h = makeHelpers(data, today, facts.windowStart)
  const repIds = data.reps.map((r) => r.id)
  const only = (a: Archetype): string => {
    const ids = repIds.filter((id) => archetypes[id] === a)
    expect(ids, a).toHaveLength(1)
    return ids[0] ?? ''
  }
  const others = (id: string): string[] => repIds.filter((r) => r !== id)
  const quarters = fullQuarters(today, facts.windowStart)

  it('labels every rep with one archetype', () => {
    expect(Object.keys(archetypes).sort()).toEqual([...repIds].sort())
  })

  it('top producer: highest revenue over the last two full quarters and the worst CRM hygiene', () => {
    const top = only('topProducerPoorHygiene')
    const lastTwo = quarters.slice(0, 2)
    const revenue = (id: string): number => sum(lastTwo.map((q) => h.wonRevenue(id, q)))
    for (const id of others(top)) expect(revenue(top)).toBeGreaterThan(revenue(id))
    const mine = h.hygiene(top)
    expect(mine.stale45).toBeGreaterThanOrEqual(10)
    expect(mine.pushedTwice).toBeGreaterThanOrEqual(5)
    for (const id of others(top)) {
      const theirs = h.hygiene(id)
      expect(mine.stale45).toBeGreaterThan(theirs.stale45)
      expect(mine.noNextStep).toBeGreaterThan(theirs.noNextStep)
      expect(mine.pastClose).toBeGreaterThan(theirs.pastClose)
      expect(mine.pushedTwice).toBeGreaterThan(theirs.pushedTwice)
    }
  })

  it('spotless CRM: every open deal current, most activity, lowest win rate', () => {
    const rep = only('spotlessCrmCannotClose')
    expect(h.nextStepShare(rep)).toBe(1)
    for (const id of others(rep)) expect(h.nextStepShare(rep)).toBeGreaterThan(h.nextStepShare(id))
    for (const o of h.open(rep)) {
      expect(o.closeDate !== undefined && o.closeDate >= today).toBe(true)
      expect(o.lastActivityDate !== undefined && o.lastActivityDate >= shift(today, -14)).toBe(true)
    }
    const since = shift(today, -84)
    for (const id of others(rep)) {
      expect(h.activities(rep, since).length).toBeGreaterThan(h.activities(id, since).length)
    }
    const mine = h.winRate(rep)
    expect(mine.rate).toBeLessThan(0.05)
    expect(mine.won).toBeLessThanOrEqual(4)
    for (const id of others(rep)) {
      const theirs = h.winRate(id)
      if (theirs.closed >= 5) expect(mine.rate).toBeLessThan(theirs.rate)
    }
  })

  it('new rep on ramp: started about two months ago, three proposals, nothing won, many meetings', () => {
    const rep = only('newRepOnRamp')
    const record = data.reps.find((r) => r.id === rep)
    expect(record?.rampMonths).toBe(3)
    expect((record?.startDate ?? '') >= day(addMonths(parseISO(today), -3))).toBe(true)
    expect((record?.startDate ?? '') <= shift(today, -45)).toBe(true)
    expect(h.open(rep).filter((o) => o.stageKey === 'propose')).toHaveLength(3)
    expect(data.opportunities.filter((o) => o.repId === rep && o.status === 'won')).toHaveLength(0)
    const meetingsPerWeek = (id: string): number =>
      h.activities(id, shift(today, -27)).filter((a) => a.type === 'meeting').length / 4
    expect(meetingsPerWeek(rep)).toBeGreaterThan(2 * median(others(rep).map(meetingsPerWeek)))
  })

  it('low activity: fewest activities in the last four weeks and the thinnest new pipeline', () => {
    const rep = only('lowActivity')
    const count = (id: string): number => h.activities(id, shift(today, -27)).length
    for (const id of others(rep)) expect(count(rep)).toBeLessThan(count(id))
    expect(count(rep)).toBeLessThan(median(others(rep).map(count)) / 2)
    const created = (id: string): number =>
      data.opportunities.filter((o) => o.repId === id && (o.createdDate ?? '') >= shift(today, -90))
        .length
    const pastRamp = others(rep).filter((id) => archetypes[id] !== 'newRepOnRamp')
    for (const id of pastRamp) expect(created(rep)).toBeLessThan(created(id))
  })

  it('stalls at a stage: conversion there is below half the team, deals pile up there', () => {
    const rep = only('stallsAtStage')
    const stage = facts.stallStage
    expect(STAGES).toContain(stage)
    expect(h.conversion([rep], stage)).toBeLessThan(h.conversion(others(rep), stage) / 2)
    for (const s of STAGES.filter((x) => x !== stage && x !== 'close')) {
      expect(h.conversion([rep], s), s).toBeGreaterThan(h.conversion(others(rep), s) * 0.75)
    }
    const piled = (id: string): number => h.open(id).filter((o) => o.stageKey === stage).length
    for (const id of others(rep)) expect(piled(rep)).toBeGreaterThan(piled(id))
    const count = (id: string): number => h.activities(id, shift(today, -27)).length
    expect(count(rep)).toBeGreaterThan(median(others(rep).map(count)) * 0.7)
  })

  it('steady: at least three reps near their revenue target outside the dip', () => {
    const steady = repIds.filter((id) => archetypes[id] === 'steady')
    expect(steady.length).toBeGreaterThanOrEqual(3)
    const set = data.expectationSets[0]
    const dim = set?.dimensions.find(
      (d) => d.metric === 'closedWonRevenue' && d.period === 'quarter'
    )
    const normal = quarters.filter((q) => q.label !== facts.teamDipQuarter)
    const attainment = steady.map((id) => {
      const override = set?.overrides.find((o) => o.repId === id && o.dimensionKey === dim?.key)
      return mean(normal.map((q) => h.wonRevenue(id, q))) / (override?.target ?? dim?.target ?? 1)
    })
    expect(attainment.filter((a) => a > 0.75 && a < 1.25).length).toBeGreaterThanOrEqual(3)
    for (const a of attainment) expect(a).toBeGreaterThan(0.6)
  })

  it('team dip: one full quarter well below the others, most reps down, activity unchanged', () => {
    const dip = quarters.find((q) => q.label === facts.teamDipQuarter)
    expect(dip, facts.teamDipQuarter).toBeDefined()
    if (!dip) return
    const rest = quarters.filter((q) => q !== dip)
    expect(rest.length).toBeGreaterThanOrEqual(2)
    const team = (q: Range): number => sum(repIds.map((id) => h.wonRevenue(id, q)))
    expect(team(dip)).toBeLessThan(0.6 * mean(rest.map(team)))
    const sellers = repIds.filter((id) => mean(rest.map((q) => h.wonRevenue(id, q))) > 0)
    const down = sellers.filter(
      (id) => h.wonRevenue(id, dip) < 0.7 * mean(rest.map((q) => h.wonRevenue(id, q)))
    )
    expect(down.length / sellers.length).toBeGreaterThanOrEqual(0.6)
    const teamActivity = (q: Range): number =>
      sum(repIds.map((id) => h.activities(id, q.start, q.end).length))
    expect(teamActivity(dip)).toBeGreaterThan(0.85 * mean(rest.map(teamActivity)))
  })
})
