import { describe, expect, it } from 'vitest'
import { createAccountExecutiveRole } from '../../../src/shared/defaults'
import { DocumentModel, documentToText } from '../../../src/shared/documents'
import { renderDocument } from '../../../src/shared/documents/render'
import { makePdfInNode } from '../../../src/main/render/pdf'
import { pdfBytesInfo, pdfBytesToText } from '../../support/documentText'
import {
  expectationsSheet,
  expectationsSheetFileName
} from '../../../src/shared/documents/expectationsSheet'

const NOW = '2026-11-23T09:00:00.000Z'
const { role, expectationSet } = createAccountExecutiveRole('role-ae', 'set-ae', NOW)

const diego = {
  id: 'diego',
  name: 'Diego Hernández',
  startDate: '2026-10-24', // 30 days before today: month 2 of 3
  rampMonths: 3,
  territory: 'Philadelphia',
  email: undefined
}

function sheet(overrides = expectationSet.overrides, rep = diego) {
  return expectationsSheet({
    rep,
    role,
    set: {
      ...expectationSet,
      overrides,
      prioritiesPeriod: 'Q4 2026'
    },
    currency: 'USD',
    today: '2026-11-23',
    managerName: 'Jordan Ellis',
    teamName: 'Mid-Market East'
  })
}

describe('expectationsSheet', () => {
  it('is a valid document with the rep, role, manager and date at the top', () => {
    const model = sheet()
    expect(DocumentModel.parse(model)).toEqual(model)
    expect(model).toMatchObject({
      title: 'Expectations: Diego Hernández',
      subtitle: 'Account Executive · Mid-Market East',
      author: 'Jordan Ellis',
      createdOn: '2026-11-23',
      footer: 'Expectations sheet for Diego Hernández, Account Executive, as of November 23, 2026'
    })
    const text = documentToText(model)
    expect(text).toContain('Rep: Diego Hernández, Philadelphia')
    expect(text).toContain('Role: Account Executive, started October 24, 2026')
    expect(text).toContain('Date: November 23, 2026, from Jordan Ellis')
  })

  it('lists every expectation with the target the rep is held to and how it is measured', () => {
    const text = documentToText(sheet())
    expect(text).toContain('Expectation | Target | How it is measured')
    // Revenue is prorated by the ramp (month 2 of 3 → 50%); activities are not.
    expect(text).toContain(
      'Closed-won revenue (lagging, weight 30) | at least $150,000 per quarter (ramp: 50%) | Sum of the amounts of deals marked won in the CRM with a close date in the period.'
    )
    expect(text).toContain(
      'Customer activities (leading, weight 10) | at least 25 per week | Calls, emails, meetings and tasks logged in the CRM, counted per period.'
    )
    expect(text).toContain(
      'Travel and entertainment expenses (lagging, weight 5) | at most $1,500 per month | Travel and entertainment expenses entered for the period.'
    )
  })

  it('explains the ramp in words, with the day the full target applies', () => {
    expect(documentToText(sheet())).toContain(
      '50% of target, month 2 of a 3-month ramp: until January 22, 2027 the results targets (closed-won revenue, new pipeline created) are prorated; activity, quality and hygiene standards apply in full from day one.'
    )
    const veteran = documentToText(sheet([], { ...diego, startDate: '2020-01-06' }))
    expect(veteran).toContain('Your 3-month ramp is complete: the full standard applies.')
    expect(veteran).toContain(
      'Closed-won revenue (lagging, weight 30) | at least $300,000 per quarter |'
    )
    const noRamp = documentToText(sheet([], { ...diego, rampMonths: 0 }))
    expect(noRamp).toContain('No ramp: the full standard applies.')
  })

  it('shows a target set differently for the rep, with the reason', () => {
    const text = documentToText(
      sheet([
        {
          repId: 'diego',
          dimensionKey: 'closed-won-revenue',
          target: 20_000_000,
          reason: 'Philadelphia patch is being rebuilt after the re-cut.',
          setAt: NOW
        }
      ])
    )
    expect(text).toContain('Targets set differently for you')
    expect(text).toContain(
      '- Closed-won revenue: at least $200,000 per quarter instead of at least $300,000 per quarter. Reason: Philadelphia patch is being rebuilt after the re-cut.'
    )
    expect(text).toContain(
      'Closed-won revenue (lagging, weight 30) | at least $100,000 per quarter (your own target, see below; ramp: 50%)'
    )
    // Other reps' overrides are not on this rep's sheet.
    const other = documentToText(
      sheet([
        {
          repId: 'someone-else',
          dimensionKey: 'win-rate',
          target: 5,
          reason: 'Not for Diego at all.',
          setAt: NOW
        }
      ])
    )
    expect(other).not.toContain('Targets set differently for you')
  })

  it('carries the team priorities and what the team stops doing', () => {
    const text = documentToText(sheet())
    expect(text).toContain('Team priorities, Q4 2026')
    expect(text).toContain('- Every meeting ends with a dated next step the customer agreed to')
    expect(text).toContain('What the team stops doing')
    expect(text).toContain('- Sending proposals nobody asked for')
  })

  it('says so when the role has no expectations or priorities yet', () => {
    const text = documentToText(
      expectationsSheet({
        rep: diego,
        role: { ...role, description: '' },
        set: { ...expectationSet, dimensions: [], teamPriorities: [], stopDoing: [] },
        currency: 'USD',
        today: '2026-11-23'
      })
    )
    expect(text).toContain('No expectations are written down for this role yet.')
    expect(text).toContain('No team priorities written down.')
    expect(text).toContain('Nothing written down.')
    expect(text).toContain('Date: November 23, 2026\n')
    expect(text).toContain(
      'Month 2 of a 3-month ramp, until January 22, 2027; this plan has no results targets to prorate, so the full standard applies.'
    )
  })

  it('fits on one page as a PDF, even with an override and a ramp', async () => {
    const model = sheet([
      {
        repId: 'diego',
        dimensionKey: 'closed-won-revenue',
        target: 20_000_000,
        reason:
          'Philadelphia patch is being rebuilt after the re-cut; two of the largest accounts moved to the enterprise team in September and will not come back this year.',
        setAt: NOW
      },
      {
        repId: 'diego',
        dimensionKey: 'activities',
        target: 30,
        reason: 'Agreed a higher activity bar while the territory is rebuilt.',
        setAt: NOW
      }
    ])
    const bytes = await renderDocument(model, 'pdf', makePdfInNode)
    expect(pdfBytesInfo(bytes).Pages).toBe('1')
    expect(pdfBytesToText(bytes).replace(/\s+/g, ' ')).toContain('Targets set differently for you')
  })

  it('makes a plain file name', () => {
    expect(expectationsSheetFileName('Diego Hernández', '2026-11-23')).toBe(
      'Expectations - Diego Hernandez - 2026-11-23'
    )
    expect(expectationsSheetFileName('///', '2026-11-23')).toBe('Expectations - rep - 2026-11-23')
  })
})
