import { describe, expect, it } from 'vitest'
import type { Plan, PlanOutcome, PlanStatus } from '../../../src/shared/domain'
import {
  checkInAddition,
  checkInRecording,
  milestoneMarking,
  type CheckInResult
} from '../../../src/shared/plans/checkInSteps'
import {
  planTransition,
  requestProblem,
  type PlanAction
} from '../../../src/shared/plans/lifecycle'
import { samplePlan } from './fixtures'

const context = { today: '2026-10-08' }
const plan = (status: PlanStatus, overrides: Partial<Plan> = {}): Plan => {
  const p: Plan = { ...samplePlan({ status }), ...overrides }
  if (!('acknowledgement' in overrides)) delete p.acknowledgement
  return p
}
const take = (p: Plan, action: PlanAction) => planTransition(p, action, context)
const problem = (p: Plan, action: PlanAction) => {
  const result = take(p, action)
  return result.ok ? 'accepted' : result.problem
}
const outcome = (o: Partial<PlanOutcome>): PlanAction => ({
  type: 'close',
  outcome: { result: 'successful', decidedOn: '2026-10-08', note: '', ...o }
})

describe('closing a plan with its outcome', () => {
  it('gives an outcome only to an active plan', () => {
    expect(problem(plan('draft'), outcome({}))).toBe('Only an active plan gets an outcome.')
    expect(problem(plan('closed'), outcome({}))).toBe('Only an active plan gets an outcome.')
  })

  it('closes a plan and logs the outcome and the status change', () => {
    const o = { result: 'unsuccessful' as const, decidedOn: '2026-10-08', note: 'Below target' }
    expect(take(plan('active'), { type: 'close', outcome: o })).toEqual({
      ok: true,
      next: { outcome: o, status: 'closed' },
      checkInDates: [],
      audit: [
        {
          action: 'outcomeRecorded',
          summary: 'Outcome recorded: unsuccessful, the standards were not met',
          field: 'outcome',
          before: undefined,
          after: o
        },
        {
          action: 'statusChanged',
          summary: 'Plan closed',
          field: 'status',
          before: 'active',
          after: 'closed'
        }
      ]
    })
    const met = take(plan('active'), outcome({}))
    expect(met.ok && met.audit[0]?.summary).toBe(
      'Outcome recorded: successful, the standards were met'
    )
  })

  it('extends an active plan to a later end date, keeping it active', () => {
    const refused = 'An extension needs a new end date after the current one.'
    expect(problem(plan('active'), outcome({ result: 'extended' }))).toBe(refused)
    expect(problem(plan('active'), outcome({ result: 'extended', extendedTo: '2027-01-03' }))).toBe(
      refused
    )
    const result = take(plan('active'), outcome({ result: 'extended', extendedTo: '2027-02-01' }))
    if (!result.ok) throw new Error(result.problem)
    expect(result.next).toMatchObject({ endDate: '2027-02-01', outcome: { result: 'extended' } })
    expect(result.next.status).toBeUndefined()
    expect(
      result.audit.map(({ action, summary, field, before, after }) => [
        action,
        summary,
        field,
        before,
        after
      ])
    ).toEqual([
      [
        'outcomeRecorded',
        'Outcome recorded: extended to 2027-02-01',
        'outcome',
        undefined,
        result.next.outcome
      ],
      ['fieldChanged', 'End date moved by the extension', 'endDate', '2027-01-03', '2027-02-01']
    ])
  })
})

describe('receipt, changes, notes and exports', () => {
  const receipt = { refusedToSign: false, employeeComments: '', witness: '' }
  const ack = (a: Partial<typeof receipt & { signedOn: string }>): PlanAction => ({
    type: 'acknowledge',
    acknowledgement: { ...receipt, ...a }
  })

  it('records receipt once, on an active plan, saying how it went', () => {
    expect(problem(plan('hrReview'), ack({}))).toBe('A plan is acknowledged once it is active.')
    expect(problem(samplePlan(), ack({}))).toBe(
      'Receipt is already recorded; add a note for anything later.'
    )
    const summary = (a: PlanAction) => {
      const r = take(plan('active'), a)
      return r.ok ? r.audit.map((e) => [e.action, e.summary]) : r.problem
    }
    expect(summary(ack({ refusedToSign: true }))).toEqual([
      ['acknowledged', 'Receipt of the plan recorded: the employee refused to sign']
    ])
    expect(summary(ack({ signedOn: '2026-10-06' }))).toEqual([
      ['acknowledged', 'Receipt of the plan recorded: signed by the employee on 2026-10-06']
    ])
    expect(summary(ack({}))).toEqual([['acknowledged', 'Receipt of the plan recorded: not signed']])
    const r = take(plan('active'), ack({ signedOn: '2026-10-06' }))
    expect(r.ok && r.next).toEqual({ acknowledgement: { ...receipt, signedOn: '2026-10-06' } })
  })

  it('records a dated change to a field, never to a field with its own step, never when closed', () => {
    const change = (field: string): PlanAction => ({
      type: 'recordChange',
      field,
      after: '2027-02-01',
      summary: 'End date moved'
    })
    for (const field of ['status', 'acknowledgement', 'outcome', 'finalHash', 'repId', 'hrReview'])
      expect(requestProblem(change(field))).toBe(
        `The ${field} of a plan changes only through its own step.`
      )
    expect(problem(plan('closed'), change('endDate'))).toBe('A closed plan cannot change.')
    expect(take(plan('active'), change('endDate'))).toEqual({
      ok: true,
      next: { endDate: '2027-02-01' },
      checkInDates: [],
      audit: [
        {
          action: 'fieldChanged',
          summary: 'End date moved',
          field: 'endDate',
          before: '2027-01-03',
          after: '2027-02-01'
        }
      ]
    })
  })

  it('adds a trimmed note, refused when empty or on a closed plan', () => {
    expect(requestProblem({ type: 'addNote', text: '  ' })).toBe('A note needs some text.')
    expect(problem(plan('active'), { type: 'addNote', text: '' })).toBe('A note needs some text.')
    expect(problem(plan('closed'), { type: 'addNote', text: 'Late' })).toBe(
      'A closed plan cannot change.'
    )
    const r = take(plan('draft'), { type: 'addNote', text: ' Spoke to HR. ' })
    expect(r.ok && [r.next, r.audit]).toEqual([
      {},
      [{ action: 'noteAdded', summary: 'Spoke to HR.' }]
    ])
  })

  it('logs every exported file with its hash, and fixes the final hash at the first packet of a closed plan', () => {
    const file = {
      document: 'PIP packet',
      format: 'pdf',
      fileName: 'ana-packet.pdf',
      sha256: 'ab'.repeat(32)
    }
    const exported = { type: 'recordExport', file, packet: true } as const
    const entry = {
      action: 'exported',
      summary: `Exported the PIP packet as PDF (“ana-packet.pdf”); SHA-256 ${'ab'.repeat(32)}`,
      field: 'document',
      before: undefined,
      after: file
    }
    expect(take(plan('closed'), exported)).toEqual({
      ok: true,
      next: { finalHash: 'ab'.repeat(32) },
      checkInDates: [],
      audit: [entry]
    })
    const fixed = take(plan('closed', { finalHash: 'first' }), exported)
    expect(fixed.ok && [fixed.next, fixed.audit]).toEqual([{}, [entry]])
    const active = take(plan('active'), exported)
    expect(active.ok && active.next).toEqual({})
    const outline = take(plan('closed'), { ...exported, packet: false })
    expect(outline.ok && outline.next).toEqual({})
  })
})

