import type { ImportKind } from '../domain/crm'
import { OPPORTUNITY_SYNONYMS, type OpportunityField } from './values/headers'

/**
 * The fields each kind of import fills, with the header synonyms that feed them. Synonyms are
 * written as CRMs export them (labels, API names, snake_case, HubSpot translations) and
 * matched after normalisation, so case, spaces and punctuation do not matter.
 */

export type FieldType = 'id' | 'text' | 'date' | 'money' | 'currency' | 'number' | 'boolean'

export interface FieldSpec {
  key: string
  /** What the manager sees in the mapping preview. */
  label: string
  type: FieldType
  required: boolean
  synonyms: string[]
}

// HubSpot translates its export headers into the portal's language (German shown here).
const HUBSPOT_GERMAN: Partial<Record<OpportunityField, string[]>> = {
  crmId: ['Datensatz-ID'],
  name: ['Name des Deals', 'Dealname'],
  owner: ['Deal-Inhaber', 'Dealinhaber'],
  stage: ['Deal-Phase', 'Dealphase'],
  amount: ['Betrag'],
  closeDate: ['Abschlussdatum'],
  createdDate: ['Erstellungsdatum', 'Erstelldatum'],
  nextStep: ['Nächster Schritt'],
  lastActivityDate: ['Datum der letzten Aktivität'],
  currency: ['Währung']
}

const opp = (key: OpportunityField): string[] => [
  ...OPPORTUNITY_SYNONYMS[key],
  ...(HUBSPOT_GERMAN[key] ?? [])
]

const OPPORTUNITY_FIELDS: FieldSpec[] = [
  // Not required: a hand-kept sheet without IDs is matched by deal name (and account) instead.
  { key: 'crmId', label: 'Opportunity ID', type: 'id', required: false, synonyms: opp('crmId') },
  {
    key: 'name',
    label: 'Opportunity name',
    type: 'text',
    required: false,
    // Analytics datasets have no deal name; the product is the best label they offer.
    synonyms: [...opp('name'), 'Deal', 'Opportunity', 'product', 'Product Name']
  },
  { key: 'account', label: 'Account', type: 'text', required: false, synonyms: opp('account') },
  { key: 'owner', label: 'Owner (rep)', type: 'text', required: true, synonyms: opp('owner') },
  { key: 'stage', label: 'Stage', type: 'text', required: true, synonyms: opp('stage') },
  { key: 'amount', label: 'Amount', type: 'money', required: false, synonyms: opp('amount') },
  {
    key: 'currency',
    label: 'Currency',
    type: 'currency',
    required: false,
    synonyms: opp('currency')
  },
  {
    key: 'closeDate',
    label: 'Close date',
    type: 'date',
    required: false,
    synonyms: opp('closeDate')
  },
  {
    key: 'createdDate',
    label: 'Created date',
    type: 'date',
    required: false,
    synonyms: [...opp('createdDate'), 'Created', 'Created On', 'Date Created']
  },
  { key: 'nextStep', label: 'Next step', type: 'text', required: false, synonyms: opp('nextStep') },
  {
    key: 'lastActivityDate',
    label: 'Last activity date',
    type: 'date',
    required: false,
    synonyms: opp('lastActivityDate')
  },
  {
    key: 'status',
    label: 'Status (open/won/lost)',
    type: 'text',
    required: false,
    synonyms: opp('status')
  },
  { key: 'isWon', label: 'Won (yes/no)', type: 'boolean', required: false, synonyms: opp('isWon') },
  {
    key: 'isClosed',
    label: 'Closed (yes/no)',
    type: 'boolean',
    required: false,
    synonyms: opp('isClosed')
  }
]

