import { describe, expect, it } from 'vitest'
import { DocumentModel, documentToText } from '../../../src/shared/documents'
import {
  buildPipPacket,
  hashFooter,
  packetDate,
  RECEIPT_NOT_AGREEMENT
} from '../../../src/shared/documents/pipPacket'
import { buildSalesDayOutline } from '../../../src/shared/documents/salesDayOutline'
import { sampleAuditLog, sampleCheckIns, sampleMilestones, samplePlan } from './fixtures'

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
      'Plan period: 2026-10-05 to 2027-01-03 (90 days)',
      'Started from: Follows the coaching plan “Structured sales day” (2026-08-17 to 2026-09-14)',
      '- Customer activities: at least 25 per week',
      'Business impact: Too few conversations to build pipeline.',
      '2026-09-02 | Call review: focus on asking for the meeting',
      "2026-08-17 | Coaching plan “Structured sales day” 2026-08-17 to 2026-09-14; rep's commitment: Prospecting every morning",
      'Customer activities | At least 25 every week | 11 | 25 | Activities logged in the CRM per week | 25 (same)',
      'Meetings with a next step | At least 4 a week | — | 4 | — | 3 (differs; reason: Twice the accounts of the team average)',
      '- Prospecting workshop',
      "Employee's commitment: Two prospecting blocks every morning.",
      '09:00–10:30 | Prospecting | Calls | 5 conversations',
      'Schedule: Daily for two weeks, then weekly',
      'Check-ins: 3, from 2026-10-06 to 2026-10-08',
      '2026-11-02 | Four weeks at 25+ | Customer activities | pending',
      'Further action may follow, up to and including termination.',
      RECEIPT_NOT_AGREEMENT,
      'How: In person',
      'Signature: The employee refused to sign',
      'Witness: Dana Whitfield (HR)',
      'Employee: ____________ Date: ________',
      'HR: ____________ Date: ________',
      'Not decided yet: the plan is active.',
      '2026-09-28 10:00:00 UTC | Jordan Ellis | PIP created as a draft |  | ',
      '2026-09-30 10:00:00 UTC | Jordan Ellis | Status draft to hrReview | draft | hrReview'
    ]) {
      expect(text).toContain(line)
    }
  })

  it('logs every check-in, in date order, with per-goal status and the measured value', () => {
    const text = documentToText(buildPipPacket(input()))
    const log = text.slice(text.indexOf('10. Check-in log'), text.indexOf('11. Outcome'))
    expect(log.split('\n').slice(1)).toEqual([
      'Date | Status | Goals | Notes | Next steps',
      '2026-10-06 | Held | Customer activities: At risk (measured 21: 21 activities logged 2026-09-30 to 2026-10-06 (7 days)) | Both blocks done | + call the top ten accounts',
      '2026-10-07 | Missed | — | Rep was ill | —',
      '2026-10-08 | Scheduled | — | — | —',
      ''
    ])
  })

  it('keeps exports out of the record of changes, so exporting again gives the same packet', () => {
    const text = documentToText(buildPipPacket(input()))
    expect(text).not.toContain('Exported as PDF')
    const more = {
      ...input(),
      auditLog: [...sampleAuditLog(), { ...sampleAuditLog()[3]!, id: 'a5' }]
    }
    expect(documentToText(buildPipPacket(more))).toBe(text)
  })

  it('prints the content hash in the footer only when given, and dates a closed plan by its decision', () => {
    expect(buildPipPacket(input()).footer).toBeUndefined()
    const hash = 'f'.repeat(64)
    const model = buildPipPacket({ ...input(), contentHash: hash })
    expect(model.footer).toBe(hashFooter(hash))
    expect(documentToText(model).endsWith(`Content hash (SHA-256): ${hash}`)).toBe(true)
    const closed = samplePlan({
      status: 'closed',
      outcome: { result: 'unsuccessful', decidedOn: '2027-01-03', note: 'Standard not reached' }
    })
    expect(packetDate(closed, '2027-02-01')).toBe('2027-01-03')
    expect(packetDate(samplePlan(), '2027-02-01')).toBe('2027-02-01')
    const text = documentToText(buildPipPacket({ ...input(), plan: closed }))
    expect(text).toContain('Outcome: Unsuccessful: the standards were not met')
    expect(text).toContain('Decided on: 2027-01-03')
    expect(text).toContain('2026-10-08 | Not held (plan closed) | — | — | —')
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
  it('says logged values the way a person reads them', async () => {
    const { describeValue } = await import('../../../src/shared/documents/auditWords')
    expect(describeValue({ status: 'held', heldOn: '2026-10-06', notes: 'x' })).toBe(
      'held on 2026-10-06'
    )
    expect(describeValue({ refusedToSign: true, employeeComments: 'x' })).toBe('refused to sign')
    expect(describeValue({ result: 'extended', extendedTo: '2027-02-01' })).toBe(
      'extended to 2027-02-01'
    )
    expect(describeValue(['2026-10-06', '2026-10-07', '2026-10-08', '2026-10-09'])).toBe(
      '4 items, 2026-10-06 to 2026-10-09'
    )
    expect(describeValue([{ description: 'Activities', target: 30 }])).toBe('Activities: target 30')
    expect(describeValue(undefined)).toBe('')
    expect(describeValue({ format: 'pdf', hash: 'ab12' })).toBe('PDF ab12')
  })
})

describe('sales-day outline for the rep', () => {
  it('lists every block with its aim and length, and the standards it is tied to', () => {
    const text = documentToText(
      buildSalesDayOutline({ plan: samplePlan(), repName: 'Kevin Walsh', createdOn: '2026-10-08' })
    )
    expect(text).toContain('Your sales day: Kevin Walsh')
    expect(text).toContain('09:00–10:30 | Prospecting | Calls | 5 conversations | 1 h 30 min')
    expect(text).toContain('Time per day: Prospecting 1 h 30 min.')
    expect(text).toContain('- Customer activities: at least 25 per week')
    expect(text).toContain('Check-ins: Daily for two weeks, then weekly')
  })
})
