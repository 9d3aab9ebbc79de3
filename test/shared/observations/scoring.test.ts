import { describe, expect, it } from 'vitest'
import {
  criterionValue,
  reviseTemplate,
  scoreObservation,
  scoreWithOwnTemplate,
  templateOf
} from '../../../src/shared/observations'
import { crit, NOW, observation, template } from './support'

describe('scoreObservation: weights and the 1–4 scale', () => {
  const t = template('t1', [crit('a', 'yesNo', 3), crit('b', 'scale4', 1), crit('c', 'text', 0)])

  it('normalises the scale to 0..1: 1 → 0, 2 → 1/3, 3 → 2/3, 4 → 1', () => {
    expect(['1', '2', '3', '4'].map((v) => criterionValue({ type: 'scale4' }, v))).toEqual([
      0,
      1 / 3,
      2 / 3,
      1
    ])
    expect(criterionValue({ type: 'scale4' }, '5')).toBeUndefined()
    expect(criterionValue({ type: 'yesNo' }, 'maybe')).toBeUndefined()
  })

  it('weights each criterion: yes (weight 3) and a 1 (weight 1) make 75%', () => {
    const r = scoreObservation(observation({ a: 'yes', b: '1', c: 'notes' }), t)
    expect(r.score).toBeCloseTo(0.75)
    expect(r.percent).toBe(75)
    expect(r.scored).toBe(2)
  })

  it('no (weight 3) and a 4 (weight 1) make 25%: the heavier criterion dominates', () => {
    expect(scoreObservation(observation({ a: 'no', b: '4' }), t).percent).toBe(25)
  })

  it('ignores text criteria and weight-0 criteria', () => {
    const zero = template('t1', [crit('a', 'yesNo', 1), crit('z', 'yesNo', 0)])
    expect(scoreObservation(observation({ a: 'yes', z: 'no' }), zero).percent).toBe(100)
  })
})

describe('scoreObservation: not applicable', () => {
  const t = template('t1', [crit('a', 'yesNo', 1), crit('b', 'scale4', 3), crit('c', 'yesNo', 2)])

  it('leaves NA criteria out of the average instead of counting them as 0', () => {
    const r = scoreObservation(observation({ a: 'yes', b: 'na', c: 'no' }), t)
    expect(r.score).toBeCloseTo(1 / 3)
    expect(r.notApplicable).toBe(1)
    expect(r.scored).toBe(2)
  })

  it('has no score when everything is NA or unanswered', () => {
    const r = scoreObservation(observation({ a: 'na' }), t)
    expect(r.score).toBeUndefined()
    expect(r.percent).toBeUndefined()
    expect(r.unanswered).toBe(2)
  })
})

describe('scoreObservation: must criteria', () => {
  const t = template('t1', [
    crit('plan', 'yesNo', 1, true),
    crit('listen', 'scale4', 5),
    crit('ask', 'scale4', 1, true)
  ])

  it('fails the observation when a must is answered no, however high the score', () => {
    const r = scoreObservation(observation({ plan: 'no', listen: '4', ask: '4' }), t)
    expect(r.percent).toBeGreaterThan(80)
    expect(r.passed).toBe(false)
    expect(r.failedMusts.map((m) => m.criterion.key)).toEqual(['plan'])
  })

  it('a must on a scale is met at 3 or 4 and not met at 1 or 2', () => {
    expect(scoreObservation(observation({ plan: 'yes', listen: '1', ask: '3' }), t).passed).toBe(
      true
    )
    const r = scoreObservation(observation({ plan: 'yes', listen: '4', ask: '2' }), t)
    expect(r.passed).toBe(false)
    expect(r.failedMusts[0]?.value).toBe('2')
  })

  it('an unanswered must fails; a must marked not applicable does not', () => {
    expect(scoreObservation(observation({ listen: '4', ask: '4' }), t).passed).toBe(false)
    expect(scoreObservation(observation({ plan: 'na', listen: '4', ask: '4' }), t).passed).toBe(
      true
    )
  })

  it('passes with a low score when every must is met: the score and the musts are separate', () => {
    const r = scoreObservation(observation({ plan: 'yes', listen: '1', ask: '3' }), t)
    expect(r.passed).toBe(true)
    expect(r.percent).toBeLessThan(30)
  })
})

describe('version freezing', () => {
  const v1 = template('t1', [crit('a', 'yesNo', 1), crit('b', 'yesNo', 1)])

  it('scores an old observation with the version it was made with after the template changes', () => {
    const old = observation({ a: 'yes', b: 'no' }, { templateId: 't1', templateVersion: 1 })
    const revision = reviseTemplate(
      v1,
      { name: v1.name, criteria: [crit('a', 'yesNo', 1), crit('b', 'yesNo', 9, true)] },
      { usedByObservations: true, newId: () => 't2', now: NOW }
    )
    expect(revision.action).toBe('newVersion')
    const v2 = revision.template
    expect(v2).toMatchObject({ id: 't2', templateKey: 'tk', version: 2 })
    const both = [v1, v2]
    expect(templateOf(old, both)?.id).toBe('t1')
    expect(scoreWithOwnTemplate(old, both)).toMatchObject({ percent: 50, passed: true })
    // The same answers under v2 would be 10% and failed: that is not what the old score says.
    expect(scoreObservation(old, v2)).toMatchObject({ percent: 10, passed: false })
    // The original version is untouched.
    expect(v1.criteria[1]?.weight).toBe(1)
  })

  it('finds the version by key and version when the id is unknown (e.g. re-keyed records)', () => {
    const o = observation({}, { templateId: 'gone', templateVersion: 1 })
    expect(templateOf(o, [v1], 'tk')?.id).toBe('t1')
    expect(templateOf(o, [v1])).toBeUndefined()
  })
})