const ACTIVITY_FIELDS: FieldSpec[] = [
  {
    key: 'crmId',
    label: 'Activity ID',
    type: 'id',
    required: false,
    synonyms: ['Activity ID', 'Task ID', 'Id', 'Record ID', 'Activity - ID', 'activity_id']
  },
  {
    key: 'owner',
    label: 'Owner (rep)',
    type: 'text',
    required: true,
    synonyms: [
      'Assigned',
      'Assigned To',
      'OwnerId',
      'Owner',
      'Activity owner',
      'Activity assigned to',
      'Activity - Assigned to user',
      'sales_agent',
      'rep'
    ]
  },
  {
    key: 'type',
    label: 'Type (call, email, meeting, task)',
    type: 'text',
    required: false,
    synonyms: [
      'Activity Type',
      'TaskSubtype',
      'Task Subtype',
      'Type',
      'Activity - Type',
      'activity_type'
    ]
  },
  {
    key: 'typeDetail',
    label: 'Second type column (e.g. Salesforce Type)',
    type: 'text',
    required: false,
    synonyms: ['Type', 'Event Type', 'Activity Category']
  },
  {
    key: 'subject',
    label: 'Subject',
    type: 'text',
    required: false,
    synonyms: ['Subject', 'Activity - Subject', 'Title', 'Activity title']
  },
  {
    key: 'date',
    label: 'Date',
    type: 'date',
    required: true,
    synonyms: [
      'Date',
      'ActivityDate',
      'Activity Date',
      'Due Date',
      'Activity - Due date',
      'Activity - Done time',
      'Start Date',
      'activity_date'
    ]
  },
  {
    key: 'opportunityId',
    label: 'Opportunity ID',
    type: 'id',
    required: false,
    synonyms: [
      'Opportunity ID',
      'WhatId',
      'Related To ID',
      'Associated Deal IDs',
      'Associated Deal',
      'Deal ID',
      'Activity - Deal ID',
      'opportunity_id'
    ]
  },
  {
    key: 'durationSeconds',
    label: 'Duration (seconds)',
    type: 'number',
    required: false,
    synonyms: [
      'CallDurationInSeconds',
      'Call Duration (seconds)',
      'Duration (seconds)',
      'duration_seconds'
    ]
  },
  {
    key: 'durationMinutes',
    label: 'Duration (minutes or h:mm)',
    type: 'number',
    required: false,
    synonyms: [
      'Duration',
      'Duration (minutes)',
      'Call Duration',
      'Activity - Duration',
      'duration_minutes'
    ]
  },
  {
    key: 'nextStepAgreed',
    label: 'Next step agreed (yes/no)',
    type: 'boolean',
    required: false,
    synonyms: ['Next Step Agreed', 'Next step agreed?', 'next_step_agreed', 'Agreed next step']
  }
]

const REP_FIELDS: FieldSpec[] = [
  {
    key: 'crmId',
    label: 'User ID',
    type: 'id',
    required: false,
    synonyms: ['User ID', 'Id', 'user_id', 'Owner ID']
  },
  {
    key: 'name',
    label: 'Name',
    type: 'text',
    required: false,
    synonyms: ['Full Name', 'Name', 'User', 'sales_agent', 'Rep', 'Sales Rep', 'Owner Name']
  },
  {
    key: 'firstName',
    label: 'First name',
    type: 'text',
    required: false,
    synonyms: ['First Name', 'FirstName', 'first_name']
  },
  {
    key: 'lastName',
    label: 'Last name',
    type: 'text',
    required: false,
    synonyms: ['Last Name', 'LastName', 'last_name']
  },
  {
    key: 'email',
    label: 'Email',
    type: 'text',
    required: false,
    synonyms: ['Email', 'E-mail', 'Email Address', 'email']
  },
  {
    key: 'territory',
    label: 'Territory',
    type: 'text',
    required: false,
    synonyms: ['Territory', 'Region', 'regional_office', 'Office', 'Team']
  },
  {
    key: 'manager',
    label: 'Manager',
    type: 'text',
    required: false,
    synonyms: ['Manager', 'manager', 'ManagerId']
  },
  {
    key: 'active',
    label: 'Active (yes/no)',
    type: 'boolean',
    required: false,
    synonyms: ['IsActive', 'Active']
  }
]

const MEASURE_FIELDS: FieldSpec[] = [
  {
    key: 'rep',
    label: 'Rep',
    type: 'text',
    required: true,
    synonyms: ['Rep', 'Sales Rep', 'Employee', 'Name', 'Owner', 'sales_agent', 'rep_name']
  },
  {
    key: 'metric',
    label: 'Measure',
    type: 'text',
    required: true,
    synonyms: ['Metric', 'Measure', 'KPI']
  },
  {
    key: 'periodStart',
    label: 'Period start',
    type: 'date',
    required: true,
    synonyms: ['Period Start', 'From', 'Start', 'Start Date', 'period_start']
  },
  {
    key: 'periodEnd',
    label: 'Period end',
    type: 'date',
    required: true,
    synonyms: ['Period End', 'To', 'End', 'End Date', 'period_end']
  },
  {
    key: 'value',
    label: 'Value',
    type: 'number',
    required: true,
    synonyms: ['Value', 'Amount', 'Score']
  },
  {
    key: 'note',
    label: 'Note',
    type: 'text',
    required: false,
    synonyms: ['Note', 'Notes', 'Comment']
  }
]

export const IMPORT_FIELDS: Record<ImportKind, FieldSpec[]> = {
  opportunities: OPPORTUNITY_FIELDS,
  activities: ACTIVITY_FIELDS,
  reps: REP_FIELDS,
  manualMeasures: MEASURE_FIELDS
}

export const KIND_LABELS: Record<ImportKind, string> = {
  opportunities: 'Opportunities (deals)',
  activities: 'Activities (calls, emails, meetings, tasks)',
  reps: 'Users / reps',
  manualMeasures: 'Manual measures (expenses, CSAT, margin, teamwork)'
}

/** Field key → column index; a field with no column is absent. */
export type ColumnMapping = Record<string, number>
