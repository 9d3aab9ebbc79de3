import type { CrmSource } from '@shared/domain'

export const SOURCE_LABELS: Record<Exclude<CrmSource, 'demo' | 'manual'>, string> = {
  salesforceReport: 'Salesforce report',
  salesforceExport: 'Salesforce data export (API names)',
  hubspot: 'HubSpot',
  pipedrive: 'Pipedrive',
  generic: 'Other CRM or spreadsheet'
}

export const KIND_NOUNS: Record<string, string> = {
  opportunities: 'opportunities',
  activities: 'activities',
  reps: 'users',
  manualMeasures: 'measures'
}
