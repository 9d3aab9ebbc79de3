import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { openDatabase, type FieldbookDb } from '../../src/renderer/src/db/database'
import { PlanRepository } from '../../src/renderer/src/db/planRepository'
import { testContext } from './fixtures'
import { uniqueDbName } from './upgradeHarness'

const draftPip = {
  kind: 'pip' as const,
  repId: 'rep-1',
  title: '90-day plan: CRM discipline',
  status: 'draft' as const,
  startDate: '2026-11-02',
  endDate: '2027-01-31',
  origin: 'scratch' as const,
  roleName: 'Account Executive',
  managerName: 'Jordan Ellis',
  hrContact: 'Priya Shah',
  repCommitment: '',
  expectations: [],
  concerns: [],
  goals: [
    {
      key: 'hygiene',
      description: 'Keep the CRM current',
      standard: 'No open opportunity untouched for 14 days',
      howMeasured: '',
      deviationReason: ''
    }
  ],
  support: [],
  checkInSchedule: 'Weekly',
  checkInPhases: [{ every: 'workday' as const, count: 10 }, { every: 'week' as const }],
  salesDay: [],
  consequences: ''
}

const approval = {
  reviewer: 'Priya Shah',
  reviewedOn: '2026-11-23',
  method: 'meeting' as const,
  decision: 'approved' as const,
  note: ''
}

async function activePlan(plans: PlanRepository) {
  const plan = await plans.add(draftPip, [{ title: 'Clean pipeline', dueDate: '2026-11-30' }])
  await plans.changeStatus(plan.id, 'hrReview')
  return plans.recordHrReview(plan.id, approval)
}

