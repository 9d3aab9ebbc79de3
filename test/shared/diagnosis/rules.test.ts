import { describe, expect, it } from 'vitest'
import {
  DEFAULT_DIAGNOSIS_THRESHOLDS,
  diagnoseTeam,
  diagnosisThresholds,
  type Finding
} from '../../../src/shared/diagnosis'
import { addDaysTo, periodRange } from '../../../src/shared/metrics'
import { TeamBuilder } from '../metrics/builder'

/** Q4 2025: 92 days, 66 weekdays. */
const Q = periodRange('quarter', '2025-10-01')
const TODAY = '2026-02-01'
const WON = 12_000_000
/** A healthy quarter: 3 of 10 won ($360,000), losses spread over the stages. */
const HEALTHY: ('won' | number)[] = ['won', 0, 1, 'won', 2, 3, 'won', 3, 4, 5]

/** Four reps doing exactly the same healthy quarter: 5 calls and 1 meeting (next step agreed) a weekday. */
function team(): TeamBuilder {
  const b = new TeamBuilder()
  for (const id of ['t1', 't2', 't3', 't4']) healthy(b.rep(id), id)
  return b
}

function healthy(b: TeamBuilder, id: string, fates = HEALTHY, callsPerDay = 5): void {
  b.dailyActivities(id, Q.start, Q.end, callsPerDay, 'call')
  b.dailyActivities(id, Q.start, Q.end, 1, 'meeting', { nextStepAgreed: true })
  b.funnel(id, Q.start, fates, WON)
}

function findings(b: TeamBuilder, repId: string, thresholds = {}): Finding[] {
  const result = diagnoseTeam({
    index: b.index(TODAY),
    range: Q,
    expectationsFor: () => b.expectations,
    thresholds
  })
  return result.byRep.find((r) => r.repId === repId)?.findings ?? []
}

const kinds = (fs: Finding[]): string[] => fs.map((f) => `${f.severity}:${f.kind}`)

describe('a healthy team has no findings', () => {
  it('four identical healthy reps', () => {
    const b = team()
    for (const id of ['t1', 't2', 't3', 't4']) expect(kinds(findings(b, id))).toEqual([])
  })
})

describe('results gap', () => {
  it.each([
    // won deals × $120,000 against $300,000
    [['won', 0, 1, 2, 3, 3, 4, 5, 0, 1], 'act'], // 40%
    [['won', 'won', 1, 2, 3, 3, 4, 5, 0, 1], 'watch'] // 80%
  ] as const)('%j → %s', (fates, severity) => {
    const b = team()
    healthy(b.rep('x'), 'x', [...fates])
    const f = findings(b, 'x').find((x) => x.kind === 'resultsGap')
    expect(f?.severity).toBe(severity)
    expect(f?.numbers.find((n) => n.label === 'Target')?.value).toBe('$300,000 per quarter')
  })

  it('the act threshold is a setting', () => {
    const b = team()
    healthy(b.rep('x'), 'x', ['won', 0, 1, 2, 3, 3, 4, 5, 0, 1])
    expect(
      findings(b, 'x', { attainmentActPercent: 30 }).find((x) => x.kind === 'resultsGap')?.severity
    ).toBe('watch')
  })

  it('during a ramp it is watched, and the rule says the target is prorated', () => {
    const b = team()
    b.rep('new', '2025-09-15', 3)
    healthy(b, 'new', ['won', 0, 1, 2, 3, 3, 4, 5, 0, 1])
    const f = findings(b, 'new').find((x) => x.kind === 'resultsGap')
    expect(f?.severity).toBe('watch')
    expect(f?.rule).toMatch(/prorated for the ramp/)
  })

  it('a written override can turn a miss into a meet', () => {
    const b = team()
    healthy(b.rep('x'), 'x', ['won', 'won', 1, 2, 3, 3, 4, 5, 0, 1])
    b.override('x', 'closed-won-revenue', 24_000_000)
    expect(findings(b, 'x').some((x) => x.kind === 'resultsGap')).toBe(false)
  })

  it('names the day its pipeline coverage is measured: entering a past period, today in a running one', () => {
    const b = team().rep('idle')
    const coverage = (f: Finding | undefined) =>
      f?.numbers.find((n) => n.label.startsWith('Pipeline coverage'))
    const past = coverage(findings(b, 'idle').find((x) => x.kind === 'resultsGap'))
    expect(past?.label).toBe('Pipeline coverage entering the period')
    expect(past?.value).toContain('open on Sep 30, 2025')
    const running = diagnoseTeam({
      index: b.index('2025-11-15'),
      range: Q,
      expectationsFor: () => b.expectations,
      thresholds: {}
    }).byRep.find((r) => r.repId === 'idle')
    const now = coverage(running?.findings.find((x) => x.kind === 'resultsGap'))
    expect(now?.label).toBe('Pipeline coverage today')
    expect(now?.value).toContain('open on Nov 15, 2025')
  })
})

