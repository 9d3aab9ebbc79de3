import { describe, expect, it } from 'vitest'
import { DocumentModel, documentToText } from '../../../src/shared/documents'
import {
  buildPipPacket,
  packetDate,
  RECEIPT_NOT_AGREEMENT
} from '../../../src/shared/documents/pipPacket'
import { buildSalesDayOutline } from '../../../src/shared/documents/salesDayOutline'
import type { PlanAuditEntry } from '../../../src/shared/domain'
import { sampleAuditLog, sampleCheckIns, sampleMilestones, samplePlan } from './fixtures'
import { chainAsFound, chainEntry } from '../../../src/shared/plans/auditChain'

const input = () => ({
  plan: samplePlan(),
  repName: 'Kevin Walsh',
  repEmail: 'kevin@example.com',
  milestones: sampleMilestones(),
  checkIns: sampleCheckIns(),
  auditLog: sampleAuditLog(),
  coachingPlan: {
    title: 'Structured sales day',
    startDate: '2026-08-17',
    endDate: '2026-09-14',
    repCommitment: 'Prospecting every morning',
    status: 'closed' as const
  },
  createdOn: '2026-10-08'
})

describe('PIP packet', () => {
  it('has every section HR expects, in order, and validates as a document', () => {
    const model = buildPipPacket(input())
    expect(DocumentModel.safeParse(model).success).toBe(true)
    const headings = model.blocks
      .filter((b) => b.kind === 'heading' && b.level === 2)
      .map((b) => (b.kind === 'heading' ? b.text : ''))
    expect(headings).toEqual([
      '1. Plan details',
      "2. The role's expectations",
      '3. Specific concerns',
      '4. Measurable goals',
      '5. Actions, support and training the company provides',
      '6. Check-in schedule',
      '7. Milestones',
      '8. Consequences',
      '9. Acknowledgement',
      '10. Check-in log',
      '11. Outcome',
      'Appendix A. Evidence',
      'Appendix B. Record of changes'
    ])
    const text = documentToText(model)
    for (const line of [
      'Performance improvement plan: Kevin Walsh',
      'Employee: Kevin Walsh (kevin@example.com)',
      'Role: Account Executive',
      'Manager: Jordan Ellis',
      'HR contact: Dana Whitfield',
      'Plan period: Oct 5, 2026 to Jan 3, 2027 (90 days)',
      'Started from: Follows the coaching plan “Structured sales day” (Aug 17, 2026 to Sep 14, 2026)',
      '- Customer activities: at least 25 per week',
      'Business impact: Too few conversations to build pipeline.',
      'Sep 2, 2026 | Call review: focus on asking for the meeting',
      "Aug 17, 2026 | Coaching plan “Structured sales day” Aug 17, 2026 to Sep 14, 2026; rep's commitment: Prospecting every morning",
      'Customer activities | At least 25 every week | 11 | 25 | Activities logged in the CRM per week | 25 (same)',
      'Meetings with a next step | At least 4 a week | — | 4 | — | 3 (differs; reason: Twice the accounts of the team average)',
      '- Prospecting workshop',
      "Employee's commitment: Two prospecting blocks every morning.",
      '09:00–10:30 | Prospecting | Calls | 5 conversations',
      'Schedule: Daily for two weeks, then weekly',
      'Check-ins: 3, from Oct 6, 2026 to Oct 8, 2026',
      'Nov 2, 2026 | Four weeks at 25+ | Customer activities | Pending',
      'Further action may follow, up to and including termination.',
      RECEIPT_NOT_AGREEMENT,
      'How: In person',
      'Signature: The employee refused to sign',
      'Witness: Dana Whitfield (HR)',
      'Employee (Kevin Walsh): ____________ Date: ________',
      'Manager (Jordan Ellis): ____________ Date: ________',
      'HR (Dana Whitfield): ____________ Date: ________',
      'Not decided yet: the plan is active. The outcome is chosen when the plan closes.',
      'When | Who | What happened',
      'Sep 28, 2026, 10:00 UTC | Jordan Ellis | PIP created as a draft.',
      'Sep 30, 2026, 10:00 UTC | Jordan Ellis | Status changed from draft to in HR review.'
    ]) {
      expect(text).toContain(line)
    }
  })

  it('logs every check-in, in date order, with per-goal status and the measured value', () => {
    const text = documentToText(buildPipPacket(input()))
    const log = text.slice(text.indexOf('10. Check-in log'), text.indexOf('11. Outcome'))
    expect(log.split('\n').slice(1)).toEqual([
      'Date | Status | Goals | Notes | Next steps',
      'Oct 6, 2026 | Held | Customer activities: At risk (measured 21: 21 activities logged Sep 30, 2026 to Oct 6, 2026 (7 days)) | Both blocks done | + call the top ten accounts',
      'Oct 7, 2026 | Missed | — | Rep was ill | —',
      'Oct 8, 2026 | Scheduled | — | — | —',
      ''
    ])
  })

  it('keeps exports out of the record of changes, so exporting again gives the same packet', () => {
    const text = documentToText(buildPipPacket(input()))
    expect(text).not.toContain('Exported as PDF')
    const more = {
      ...input(),
      auditLog: [
        ...sampleAuditLog(),
        chainEntry(
          { ...sampleAuditLog()[3]!, id: 'a5', at: '2026-10-07T10:00:00.000Z' },
          sampleAuditLog()[3]
        )
      ]
    }
    expect(documentToText(buildPipPacket(more))).toBe(text)
  })

  it('prints the record’s chain status on every page and in Appendix B, and dates a closed plan by its decision', () => {
    const chained = chainAsFound(sampleAuditLog())
    const intact = buildPipPacket({ ...input(), auditLog: chained })
    expect(intact.footer).toBe('Record of changes: unbroken when this document was made.')
    expect(documentToText(intact)).toContain(
      'Checked when this document was made: the record is unbroken.'
    )
    const changed = chained.map((e, i) => (i === 1 ? { ...e, summary: 'Rewritten later' } : e))
    const broken = buildPipPacket({ ...input(), auditLog: changed })
    expect(broken.footer).toBe(
      'Record of changes: BROKEN in 1 place when this document was made (see Appendix B).'
    )
    const brokenText = documentToText(broken)
    expect(brokenText).toContain('Warning: the record of changes is BROKEN in 1 place.')
    expect(brokenText).toContain(
      'Entry 2 (Sep 30, 2026, 10:00 UTC, “Rewritten later”) was changed after it was written: its content no longer matches its hash.'
    )
    const closed = samplePlan({
      status: 'closed',
      outcome: { result: 'unsuccessful', decidedOn: '2027-01-03', note: 'Standard not reached' }
    })
    expect(packetDate(closed, '2027-02-01')).toBe('2027-01-03')
    expect(packetDate(samplePlan(), '2027-02-01')).toBe('2027-02-01')
    const text = documentToText(buildPipPacket({ ...input(), plan: closed }))
    expect(text).toContain('Outcome: Unsuccessful: the standards were not met')
    expect(text).toContain('Decided on: Jan 3, 2027')
    expect(text).toContain('Oct 8, 2026 | Not held (plan closed) | — | — | —')
  })

  it('drops characters a DOCX or PDF cannot hold and keeps long text whole', () => {
    const long = 'word '.repeat(5_000).trim()
    const plan = samplePlan({
      title: 'T\u0007itle',
      concerns: [
        {
          title: `Long ${'x'.repeat(3_000)}`,
          examples: [long],
          businessImpact: '\uD800 lone',
          coachingGiven: []
        }
      ]
    })
    const model = buildPipPacket({ ...input(), plan })
    expect(DocumentModel.safeParse(model).success).toBe(true)
    const text = documentToText(model)
    // eslint-disable-next-line no-control-regex
    expect(text).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/)
    expect(text).toContain(long)
    expect(text).toContain('Business impact:  lone')
    expect(text).toContain("Employee's comments: My territory is smaller. Oddchar")
  })
})

