import { describe, expect, it } from 'vitest'
import type { HrReview, Plan, PlanStatus } from '../../../src/shared/domain'
import {
  ALLOWED_TRANSITIONS,
  draftEditProblem,
  isAppendOnly,
  planCreation,
  planTransition,
  requestProblem,
  type PlanAction
} from '../../../src/shared/plans/lifecycle'
import { samplePlan } from './fixtures'

const context = { today: '2026-10-05' }
/** The fixture PIP (every goal's deviation explained) with no receipt yet, in a given status. */
const plan = (status: PlanStatus, overrides: Partial<Plan> = {}): Plan => {
  const p: Plan = { ...samplePlan({ status }), ...overrides }
  if (!('acknowledgement' in overrides)) delete p.acknowledgement
  return p
}
const refusal = (p: Plan, action: PlanAction) => {
  const result = planTransition(p, action, context)
  return result.ok ? 'accepted' : result.problem
}
const approval: HrReview = {
  reviewer: 'Priya Shah',
  reviewedOn: '2026-10-02',
  method: 'meeting',
  decision: 'approved',
  note: ''
}

describe('the plan lifecycle', () => {
  it('allows draft → HR review → active → closed, and HR review back to draft, nothing else', () => {
    expect(ALLOWED_TRANSITIONS).toEqual({
      draft: ['hrReview'],
      hrReview: ['draft', 'active'],
      active: ['closed'],
      closed: []
    })
    expect(isAppendOnly({ status: 'draft' })).toBe(false)
    expect(isAppendOnly({ status: 'hrReview' })).toBe(false)
    expect(isAppendOnly({ status: 'active' })).toBe(true)
    expect(isAppendOnly({ status: 'closed' })).toBe(true)
  })

  it('creates only drafts, and logs the creation by kind', () => {
    expect(planCreation({ status: 'draft', kind: 'pip' })).toEqual({
      ok: true,
      audit: [{ action: 'created', summary: 'PIP created as a draft' }]
    })
    expect(planCreation({ status: 'draft', kind: 'coaching' })).toMatchObject({
      audit: [{ action: 'created', summary: 'Coaching plan created as a draft' }]
    })
    expect(planCreation({ status: 'active', kind: 'pip' })).toEqual({
      ok: false,
      problem: 'A new plan starts as a draft.'
    })
  })

  it('lets a draft be edited freely, but not its status, later fields or an active record', () => {
    expect(draftEditProblem(plan('draft'), { title: 'New title' })).toBeUndefined()
    expect(draftEditProblem(undefined, { title: 'New title' })).toBeUndefined()
    expect(draftEditProblem(plan('active'), { title: 'x' })).toBe(
      'This plan is active: its record is append-only. Record a dated change instead of editing.'
    )
    expect(draftEditProblem(plan('closed'), {})).toMatch(/^This plan is closed: /)
    expect(draftEditProblem(plan('draft'), { status: 'active' })).toBe(
      'Change a plan’s status with changeStatus, so the change is logged.'
    )
    expect(draftEditProblem(plan('draft'), { status: 'draft' })).toBeUndefined()
    expect(draftEditProblem(plan('hrReview'), { outcome: undefined })).toBe(
      'A draft has no outcome yet.'
    )
  })

  it('sends a draft to HR review with a logged status change', () => {
    const result = planTransition(
      plan('draft'),
      { type: 'changeStatus', status: 'hrReview' },
      context
    )
    expect(result).toEqual({
      ok: true,
      next: { status: 'hrReview' },
      checkInDates: [],
      audit: [
        {
          action: 'statusChanged',
          summary: 'Status changed from draft to HR review',
          field: 'status',
          before: 'draft',
          after: 'hrReview'
        }
      ]
    })
    const named = planTransition(
      plan('draft'),
      { type: 'changeStatus', status: 'hrReview', summary: 'Sent to HR for review' },
      context
    )
    expect(named.ok && named.audit[0]?.summary).toBe('Sent to HR for review')
  })

  it('refuses every move the lifecycle does not allow', () => {
    const to = (status: PlanStatus): PlanAction => ({ type: 'changeStatus', status })
    expect(refusal(plan('draft'), to('active'))).toBe('A plan cannot go from draft to active.')
    expect(refusal(plan('draft'), to('draft'))).toBe('A plan cannot go from draft to draft.')
    expect(refusal(plan('active'), to('hrReview'))).toBe(
      'A plan cannot go from active to HR review.'
    )
    expect(refusal(plan('closed'), to('draft'))).toBe('A plan cannot go from closed to draft.')
    expect(refusal(plan('active'), to('closed'))).toBe('Close a plan with its outcome (close).')
    expect(requestProblem(to('closed'))).toBe('Close a plan with its outcome (close).')
    expect(requestProblem(to('hrReview'))).toBeUndefined()
  })

  it('sends nothing to HR review while a goal differs from the role standard without a reason', () => {
    const goals = samplePlan().goals.map((g) => ({ ...g, deviationReason: '' }))
    expect(refusal(plan('draft', { goals }), { type: 'changeStatus', status: 'hrReview' })).toBe(
      "Explain why these goals differ from the role's standard first: Meetings with a next step."
    )
  })
})