describe('activity gap (will)', () => {
  it('well below the activity expectation with results short: act, structure the day', () => {
    const b = team()
    // 1 call + 1 meeting a weekday = 10 a week against 25.
    healthy(b.rep('x'), 'x', ['won', 0, 1, 2, 3, 3, 4, 5, 0, 1], 1)
    const fs = findings(b, 'x')
    const f = fs.find((x) => x.kind === 'activityGap')
    expect(f?.severity).toBe('act')
    expect(f?.actions.map((a) => a.kind)).toEqual(['structureDay', 'oneOnOne'])
    expect(f?.numbers[0]?.value).toBe('66 calls + 0 emails + 66 meetings + 0 tasks = 132')
    // Low activity is will, not skill: no stage gap even with a weak funnel.
    expect(fs.some((x) => x.kind === 'stageGap')).toBe(false)
  })

  it('with results on target it is only watched', () => {
    const b = team()
    healthy(b.rep('x'), 'x', HEALTHY, 1)
    expect(findings(b, 'x').find((x) => x.kind === 'activityGap')?.severity).toBe('watch')
  })

  it('within the tolerance (4 a day = 83%) there is no gap; the tolerance is a setting', () => {
    const b = team()
    healthy(b.rep('x'), 'x', HEALTHY, 3)
    expect(findings(b, 'x').some((x) => x.kind === 'activityGap')).toBe(false)
    expect(findings(b, 'x', { activityGapPercent: 10 }).some((x) => x.kind === 'activityGap')).toBe(
      true
    )
  })
})

describe('stage gap (skill)', () => {
  // Loses 6 of 8 deals at propose (25%) against the team's 20 of 28 (71%).
  const STALLS: ('won' | number)[] = ['won', 'won', 3, 3, 3, 3, 3, 3, 0, 1]

  it('names the stage, with the numbers and ride-along, call review and role-play there', () => {
    const b = team()
    healthy(b.rep('x'), 'x', STALLS)
    const gaps = findings(b, 'x').filter((x) => x.kind === 'stageGap')
    expect(gaps.map((g) => g.stageKey)).toEqual(['propose'])
    const f = gaps[0]
    expect(f?.severity).toBe('act')
    expect(f?.title).toBe('Stalls at Propose')
    expect(f?.numbers.slice(0, 2)).toEqual([
      { label: 'Propose conversion, this rep', value: '2 of 8 moved on = 25%' },
      { label: 'Propose conversion, rest of the team', value: '20 of 28 moved on = 71.4%' }
    ])
    expect(f?.actions.map((a) => [a.kind, a.stageKey])).toEqual([
      ['rideAlong', 'propose'],
      ['callReview', 'propose'],
      ['rolePlay', 'propose']
    ])
  })

  it('needs enough deals on each side', () => {
    const b = team()
    healthy(b.rep('x'), 'x', ['won', 3, 3, 3, 0])
    expect(findings(b, 'x', { minimumSample: 5 }).some((x) => x.kind === 'stageGap')).toBe(false)
    expect(findings(b, 'x', { minimumSample: 4 }).some((x) => x.kind === 'stageGap')).toBe(true)
  })

  it('the team gap is a setting', () => {
    const b = team()
    // Propose: 5 of 7 for the team (71%); this rep 4 of 7 (57%): 20% below.
    healthy(
      b.rep('x'),
      'x',
      ['won', 0, 1, 'won', 2, 3, 'won', 3, 3, 5].map((f, i) => (i === 9 ? 'won' : f)) as (
        'won' | number
      )[]
    )
    const at = (gap: number) =>
      findings(b, 'x', { teamGapPercent: gap })
        .filter((x) => x.kind === 'stageGap')
        .map((x) => x.stageKey)
    expect(at(25)).toEqual([])
    expect(at(15)).toContain('propose')
  })

  it('observed checklist scores well below the team also point at the stage', () => {
    const b = team()
    healthy(b.rep('x'), 'x')
    for (const id of ['t1', 't2', 't3', 't4']) b.observe(id, 'discover', 0.8, 3)
    b.observe('x', 'discover', 0.4, 3)
    const f = findings(b, 'x').find((x) => x.kind === 'stageGap')
    expect(f?.stageKey).toBe('discover')
    expect(f?.severity).toBe('watch')
    expect(f?.numbers[0]).toEqual({
      label: 'Observed Discover checklist score',
      value: '40% over 3 observations against 80% for the team'
    })
  })
})

