import type { FieldSpec } from './fieldSpec'
import { OPPORTUNITY_SYNONYMS, type OpportunityField } from './values/headers'

/** The fields of deals and activities files, as CRMs export them. */

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

export const OPPORTUNITY_FIELDS: FieldSpec[] = [
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

export const ACTIVITY_FIELDS: FieldSpec[] = [
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