describe('the HR gate', () => {
  it('lets a plan leave HR review only with HR’s recorded decision', () => {
    for (const status of ['active', 'draft'] as const)
      expect(refusal(plan('hrReview'), { type: 'changeStatus', status })).toBe(
        'A plan leaves HR review with HR’s decision: record who at HR reviewed it, when, how and what they decided.'
      )
    expect(refusal(plan('draft'), { type: 'recordHrReview', review: approval })).toBe(
      'HR’s decision is recorded while the plan is in HR review.'
    )
    expect(refusal(plan('active'), { type: 'recordHrReview', review: approval })).toBe(
      'HR’s decision is recorded while the plan is in HR review.'
    )
  })

  it('needs a named reviewer and a review day between the writing and today', () => {
    const review = (r: Partial<HrReview>): PlanAction => ({
      type: 'recordHrReview',
      review: { ...approval, ...r }
    })
    expect(refusal(plan('hrReview'), review({ reviewer: '  ' }))).toBe(
      'Name the person at HR who reviewed the plan.'
    )
    expect(refusal(plan('hrReview'), review({ reviewedOn: '2026-10-06' }))).toBe(
      'The review date 2026-10-06 has not come yet.'
    )
    expect(refusal(plan('hrReview'), review({ reviewedOn: '2026-09-30' }))).toBe(
      'The review date is before the plan was written.'
    )
    expect(refusal(plan('hrReview'), review({ reviewedOn: '2026-10-01' }))).toBe('accepted')
    expect(refusal(plan('hrReview'), review({ reviewedOn: '2026-10-05' }))).toBe('accepted')
  })

  it('activates an approved plan, scheduling its check-ins, and logs both', () => {
    const result = planTransition(
      plan('hrReview'),
      { type: 'recordHrReview', review: { ...approval, method: 'email', note: ' Fine by me. ' } },
      context
    )
    if (!result.ok) throw new Error(result.problem)
    expect(result.next).toEqual({
      hrReview: { ...approval, method: 'email', note: ' Fine by me. ' },
      status: 'active'
    })
    expect(result.checkInDates).toHaveLength(20)
    expect(result.checkInDates.slice(0, 3)).toEqual(['2026-10-06', '2026-10-07', '2026-10-08'])
    expect(result.checkInDates.slice(9, 11)).toEqual(['2026-10-19', '2026-10-26'])
    expect(result.audit).toEqual([
      {
        action: 'statusChanged',
        summary:
          'HR review recorded: Approved by Priya Shah on 2026-10-02, by e-mail. HR’s note: Fine by me.',
        field: 'status',
        before: 'hrReview',
        after: 'active'
      },
      {
        action: 'checkInAdded',
        summary: '20 check-ins scheduled from 2026-10-06 to 2026-12-28',
        field: 'checkIns',
        before: undefined,
        after: result.checkInDates
      }
    ])
  })

  it('sends a plan back to draft when HR asks for changes, with no check-ins', () => {
    const review: HrReview = { ...approval, decision: 'changesRequested', method: 'phone' }
    const result = planTransition(plan('hrReview'), { type: 'recordHrReview', review }, context)
    expect(result).toEqual({
      ok: true,
      next: { hrReview: review, status: 'draft' },
      checkInDates: [],
      audit: [
        {
          action: 'statusChanged',
          summary:
            'HR review recorded: Sent back for changes by Priya Shah on 2026-10-02, by phone.',
          field: 'status',
          before: 'hrReview',
          after: 'draft'
        }
      ]
    })
  })

  it('writes no check-in entry when the schedule gives no day', () => {
    const result = planTransition(
      plan('hrReview', { checkInPhases: [] }),
      { type: 'recordHrReview', review: approval },
      context
    )
    expect(result.ok && result.audit.map((a) => a.action)).toEqual(['statusChanged'])
    expect(result.ok && result.checkInDates).toEqual([])
  })
})