describe('PlanRepository', () => {
  let db: FieldbookDb
  afterEach(() => db?.close())

  it('logs creation and every status change, and follows draft → HR review → active → closed', async () => {
    db = openDatabase(uniqueDbName())
    const ctx = testContext()
    const plans = new PlanRepository(db, ctx)
    await expect(plans.add({ ...draftPip, status: 'active' })).rejects.toThrow(
      'A new plan starts as a draft.'
    )
    const plan = await plans.add(draftPip)
    await expect(plans.changeStatus(plan.id, 'active')).rejects.toThrow(
      'A plan cannot go from draft to active.'
    )
    ctx.advance(1000)
    await plans.changeStatus(plan.id, 'hrReview')
    ctx.advance(1000)
    await expect(plans.changeStatus(plan.id, 'active')).rejects.toThrow(
      /record who at HR reviewed it/
    )
    await plans.recordHrReview(plan.id, { ...approval, method: 'email', note: 'Fine by me.' })
    expect((await plans.get(plan.id))?.hrReview).toMatchObject({ reviewer: 'Priya Shah' })
    const log = await plans.auditLog(plan.id)
    expect(log.map((e) => [e.action, e.summary])).toEqual([
      ['created', 'PIP created as a draft'],
      ['statusChanged', 'Status changed from draft to HR review'],
      [
        'statusChanged',
        'HR review recorded: Approved by Priya Shah on 2026-11-23, by e-mail. HR’s note: Fine by me.'
      ],
      ['checkInAdded', '20 check-ins scheduled from 2026-11-03 to 2027-01-25']
    ])
    expect(new Set(log.map((e) => e.at)).size).toBe(log.length)
    expect(log.map((e) => e.at)).toEqual([...log.map((e) => e.at)].sort())
  })

  it('writes the dated check-ins from the schedule when the plan becomes active', async () => {
    db = openDatabase(uniqueDbName())
    const plans = new PlanRepository(db, testContext())
    const plan = await activePlan(plans)
    const checkIns = await db.checkIns.where('planId').equals(plan.id).sortBy('scheduledFor')
    expect(checkIns).toHaveLength(20)
    expect(checkIns.slice(0, 3).map((c) => c.scheduledFor)).toEqual([
      '2026-11-03',
      '2026-11-04',
      '2026-11-05'
    ])
    expect(checkIns.every((c) => c.status === 'scheduled' && c.repId === 'rep-1')).toBe(true)
  })

  it('refuses to send a plan to HR review while a goal differs from the role standard without a reason', async () => {
    db = openDatabase(uniqueDbName())
    const plans = new PlanRepository(db, testContext())
    const goal = {
      key: 'activities',
      description: 'Customer activities',
      standard: 'At least 30 every week',
      metric: 'activities',
      target: 30,
      roleTarget: 25,
      dimensionKey: 'activities',
      howMeasured: 'CRM',
      deviationReason: ''
    }
    const plan = await plans.add({ ...draftPip, goals: [goal] })
    await expect(plans.changeStatus(plan.id, 'hrReview')).rejects.toThrow(
      /differ from the role's standard first: Customer activities/
    )
    await plans.update(plan.id, {
      goals: [{ ...goal, deviationReason: 'Territory doubled in October' }]
    })
    await expect(plans.changeStatus(plan.id, 'hrReview')).resolves.toMatchObject({
      status: 'hrReview'
    })
  })

  it('allows free edits in draft but makes an active plan append-only', async () => {
    db = openDatabase(uniqueDbName())
    const plans = new PlanRepository(db, testContext())
    const plan = await plans.add(draftPip)
    await plans.update(plan.id, { consequences: 'Employment may end.' })
    await plans.changeStatus(plan.id, 'hrReview')
    await plans.recordHrReview(plan.id, approval)
    await expect(plans.update(plan.id, { title: 'Quietly renamed' })).rejects.toThrow(/append-only/)
    await expect(plans.saveDraft(plan.id, { title: 'x' }, [])).rejects.toThrow(/append-only/)
    expect((await plans.get(plan.id))?.title).toBe(draftPip.title)

    await plans.recordChange(
      plan.id,
      'endDate',
      '2027-02-28',
      'Extended by four weeks after the holidays'
    )
    const log = await plans.auditLog(plan.id)
    expect(log.at(-1)).toMatchObject({
      action: 'fieldChanged',
      field: 'endDate',
      before: '2027-01-31',
      after: '2027-02-28',
      by: 'The manager'
    })
  })

  it('keeps status, acknowledgement, outcome and hash out of recordChange and draft edits', async () => {
    db = openDatabase(uniqueDbName())
    const plans = new PlanRepository(db, testContext())
    const plan = await activePlan(plans)
    for (const field of [
      'status',
      'acknowledgement',
      'outcome',
      'finalHash',
      'hrReview'
    ] as const) {
      await expect(plans.recordChange(plan.id, field, undefined as never, 'x')).rejects.toThrow(
        /only through its own step/
      )
    }
    const draft = await plans.add(draftPip)
    await expect(plans.update(draft.id, { finalHash: 'abc' })).rejects.toThrow(/no finalHash/)
    await expect(plans.update(draft.id, { status: 'active' })).rejects.toThrow(/changeStatus/)
  })

  it('records acknowledgement once, check-ins once each, milestones and notes, all in the log', async () => {
    db = openDatabase(uniqueDbName())
    const ctx = testContext()
    const plans = new PlanRepository(db, ctx)
    const plan = await activePlan(plans)
    await plans.acknowledge(plan.id, {
      receivedOn: '2026-11-02',
      method: 'inPerson',
      refusedToSign: true,
      employeeComments: 'I do not agree with the activity numbers.',
      witness: 'Priya Shah (HR)'
    })
    await expect(
      plans.acknowledge(plan.id, { refusedToSign: false, employeeComments: '', witness: '' })
    ).rejects.toThrow(/already recorded/)

    const [first, second] = await db.checkIns.where('planId').equals(plan.id).sortBy('scheduledFor')
    ctx.advance(60_000)
    await plans.recordCheckIn(first!.id, {
      status: 'held',
      goalChecks: [{ goalKey: 'hygiene', status: 'atRisk', measured: 12, measuredNote: 'n' }],
      notes: 'Half the deals updated.',
      nextSteps: 'Finish the rest by Friday.'
    })
    await expect(
      plans.recordCheckIn(first!.id, { status: 'missed', goalChecks: [], notes: '', nextSteps: '' })
    ).rejects.toThrow(/already recorded/)
    await plans.recordCheckIn(second!.id, {
      status: 'missed',
      goalChecks: [],
      notes: 'Rep was ill',
      nextSteps: ''
    })
    const [milestone] = await db.planMilestones.where('planId').equals(plan.id).toArray()
    await plans.setMilestoneStatus(milestone!.id, 'met')
    await plans.addNote(plan.id, 'Rep asked for a call review with a peer.')
    await plans.addCheckIn(plan.id, '2027-01-29')

    const held = await db.checkIns.get(first!.id)
    expect(held).toMatchObject({
      status: 'held',
      heldOn: first!.scheduledFor,
      nextSteps: 'Finish the rest by Friday.'
    })
    const log = await plans.auditLog(plan.id)
    expect(log.slice(4).map((e) => e.action)).toEqual([
      'acknowledged',
      'checkInHeld',
      'checkInHeld',
      'milestoneChanged',
      'noteAdded',
      'checkInAdded'
    ])
    expect(log.find((e) => e.action === 'checkInHeld')?.summary).toBe(
      `Check-in of ${first!.scheduledFor} held on ${first!.scheduledFor}: Keep the CRM current: At risk`
    )
  })

  it('extends to a new date, then closes with an outcome; a closed plan only takes its final hash, once', async () => {
    db = openDatabase(uniqueDbName())
    const plans = new PlanRepository(db, testContext())
    const plan = await activePlan(plans)
    await expect(plans.changeStatus(plan.id, 'closed')).rejects.toThrow(/with its outcome/)
    await expect(
      plans.close(plan.id, { result: 'extended', decidedOn: '2027-01-31', note: '' })
    ).rejects.toThrow(/new end date/)
    const extended = await plans.close(plan.id, {
      result: 'extended',
      decidedOn: '2027-01-31',
      extendedTo: '2027-03-01',
      note: 'Good progress; needs a full month at standard.'
    })
    expect(extended).toMatchObject({ status: 'active', endDate: '2027-03-01' })
    const closed = await plans.close(plan.id, {
      result: 'successful',
      decidedOn: '2027-03-01',
      note: 'All goals met for four weeks.'
    })
    expect(closed.status).toBe('closed')
    await expect(plans.recordChange(plan.id, 'title', 'x', 'y')).rejects.toThrow(
      'A closed plan cannot change.'
    )
    await expect(plans.addNote(plan.id, 'late note')).rejects.toThrow(
      'A closed plan cannot change.'
    )
    await expect(plans.changeStatus(plan.id, 'active')).rejects.toThrow(/cannot go from closed/)

    const pdf = { document: 'PIP packet', format: 'pdf', fileName: 'p.pdf', sha256: 'a'.repeat(64) }
    const docx = { ...pdf, format: 'docx', fileName: 'p.docx', sha256: 'b'.repeat(64) }
    const outline = { ...pdf, document: 'sales-day outline', sha256: 'c'.repeat(64) }
    await plans.recordExport(plan.id, outline)
    await plans.recordExport(plan.id, pdf, true)
    await plans.recordExport(plan.id, docx, true)
    // The first packet exported after closing fixes the final hash, not another document.
    expect((await plans.get(plan.id))?.finalHash).toBe('a'.repeat(64))
    const log = await plans.auditLog(plan.id)
    expect(log.filter((e) => e.action === 'exported').map((e) => e.after)).toEqual([
      outline,
      pdf,
      docx
    ])
    await expect(
      plans.recordExport(plan.id, { ...pdf, sha256: 'not a hash' }, true)
    ).rejects.toThrow()
    expect(log.filter((e) => e.action === 'outcomeRecorded').map((e) => e.summary)).toEqual([
      'Outcome recorded: extended to 2027-03-01',
      'Outcome recorded: successful, the standards were met'
    ])
  })

  it('takes HR’s decision only with the reviewer’s name, and a send-back returns the plan to draft', async () => {
    db = openDatabase(uniqueDbName())
    const plans = new PlanRepository(db, testContext())
    const plan = await plans.add(draftPip)
    await expect(plans.recordHrReview(plan.id, approval)).rejects.toThrow(
      /while the plan is in HR review/
    )
    await plans.changeStatus(plan.id, 'hrReview')
    await expect(plans.recordHrReview(plan.id, { ...approval, reviewer: '  ' })).rejects.toThrow(
      'Name the person at HR who reviewed the plan.'
    )
    await expect(
      plans.recordHrReview(plan.id, { ...approval, reviewedOn: '2026-12-01' })
    ).rejects.toThrow(/has not come yet/)
    const back = await plans.recordHrReview(plan.id, {
      ...approval,
      decision: 'changesRequested',
      note: 'Add the coaching given in October.'
    })
    expect(back.status).toBe('draft')
    expect(back.hrReview?.decision).toBe('changesRequested')
    expect(await db.checkIns.where('planId').equals(plan.id).count()).toBe(0)
  })

  it('records a check-in on or after its day, earlier only with a reason, never in the future', async () => {
    db = openDatabase(uniqueDbName())
    const ctx = testContext('2026-11-04T15:00:00.000Z')
    const plans = new PlanRepository(db, ctx)
    const draft = await plans.add(draftPip)
    await plans.changeStatus(draft.id, 'hrReview')
    const plan = await plans.recordHrReview(draft.id, { ...approval, reviewedOn: '2026-11-04' })
    const checkIns = await db.checkIns.where('planId').equals(plan.id).sortBy('scheduledFor')
    const later = checkIns.find((c) => c.scheduledFor === '2026-11-06')!
    const result = { status: 'held' as const, goalChecks: [], notes: '', nextSteps: '' }
    await expect(
      plans.recordCheckIn(later.id, { ...result, heldOn: '2026-11-04', earlyReason: ' ' })
    ).rejects.toThrow(
      'This check-in is due on 2026-11-06. To record it as held earlier, on 2026-11-04, say why it was held early.'
    )
    await expect(
      plans.recordCheckIn(later.id, { ...result, heldOn: '2026-11-06' })
    ).rejects.toThrow(
      'A check-in cannot be recorded as held on 2026-11-06: that day has not come yet (today is 2026-11-04).'
    )
    const early = await plans.recordCheckIn(later.id, {
      ...result,
      heldOn: '2026-11-04',
      earlyReason: 'Rep is travelling on the 6th.'
    })
    expect(early).toMatchObject({
      heldOn: '2026-11-04',
      earlyReason: 'Rep is travelling on the 6th.'
    })
    const log = await plans.auditLog(plan.id)
    expect(log.at(-1)?.summary).toBe(
      'Check-in of 2026-11-06 held on 2026-11-04 (early: Rep is travelling on the 6th.): no goal status'
    )
  })

  it('signs audit entries with the manager’s name and title from Settings', async () => {
    db = openDatabase(uniqueDbName())
    await db.settings.put({
      id: 'workspace',
      mode: 'own',
      managerName: 'Dana Reyes',
      managerTitle: 'Regional Sales Manager',
      teamName: '',
      currency: 'USD',
      fiscalYearStartMonth: 1,
      thresholds: { staleOpportunityDays: 30, teamGapPercent: 25, marketShiftShare: 0.6 },
      backups: { keep: 10 },
      createdAt: '2026-11-01T00:00:00.000Z',
      updatedAt: '2026-11-01T00:00:00.000Z'
    })
    const plans = new PlanRepository(db, testContext())
    const plan = await plans.add(draftPip)
    expect((await plans.auditLog(plan.id))[0]?.by).toBe('Dana Reyes, Regional Sales Manager')
  })

  it('has no way to change or delete an audit entry, even straight through Dexie', async () => {
    db = openDatabase(uniqueDbName())
    const plans = new PlanRepository(db, testContext())
    const plan = await activePlan(plans)
    const [entry] = await plans.auditLog(plan.id)
    await expect(db.planAuditLog.update(entry!.id, { summary: 'rewritten' })).rejects.toThrow(
      /append-only/
    )
    await expect(db.planAuditLog.put({ ...entry!, summary: 'rewritten' })).rejects.toThrow(
      /append-only/
    )
    expect((await db.planAuditLog.get(entry!.id))?.summary).toBe(entry!.summary)
    // Deletes too (every way in: test/db/recordOfChanges.test.ts).
    await expect(db.planAuditLog.delete(entry!.id)).rejects.toThrow(/append-only/)
    await expect(db.planAuditLog.clear()).rejects.toThrow(/append-only/)
    expect(await db.planAuditLog.get(entry!.id)).toEqual(entry)
    const methods = Object.getOwnPropertyNames(PlanRepository.prototype)
    expect(methods.filter((m) => /delete|remove|edit|rewrite/i.test(m))).toEqual([])
  })
})