describe('CRM hygiene', () => {
  function withOpenDeals(issues: number, open: number): TeamBuilder {
    const b = team()
    healthy(b.rep('x'), 'x')
    for (let i = 0; i < open; i++) {
      b.deal({
        repId: 'x',
        created: '2025-12-01',
        closeDate: '2026-03-01',
        lastActivityDate: '2025-12-20',
        nextStep: i < issues ? '' : 'Demo on Friday'
      })
    }
    return b
  }

  it('more than twice the threshold: act, and it applies to a top producer too', () => {
    const f = findings(withOpenDeals(3, 5), 'x').find((x) => x.kind === 'crmHygiene')
    expect(f?.severity).toBe('act')
    // Revenue is on target ($360,000): the title says so.
    expect(f?.title).toBe('Results on target, CRM behind: 3 of 5 open deals need attention')
    expect(f?.rule).toMatch(/applies to top producers too/)
    expect(f?.numbers.find((n) => n.label === 'No next step')?.value).toBe('3')
    expect(f?.actions[0].kind).toBe('crmRoutine')
  })

  it('one in five: over the hygiene expectation (90% clean) only: watch', () => {
    const f = findings(withOpenDeals(1, 5), 'x').find((x) => x.kind === 'crmHygiene')
    expect(f?.severity).toBe('watch')
  })

  it('every open deal clean: nothing', () => {
    expect(findings(withOpenDeals(0, 5), 'x').some((x) => x.kind === 'crmHygiene')).toBe(false)
  })
})

describe('activity without progress', () => {
  it('many meetings, no deal moving and no next steps: act', () => {
    const b = team()
    b.rep('x')
    b.dailyActivities('x', Q.start, Q.end, 3, 'call')
    b.dailyActivities('x', Q.start, Q.end, 3, 'meeting', { nextStepAgreed: false })
    b.funnel('x', Q.start, [0, 0, 0], WON)
    const f = findings(b, 'x').find((x) => x.kind === 'activityWithoutProgress')
    expect(f?.severity).toBe('act')
    expect(f?.title).toBe(
      'Busy without progress: many meetings, few deals moving; few meetings end with an agreed next step'
    )
    expect(f?.numbers[1]?.value).toBe('0 deals ÷ 198 meetings × 10 = 0 (team median 1.4)')
  })

  it('one signal alone is watched', () => {
    const b = team()
    b.rep('x')
    b.dailyActivities('x', Q.start, Q.end, 5, 'call')
    b.dailyActivities('x', Q.start, Q.end, 1, 'meeting', { nextStepAgreed: false })
    b.funnel('x', Q.start, HEALTHY, WON)
    const f = findings(b, 'x').find((x) => x.kind === 'activityWithoutProgress')
    expect(f?.severity).toBe('watch')
  })
})

