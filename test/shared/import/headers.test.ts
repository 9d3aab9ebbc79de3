import { describe, expect, it } from 'vitest'
import {
  matchHeaders,
  normaliseHeader,
  OPPORTUNITY_SYNONYMS,
  type OpportunityField
} from '../../../src/shared/import/values'

describe('normaliseHeader', () => {
  it.each<[string, string]>([
    ['Opportunity Owner', 'opportunityowner'],
    ['OwnerId', 'ownerid'],
    ['owner_id', 'ownerid'],
    [' Close  Date ', 'closedate'],
    ['\uFEFFClose Date', 'closedate'],
    ['\uFEFF"Id"', 'id'],
    ['Deal - Expected close date', 'dealexpectedclosedate'],
    ['Probability (%)', 'probability'],
    ['Account.Name', 'accountname'],
    ['Date de clôture', 'datedecloture'],
    ['CLOSE-DATE', 'closedate'],
    ['', ''],
    ['  --  ', '']
  ])('%j → %j', (input, key) => {
    expect(normaliseHeader(input)).toBe(key)
  })
})

type Expected = Partial<Record<OpportunityField, number>>

describe('matchHeaders with OPPORTUNITY_SYNONYMS', () => {
  it.each<[string, string[], Expected, string[]]>([
    [
      'Salesforce report',
      [
        'Opportunity Owner',
        'Account Name',
        'Opportunity Name',
        'Stage',
        'Amount',
        'Probability (%)',
        'Close Date',
        'Created Date',
        'Next Step',
        'Last Activity',
        'Opportunity ID',
        'Amount Currency',
        'Amount (Converted)'
      ],
      {
        owner: 0,
        account: 1,
        name: 2,
        stage: 3,
        amount: 4,
        closeDate: 6,
        createdDate: 7,
        nextStep: 8,
        lastActivityDate: 9,
        crmId: 10,
        currency: 11
      },
      ['Probability (%)', 'Amount (Converted)']
    ],
    [
      'Salesforce data export (BOM, API names)',
      [
        '\uFEFFId',
        'AccountId',
        'Name',
        'StageName',
        'Amount',
        'CloseDate',
        'CreatedDate',
        'OwnerId',
        'NextStep',
        'LastActivityDate',
        'IsClosed',
        'IsWon',
        'LastModifiedDate',
        'CurrencyIsoCode'
      ],
      {
        crmId: 0,
        account: 1,
        name: 2,
        stage: 3,
        amount: 4,
        closeDate: 5,
        createdDate: 6,
        owner: 7,
        nextStep: 8,
        lastActivityDate: 9,
        isClosed: 10,
        isWon: 11,
        currency: 13
      },
      ['LastModifiedDate']
    ],
    [
      'HubSpot',
      [
        'Record ID',
        'Deal Name',
        'Deal Stage',
        'Pipeline',
        'Amount',
        'Close Date',
        'Create Date',
        'Deal owner',
        'Last Activity Date',
        'Next step',
        'Deal Type'
      ],
      {
        crmId: 0,
        name: 1,
        stage: 2,
        amount: 4,
        closeDate: 5,
        createdDate: 6,
        owner: 7,
        lastActivityDate: 8,
        nextStep: 9
      },
      ['Pipeline', 'Deal Type']
    ],
    [
      'Pipedrive',
      [
        'Deal - ID',
        'Deal - Title',
        'Deal - Value',
        'Deal - Currency of Value',
        'Deal - Owner',
        'Deal - Stage',
        'Deal - Status',
        'Deal - Expected close date',
        'Deal - Organization',
        'Deal - Deal created'
      ],
      {
        crmId: 0,
        name: 1,
        amount: 2,
        currency: 3,
        owner: 4,
        stage: 5,
        status: 6,
        closeDate: 7,
        account: 8,
        createdDate: 9
      },
      []
    ],
    [
      'Maven snake_case dataset',
      [
        'opportunity_id',
        'sales_agent',
        'product',
        'account',
        'deal_stage',
        'engage_date',
        'close_date',
        'close_value'
      ],
      {
        crmId: 0,
        owner: 1,
        account: 3,
        stage: 4,
        createdDate: 5,
        closeDate: 6,
        amount: 7
      },
      ['product']
    ],
    ['nothing known', ['Foo', '', 'Bar'], {}, ['Foo', '', 'Bar']]
  ])('%s', (_label, headers, matched, unmatched) => {
    const result = matchHeaders(headers, OPPORTUNITY_SYNONYMS)
    expect(result.matched).toEqual(matched)
    expect(result.unmatched.map((u) => u.header)).toEqual(unmatched)
  })

  it('prefers the earlier synonym when two columns could feed a field', () => {
    const result = matchHeaders(['AccountId', 'Account Name'], OPPORTUNITY_SYNONYMS)
    expect(result.matched.account).toBe(1)
    expect(result.unmatched).toEqual([{ index: 0, header: 'AccountId' }])
  })

  it('gives a duplicated header to the first column only', () => {
    const result = matchHeaders(['Stage', 'Stage'], { stage: ['Stage'] })
    expect(result).toEqual({ matched: { stage: 0 }, unmatched: [{ index: 1, header: 'Stage' }] })
  })

  it('never lets one column feed two fields', () => {
    const result = matchHeaders(['Owner'], { owner: ['Owner'], rep: ['owner'] })
    expect(result.matched).toEqual({ owner: 0 })
  })

  it('works with any synonym table', () => {
    const result = matchHeaders(['Subject', 'Activity Date'], {
      subject: ['Subject'],
      date: ['ActivityDate']
    })
    expect(result.matched).toEqual({ subject: 0, date: 1 })
  })
})
