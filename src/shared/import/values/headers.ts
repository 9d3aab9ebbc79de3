/**
 * Header auto-mapping. Headers are compared by a normalised key so 'Close Date', 'CloseDate',
 * 'close_date' and '\uFEFFClose Date' (Salesforce data exports start with a BOM) all match.
 */

/** Lowercase, no BOM, no accents, only letters and digits: 'Deal - Title' → 'dealtitle'. */
export function normaliseHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '')
}

export interface HeaderMatch<F extends string> {
  /** Field → index of the column that feeds it. */
  matched: Partial<Record<F, number>>
  /** Columns no field claimed, with their original header text. */
  unmatched: { index: number; header: string }[]
}

/**
 * Each field takes the first column matching its synonyms, trying synonyms in the order
 * listed (so 'Account Name' beats 'AccountId' when both exist). Fields are served in the
 * table's order and a column feeds at most one field, so the table order settles clashes.
 */
export function matchHeaders<F extends string>(
  headers: string[],
  synonyms: Record<F, string[]>
): HeaderMatch<F> {
  const keys = headers.map(normaliseHeader)
  const claimed = new Set<number>()
  const matched: Partial<Record<F, number>> = {}
  for (const field of Object.keys(synonyms) as F[]) {
    for (const synonym of synonyms[field]) {
      const want = normaliseHeader(synonym)
      const index = keys.findIndex((k, i) => k !== '' && k === want && !claimed.has(i))
      if (index >= 0) {
        matched[field] = index
        claimed.add(index)
        break
      }
    }
  }
  const unmatched = headers
    .map((header, index) => ({ index, header }))
    .filter(({ index }) => !claimed.has(index))
  return { matched, unmatched }
}

export type OpportunityField =
  | 'crmId'
  | 'name'
  | 'account'
  | 'owner'
  | 'stage'
  | 'amount'
  | 'currency'
  | 'closeDate'
  | 'createdDate'
  | 'nextStep'
  | 'lastActivityDate'
  | 'status'
  | 'isWon'
  | 'isClosed'

/**
 * Known opportunity headers: Salesforce report labels and API names, HubSpot, Pipedrive
 * ('Deal - …') and snake_case analytics datasets (Maven). Written as exported; matched
 * normalised. Converted amounts ('Amount (Converted)') are deliberately absent: the deal's own
 * currency amount is what the CRM holds.
 */
export const OPPORTUNITY_SYNONYMS: Record<OpportunityField, string[]> = {
  crmId: ['Opportunity ID', 'Id', 'Record ID', 'Deal - ID', 'Deal ID', 'opportunity_id'],
  name: ['Opportunity Name', 'Name', 'Deal Name', 'Deal - Title', 'Title'],
  account: [
    'Account Name',
    'Account',
    'Account.Name',
    'AccountId',
    'Associated Company',
    'Company',
    'Deal - Organization',
    'Organization'
  ],
  owner: [
    'Opportunity Owner',
    'Owner',
    'Owner Name',
    'Owner.Name',
    'OwnerId',
    'Deal owner',
    'Deal - Owner',
    'sales_agent'
  ],
  stage: ['Stage', 'StageName', 'Deal Stage', 'Deal - Stage', 'deal_stage'],
  amount: ['Amount', 'Deal - Value', 'Value', 'close_value'],
  currency: [
    'Amount Currency',
    'Opportunity Currency',
    'CurrencyIsoCode',
    'Currency',
    'Deal - Currency of Value',
    'Deal - Currency'
  ],
  closeDate: ['Close Date', 'CloseDate', 'Deal - Expected close date', 'close_date'],
  createdDate: ['Created Date', 'CreatedDate', 'Create Date', 'Deal - Deal created', 'engage_date'],
  nextStep: ['Next Step', 'NextStep'],
  lastActivityDate: [
    'Last Activity',
    'LastActivityDate',
    'Last Activity Date',
    'Deal - Last activity date'
  ],
  status: ['Status', 'Deal - Status'],
  isWon: ['Won', 'IsWon'],
  isClosed: ['Closed', 'IsClosed']
}