describe('record of changes in words', () => {
  it('writes each entry as sentences, with no raw data or internal names', async () => {
    const { changeSentence } = await import('../../../src/shared/documents/auditWords')
    const entry = (over: Partial<PlanAuditEntry>) => ({
      action: 'noteAdded' as const,
      summary: '',
      ...over
    })
    expect(
      changeSentence(
        entry({
          action: 'statusChanged',
          summary: 'Sent to HR for review',
          before: 'draft',
          after: 'hrReview'
        })
      )
    ).toBe('Sent to HR for review. Status changed from draft to in HR review.')
    expect(
      changeSentence(entry({ action: 'checkInHeld', summary: 'Check-in held: offTrack' }))
    ).toBe('Check-in held: off track.')
    expect(
      changeSentence(
        entry({
          action: 'fieldChanged',
          field: 'endDate',
          summary: 'Moved for the holidays',
          before: '2027-01-03',
          after: '2027-01-31'
        })
      )
    ).toBe('Moved for the holidays. End date changed from Jan 3, 2027 to Jan 31, 2027.')
    const packet = documentToText(buildPipPacket(input()))
    const log = packet.slice(packet.indexOf('Appendix B. Record of changes'))
    expect(log).not.toMatch(/hrReview|offTrack|onTrack|atRisk|[{}[\]"]|→/)
    expect(log).toContain('Status changed from in HR review to active.')
  })
})

describe('what HR checks first', () => {
  it('prints the role, the role’s expectations and who at HR reviewed the plan, how and when', () => {
    const plan = samplePlan({
      expectations: [],
      hrReview: {
        reviewer: 'Dana Whitfield',
        reviewedOn: '2026-10-02',
        method: 'email',
        decision: 'approved',
        note: 'Goals match the role.'
      }
    })
    const text = documentToText(
      buildPipPacket({
        ...input(),
        plan,
        roleExpectations: ['Customer activities: at least 25 per week', 'Win rate: at least 25%']
      })
    )
    for (const line of [
      'Role: Account Executive',
      '- Customer activities: at least 25 per week',
      '- Win rate: at least 25%',
      'HR review',
      'Reviewed by: Dana Whitfield',
      'Reviewed on: Oct 2, 2026',
      'How: By e-mail',
      'Decision: Approved',
      "HR's note: Goals match the role."
    ])
      expect(text).toContain(line)
    expect(text).not.toContain('None recorded')
    const draft = documentToText(
      buildPipPacket({ ...input(), plan: samplePlan({ status: 'draft' }) })
    )
    expect(draft).toContain('Not reviewed by HR yet.')
  })

  it('warns when a PIP started with no coaching on record, with the manager’s explanation', () => {
    const warned = documentToText(
      buildPipPacket({
        ...input(),
        plan: samplePlan({
          coachingBefore: {
            records: 0,
            checkedOn: '2026-10-01',
            explanation: 'Rep joined from another team last month.'
          }
        })
      })
    )
    expect(warned).toContain(
      'Warning: No coaching plan or documented coaching (1:1 coaching notes, observations) is on record before this PIP.'
    )
    expect(warned).toContain('coach first, then hold accountable')
    expect(warned).toContain("Manager's explanation: Rep joined from another team last month.")
    const coached = documentToText(
      buildPipPacket({
        ...input(),
        plan: samplePlan({
          coachingBefore: { records: 3, checkedOn: '2026-10-01', explanation: '' }
        })
      })
    )
    expect(coached).not.toContain('Warning:')
    expect(coached).toContain('Coaching before this plan: 3 dated records of coaching')
  })

  it('prints money goals as money in the workspace currency, never cents', () => {
    const revenue = {
      key: 'revenue',
      description: 'Closed-won revenue',
      standard: 'At least $300,000 every quarter',
      metric: 'closedWonRevenue',
      target: 30_000_000,
      currency: 'USD',
      roleTarget: 30_000_000,
      baseline: 12_345_678,
      howMeasured: 'Deals won in the CRM',
      deviationReason: ''
    }
    const plan = samplePlan({ goals: [revenue] })
    const checkIns = [
      {
        ...sampleCheckIns()[1]!,
        goalChecks: [
          { goalKey: 'revenue', status: 'offTrack' as const, measured: 9_000_050, measuredNote: '' }
        ]
      }
    ]
    const text = documentToText(buildPipPacket({ ...input(), plan, checkIns }))
    expect(text).toContain(
      'Closed-won revenue | At least $300,000 every quarter | $123,456.78 | $300,000 | Deals won in the CRM | $300,000 (same)'
    )
    expect(text).toContain('Closed-won revenue: Off track (measured $90,000.50)')
    expect(text).not.toMatch(/30000000|12345678|9000050/)
  })

  it('says why a check-in was held before its day', () => {
    const early = {
      ...sampleCheckIns()[1]!,
      scheduledFor: '2026-10-09',
      heldOn: '2026-10-06',
      earlyReason: 'Rep on leave on the 9th'
    }
    const text = documentToText(buildPipPacket({ ...input(), checkIns: [early] }))
    expect(text).toContain('Oct 9, 2026 | Held Oct 6, 2026 (early: Rep on leave on the 9th)')
  })
})

describe('sales-day outline for the rep', () => {
  it('lists every block with its aim and length, and the standards it is tied to', () => {
    const text = documentToText(
      buildSalesDayOutline({ plan: samplePlan(), repName: 'Kevin Walsh', createdOn: '2026-10-08' })
    )
    expect(text).toContain('Your sales day: Kevin Walsh')
    // Days written as everywhere else in the documents, not as stored (2026-10-05).
    expect(text).toContain('90-day plan: activity · Oct 5, 2026 to Jan 3, 2027')
    expect(text).toContain('09:00–10:30 | Prospecting | Calls | 5 conversations | 1 h 30 min')
    expect(text).toContain('Time per day: Prospecting 1 h 30 min.')
    expect(text).toContain('- Customer activities: at least 25 per week')
    expect(text).toContain('Check-ins: Daily for two weeks, then weekly')
  })
})
