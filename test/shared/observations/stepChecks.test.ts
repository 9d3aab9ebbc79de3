import { describe, expect, it } from 'vitest'
import {
  allStepProblems,
  correctObservation,
  finalProblems,
  stepProblems
} from '../../../src/shared/observations'
import { crit, observation, template } from './support'

const plan = { whatToSay: '', whatToAskFor: '', desiredNextStep: '', repObjective: '' }
const checklist = template('t1', [
  crit('pre-call-plan', 'yesNo', 3, true),
  crit('agenda', 'yesNo', 1)
])

describe('stepProblems: each step checks its own fields', () => {
  it('a call review names the call on the first step, at the call field', () => {
    const o = observation({}, { kind: 'callReview', callReference: { reference: ' ' } })
    expect(stepProblems('setup', o, checklist)).toEqual([
      { field: 'callReference', message: 'Name the call (a link or a file name).' }
    ])
    const named = { ...o, callReference: { reference: 'call-0412.mp3' } }
    expect(stepProblems('setup', named, checklist)).toEqual([])
  })

  it('setup needs the rep and the stage, and a scenario for a role-play', () => {
    const o = observation({}, { kind: 'rolePlay', repId: '', stageKey: '' })
    expect(stepProblems('setup', o, undefined).map((p) => p.field)).toEqual([
      'repId',
      'stageKey',
      'scenarioId'
    ])
  })

  it('an unanswered must criterion is a problem at that criterion, on the checklist step', () => {
    const o = observation({ agenda: 'no' }, { plan })
    expect(stepProblems('checklist', o, checklist)).toEqual([
      { field: 'criterion-pre-call-plan', message: 'Answer this must criterion.' }
    ])
    expect(stepProblems('plan', o, checklist)).toEqual([])
  })

  it('"Had a pre-call plan: Yes" needs the plan’s objective and desired next step', () => {
    const empty = observation({ 'pre-call-plan': 'yes' }, { plan })
    const [problem] = stepProblems('checklist', empty, checklist)
    expect(problem?.field).toBe('criterion-pre-call-plan')
    expect(problem?.message).toMatch(/answered Yes.*no objective or desired next step/)
    const half = observation(
      { 'pre-call-plan': 'yes' },
      { plan: { ...plan, desiredNextStep: 'Meeting with the CFO' } }
    )
    expect(stepProblems('checklist', half, checklist)).toHaveLength(1)
    const full = observation(
      { 'pre-call-plan': 'yes' },
      { plan: { ...plan, desiredNextStep: 'Meeting with the CFO', repObjective: 'Budget' } }
    )
    expect(stepProblems('checklist', full, checklist)).toEqual([])
    // "No" needs nothing behind it.
    expect(
      stepProblems('checklist', observation({ 'pre-call-plan': 'no' }, { plan }), checklist)
    ).toEqual([])
    // The final check on save says the same.
    expect(finalProblems(empty, checklist).join(' ')).toMatch(/answered Yes/)
  })

  it('outcome: say whether the next step was agreed, and what, when it was', () => {
    const withStep = observation({}, { plan: { ...plan, desiredNextStep: 'Demo' } })
    expect(stepProblems('outcome', withStep, checklist).map((p) => p.field)).toEqual([
      'nextStepAgreed'
    ])
    const yes = { ...withStep, nextStepAgreed: true }
    expect(stepProblems('outcome', yes, checklist)).toEqual([
      { field: 'outcome', message: 'You answered Yes: write what was agreed.' }
    ])
    expect(stepProblems('outcome', { ...yes, outcome: 'Demo on the 12th' }, checklist)).toEqual([])
  })

  it('self-assessment, strength and focus each at their field; all steps in flow order', () => {
    const o = observation({}, { kind: 'callReview', plan })
    expect(allStepProblems(o, checklist).map((p) => `${p.step}:${p.field}`)).toEqual([
      'setup:callReference',
      'checklist:criterion-pre-call-plan',
      'selfAssessment:selfAssessment',
      'feedback:strength',
      'feedback:focus'
    ])
  })
})

describe('correctObservation: a dated revision keeps the earlier words', () => {
  const saved = observation(
    { 'pre-call-plan': 'yes' },
    { strength: 'Good opener', focus: 'Ask for the next step', selfAssessment: 'Went well' }
  )
  const at = '2026-12-05T10:00:00.000Z'

  it('changes the field and records before, after, reason and date', () => {
    const r = correctObservation(saved, { focus: 'Ask for a dated next step' }, 'Typo', at)
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.observation.focus).toBe('Ask for a dated next step')
    expect(r.observation.updatedAt).toBe(at)
    expect(r.observation.revisions).toEqual([
      {
        revisedAt: at,
        reason: 'Typo',
        changes: [
          { field: 'focus', before: 'Ask for the next step', after: 'Ask for a dated next step' }
        ]
      }
    ])
    // A second correction is added after the first; the first stays as it was.
    const again = correctObservation(r.observation, { focus: 'X' }, 'Again', at)
    expect(again.ok && again.observation.revisions?.map((v) => v.reason)).toEqual(['Typo', 'Again'])
  })

  it('refuses no change, no reason, an emptied required field and a draft', () => {
    const fail = (r: ReturnType<typeof correctObservation>) => (r.ok ? [] : r.problems).join(' ')
    expect(fail(correctObservation(saved, { focus: 'Ask for the next step' }, 'x', at))).toMatch(
      /Nothing was changed/
    )
    expect(fail(correctObservation(saved, { focus: 'New' }, '  ', at))).toMatch(/Say why/)
    expect(fail(correctObservation(saved, { strength: ' ' }, 'x', at))).toMatch(
      /Strength cannot be left empty/
    )
    expect(
      fail(correctObservation({ ...saved, status: 'draft' }, { focus: 'New' }, 'x', at))
    ).toMatch(/Only a saved observation/)
  })
})
