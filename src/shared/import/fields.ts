import type { ImportKind } from '../domain/crm'
import { ACTIVITY_FIELDS, OPPORTUNITY_FIELDS } from './crmFields'
import type { FieldSpec } from './fieldSpec'

export type { FieldSpec, FieldType } from './fieldSpec'

/**
 * The fields each kind of import fills (deals and activities in crmFields.ts; people and
 * manual measures here), with the header synonyms that feed them (see fieldSpec.ts).
 */

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
