import { describe, expect, it } from 'vitest'
import { buildPipPacket } from '../../../src/shared/documents/pipPacket'
import { renderDocument } from '../../../src/shared/documents/render'
import { makePdfInNode } from '../../../src/main/render/pdf'
import { pdfBytesToText } from '../../support/documentText'
import {
  sampleAuditLog,
  sampleCheckIns,
  sampleMilestones,
  samplePlan
} from '../../shared/plans/fixtures'

/** Helvetica draws a soft hyphen as a visible one: e-mails and ids must come out whole. */
describe('names, e-mails and ids in the PDF', () => {
  it('are never broken inside a word, in table cells or fields', async () => {
    const email = 'kevin.walsh@demo-fieldbook.example'
    const ref = 'obs-3f2a9c1e-7b4d-4e21'
    const plan = samplePlan({
      concerns: [
        {
          title: 'Activity well below the standard',
          examples: [`Emailed ${email} on 2026-09-01`],
          businessImpact: '',
          coachingGiven: [{ date: '2026-09-02', summary: 'Call review', ref }]
        }
      ]
    })
    const model = buildPipPacket({
      plan,
      repName: 'Kevin Walsh',
      repEmail: email,
      milestones: sampleMilestones(),
      checkIns: sampleCheckIns(),
      auditLog: sampleAuditLog(),
      createdOn: '2026-10-08'
    })
    const text = pdfBytesToText(await renderDocument(model, 'pdf', makePdfInNode))
    expect(text).not.toContain('\u00ad')
    expect(text).not.toMatch(/fieldb-\s*ook/)
    // In the employee field and in the evidence table's cells, each token on one line.
    expect(text.split(email).length - 1).toBeGreaterThanOrEqual(2)
    // Record ids are internal: the evidence names the coaching, never its id.
    expect(text).not.toContain(ref)
  })
})