describe('market shift', () => {
  /** Six reps each winning $300,000 a quarter through 2025; in Q4 the given reps win a third. */
  function history(downIds: string[]): TeamBuilder {
    const b = new TeamBuilder()
    const ids = ['m1', 'm2', 'm3', 'm4', 'm5', 'm6']
    for (const id of ids) {
      b.rep(id)
      b.activity(id, '2025-01-01')
      for (const q of ['2025-01-01', '2025-04-01', '2025-07-01', '2025-10-01']) {
        const down = q === '2025-10-01' && downIds.includes(id)
        for (let k = 0; k < 3; k++) {
          const on = addDaysTo(q, 20 + k * 20)
          if (down && k > 0) continue
          b.deal({
            repId: id,
            created: addDaysTo(on, -10),
            amount: 10_000_000,
            outcome: { on, status: 'won' }
          })
        }
      }
    }
    return b
  }
  const run = (b: TeamBuilder, today = TODAY) =>
    diagnoseTeam({ index: b.index(today), range: Q, expectationsFor: () => b.expectations })

  it('four of six reps down on their own usual is a team finding with a team plan', () => {
    const result = run(history(['m1', 'm2', 'm3', 'm4']))
    expect(result.market).toMatchObject({ down: 4, shift: true })
    expect(result.market.reps.map((r) => r.historyPeriods)).toEqual([3, 3, 3, 3, 3, 3])
    const f = result.team[0]
    expect(f).toMatchObject({ kind: 'marketShift', repId: 'team', severity: 'act' })
    expect(f?.numbers[0]).toEqual({ label: 'Reps down against their own usual', value: '4 of 6' })
    expect(f?.actions[0].kind).toBe('teamPlan')
  })

  it('three of six (50%) is below the 60% share: no shift', () => {
    expect(run(history(['m1', 'm2', 'm3'])).market).toMatchObject({ down: 3, shift: false })
  })

  it('a period less than half over is not judged', () => {
    const result = run(history(['m1', 'm2', 'm3', 'm4']), '2025-10-20')
    expect(result.market.skipped).toMatch(/half/)
    expect(result.team).toEqual([])
  })
})

describe('thresholds', () => {
  it('missing settings take the documented defaults; given ones win', () => {
    expect(diagnosisThresholds(undefined)).toEqual(DEFAULT_DIAGNOSIS_THRESHOLDS)
    expect(
      diagnosisThresholds({ staleOpportunityDays: 14, teamGapPercent: 30, marketShiftShare: 0.5 })
    ).toEqual({
      ...DEFAULT_DIAGNOSIS_THRESHOLDS,
      staleOpportunityDays: 14,
      teamGapPercent: 30,
      marketShiftShare: 0.5
    })
  })
})

describe('thin teams', () => {
  it('no reps: no findings, the market check says why it was not made', () => {
    const b = new TeamBuilder()
    const result = diagnoseTeam({
      index: b.index(TODAY),
      range: Q,
      expectationsFor: () => b.expectations
    })
    expect(result.byRep).toEqual([])
    expect(result.team).toEqual([])
    expect(result.market.skipped).toMatch(/Fewer than three reps/)
  })

  it('one rep: own standards still apply, nothing is compared with a team that is not there', () => {
    const b = new TeamBuilder().rep('solo')
    b.dailyActivities('solo', Q.start, Q.end, 1, 'call')
    b.funnel('solo', Q.start, ['won', 3, 3, 3, 3, 3, 3, 0], WON)
    const fs = findings(b, 'solo')
    expect(kinds(fs)).toEqual(['act:resultsGap', 'act:activityGap'])
  })

  it('a rep with no deals and no activity: results and activity gaps, nothing about stages', () => {
    const b = team().rep('idle')
    expect(kinds(findings(b, 'idle'))).toEqual(['act:resultsGap', 'act:activityGap'])
  })
})
