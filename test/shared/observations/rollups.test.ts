import { describe, expect, it } from 'vitest'
import {
  nextAttempt,
  observedStageScores,
  planVsOutcome,
  rolePlayTrends,
  stageScoresByMonth,
  weakestStages
} from '../../../src/shared/observations'
import { crit, observation, template } from './support'

const t1 = template('t1', [crit('a', 'yesNo', 1), crit('b', 'yesNo', 1)])
// A later version of the same checklist, weighted differently: old scores must not move.
const t2 = template('t2', [crit('a', 'yesNo', 1), crit('b', 'yesNo', 3)], { version: 2 })
const templates = [t1, t2]

const plan = (desiredNextStep: string) => ({
  whatToSay: '',
  whatToAskFor: '',
  desiredNextStep,
  repObjective: ''
})

const observations = [
  // rep-a, discover: 100% and 50% (v1) → 75%
  observation({ a: 'yes', b: 'yes' }, { date: '2026-09-10' }),
  observation({ a: 'yes', b: 'no' }, { date: '2026-10-10' }),
  // rep-a, propose: 25% with v2 (b weighs 3)
  observation(
    { a: 'yes', b: 'no' },
    { stageKey: 'propose', templateId: 't2', templateVersion: 2, date: '2026-10-20' }
  ),
  // rep-b, discover: 0%
  observation({ a: 'no', b: 'no' }, { repId: 'rep-b', date: '2026-10-05' }),
  // Drafts and unscored observations never count.
  observation({ a: 'no', b: 'no' }, { status: 'draft' }),
  observation({ a: 'na' }, { repId: 'rep-b' })
]

describe('roll-ups per rep and stage', () => {
  it('observedStageScores: averages per rep and stage, each scored with its own version', () => {
    expect(observedStageScores(observations, templates)).toEqual([
      { repId: 'rep-a', stageKey: 'discover', average: 0.75, count: 2 },
      { repId: 'rep-a', stageKey: 'propose', average: 0.25, count: 1 },
      { repId: 'rep-b', stageKey: 'discover', average: 0, count: 1 }
    ])
  })

  it('observedStageScores: a date range limits what counts', () => {
    expect(
      observedStageScores(observations, templates, { start: '2026-10-01', end: '2026-10-15' })
    ).toEqual([
      { repId: 'rep-a', stageKey: 'discover', average: 0.5, count: 1 },
      { repId: 'rep-b', stageKey: 'discover', average: 0, count: 1 }
    ])
  })

  it('stageScoresByMonth: one point per rep, stage and month, oldest first', () => {
    const points = stageScoresByMonth(observations, templates).filter((p) => p.repId === 'rep-a')
    expect(points.map((p) => [p.month, p.stageKey, p.average])).toEqual([
      ['2026-09', 'discover', 1],
      ['2026-10', 'discover', 0.5],
      ['2026-10', 'propose', 0.25]
    ])
  })

  it('weakestStages: the lowest average per rep, with how many stages were compared', () => {
    const weakest = weakestStages(observations, templates)
    expect(weakest.find((w) => w.repId === 'rep-a')).toMatchObject({
      stageKey: 'propose',
      average: 0.25,
      stagesObserved: 2
    })
    expect(weakest.find((w) => w.repId === 'rep-a')?.overall).toBeCloseTo((1 + 0.5 + 0.25) / 3)
    expect(weakest.find((w) => w.repId === 'rep-b')).toMatchObject({ stageKey: 'discover' })
  })

  it('weakestStages: a tie goes to the stage with more evidence, then the earlier stage', () => {
    const tie = [
      observation({ a: 'no', b: 'yes' }, { repId: 'r', stageKey: 'close' }),
      observation({ a: 'no', b: 'yes' }, { repId: 'r', stageKey: 'qualify' })
    ]
    expect(weakestStages(tie, templates, { stageOrder: ['qualify', 'close'] })[0]?.stageKey).toBe(
      'qualify'
    )
    const more = [...tie, observation({ a: 'no', b: 'yes' }, { repId: 'r', stageKey: 'close' })]
    expect(weakestStages(more, templates, { stageOrder: ['qualify', 'close'] })[0]?.stageKey).toBe(
      'close'
    )
  })
})

describe('plan vs outcome', () => {
  it('counts only final observations with a desired next step and an answer', () => {
    const rows = planVsOutcome([
      observation({}, { plan: plan('Meet the CFO'), nextStepAgreed: true }),
      observation({}, { plan: plan('Trial signed'), nextStepAgreed: false }),
      observation({}, { plan: plan('Demo booked'), nextStepAgreed: true }),
      observation({}, { plan: plan(''), nextStepAgreed: false }),
      observation({}, { plan: plan('No answer') }),
      observation({}, { plan: plan('Draft'), nextStepAgreed: false, status: 'draft' }),
      observation({}, { repId: 'rep-b', plan: plan('x'), nextStepAgreed: false })
    ])
    expect(rows).toEqual([
      { repId: 'rep-a', planned: 3, reached: 2, rate: 2 / 3 },
      { repId: 'rep-b', planned: 1, reached: 0, rate: 0 },
      { repId: '', planned: 4, reached: 2, rate: 0.5 }
    ])
  })

  it('has no rate when nothing was planned', () => {
    expect(planVsOutcome([])).toEqual([{ repId: '', planned: 0, reached: 0, rate: undefined }])
  })
})

describe('role-play trends', () => {
  const rp = (attempt: number, b: string, date: string) =>
    observation(
      { a: 'yes', b },
      { kind: 'rolePlay', scenarioId: 's1', attempt, date, elapsedSeconds: 300 }
    )
  it('orders attempts and measures the change from first to last', () => {
    const [trend] = rolePlayTrends(
      [rp(2, 'yes', '2026-10-09'), rp(1, 'no', '2026-10-01')],
      templates
    )
    expect(trend?.attempts.map((a) => [a.attempt, a.score])).toEqual([
      [1, 0.5],
      [2, 1]
    ])
    expect(trend?.change).toBe(0.5)
  })

  it('numbers the next attempt after every earlier one, drafts included', () => {
    const earlier = [
      rp(1, 'no', '2026-10-01'),
      { ...rp(2, 'no', '2026-10-02'), status: 'draft' as const }
    ]
    expect(nextAttempt(earlier, 'rep-a', 's1')).toBe(3)
    expect(nextAttempt(earlier, 'rep-b', 's1')).toBe(1)
  })
})