describe('check-ins and milestones', () => {
  const scheduled = { status: 'scheduled' as const, scheduledFor: '2026-10-07' }
  const held: CheckInResult = {
    status: 'held',
    goalChecks: [
      { goalKey: 'activities', status: 'atRisk', measuredNote: '' },
      { goalKey: 'gone', status: 'met', measuredNote: '' }
    ],
    notes: 'Both blocks done',
    nextSteps: ''
  }
  const record = (p: Plan, result: CheckInResult, checkIn = scheduled) => {
    const r = checkInRecording(p, checkIn, result, context.today)
    return r.ok ? r : r.problem
  }

  it('adds an extra check-in to an active plan only', () => {
    expect(checkInAddition(plan('draft'), '2026-10-20')).toEqual({
      ok: false,
      problem: 'Check-ins belong to an active plan.'
    })
    expect(checkInAddition(plan('active'), '2026-10-20')).toEqual({
      ok: true,
      audit: [
        {
          action: 'checkInAdded',
          summary: 'Check-in added for 2026-10-20',
          field: 'checkIns',
          before: undefined,
          after: '2026-10-20'
        }
      ]
    })
  })

  it('records a scheduled check-in once, on a day that has come, early only with a reason', () => {
    expect(record(plan('closed'), held)).toBe('Check-ins belong to an active plan.')
    expect(record(plan('active'), held, { ...scheduled, status: 'held' } as never)).toBe(
      'This check-in is already recorded; add a note to correct it.'
    )
    expect(record(plan('active'), { ...held, heldOn: '2026-10-09' })).toBe(
      'A check-in cannot be recorded as held on 2026-10-09: that day has not come yet (today is 2026-10-08).'
    )
    expect(record(plan('active'), { ...held, heldOn: '2026-10-06', earlyReason: ' ' })).toBe(
      'This check-in is due on 2026-10-07. To record it as held earlier, on 2026-10-06, say why it was held early.'
    )
  })

  it('logs a held check-in with each goal’s status, and a missed one as missed', () => {
    expect(record(plan('active'), held)).toEqual({
      ok: true,
      next: { ...held, heldOn: '2026-10-07', earlyReason: undefined },
      audit: [
        {
          action: 'checkInHeld',
          summary:
            'Check-in of 2026-10-07 held on 2026-10-07: Customer activities: At risk; gone: Met',
          field: 'checkIn'
        }
      ]
    })
    const early = record(plan('active'), {
      ...held,
      goalChecks: [],
      heldOn: '2026-10-06',
      earlyReason: ' Rep on leave on the 7th '
    })
    expect(typeof early !== 'string' && early.audit[0]?.summary).toBe(
      'Check-in of 2026-10-07 held on 2026-10-06 (early: Rep on leave on the 7th): no goal status'
    )
    const missed = record(plan('active'), { ...held, status: 'missed', heldOn: '2026-10-07' })
    expect(typeof missed !== 'string' && [missed.next.heldOn, missed.audit[0]?.summary]).toEqual([
      undefined,
      'Check-in of 2026-10-07 recorded as missed'
    ])
  })

  it('marks a milestone on an active plan, logging only a real change', () => {
    const m = { title: 'Four weeks at 25+', status: 'pending' as const }
    expect(milestoneMarking(plan('draft'), m, 'met')).toEqual({
      ok: false,
      problem: 'Milestones are marked on an active plan.'
    })
    expect(milestoneMarking(plan('active'), m, 'pending')).toEqual({ ok: true, audit: [] })
    expect(milestoneMarking(plan('active'), m, 'met')).toEqual({
      ok: true,
      audit: [
        {
          action: 'milestoneChanged',
          summary: 'Milestone “Four weeks at 25+” marked met',
          field: 'milestone',
          before: 'pending',
          after: 'met'
        }
      ]
    })
  })
})
