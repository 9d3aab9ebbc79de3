import type { CrmSource, ImportKind } from '../domain/crm'
import { IMPORT_FIELDS, type ColumnMapping } from './fields'
import { matchHeaders, normaliseHeader } from './values/headers'

/** Recognising a file: what kind of records it holds and which CRM wrote it. */

export interface KindDetection {
  kind: ImportKind | undefined
  /** Why: which columns were recognised, or what was missing. */
  evidence: string
}

/** Each field's column: exact header synonyms, case/space/punctuation-insensitive. */
export function mapColumns(headers: string[], kind: ImportKind): ColumnMapping {
  const fields = IMPORT_FIELDS[kind]
  const synonyms = Object.fromEntries(fields.map((f) => [f.key, f.synonyms]))
  const { matched } = matchHeaders(headers, synonyms)
  const mapping: ColumnMapping = {}
  for (const [key, index] of Object.entries(matched)) {
    if (typeof index === 'number') mapping[key] = index
  }
  return mapping
}

/**
 * Deals and activities can come without an owner column (a Salesforce data export of one
 * user's opportunities): the review asks whose records they are instead of refusing the file.
 */
export function ownerColumnMissing(kind: ImportKind, mapping: ColumnMapping): boolean {
  return (kind === 'opportunities' || kind === 'activities') && mapping['owner'] === undefined
}

/** Required fields of `kind` that have no column in `mapping` (an owner is asked for instead). */
export function missingFields(kind: ImportKind, mapping: ColumnMapping): string[] {
  const missing = IMPORT_FIELDS[kind]
    .filter((f) => f.required && mapping[f.key] === undefined)
    .filter((f) => !(f.key === 'owner' && ownerColumnMissing(kind, mapping)))
    .map((f) => f.label)
  // Users need a name, either whole or in two parts.
  if (
    kind === 'reps' &&
    mapping['name'] === undefined &&
    mapping['email'] === undefined &&
    (mapping['firstName'] === undefined || mapping['lastName'] === undefined)
  ) {
    missing.push('Name (or First and Last name, or Email)')
  }
  // Opportunities are matched on re-import by ID, or by name when a sheet has no IDs.
  if (kind === 'opportunities' && mapping['crmId'] === undefined && mapping['name'] === undefined) {
    missing.push('Opportunity ID (or at least the opportunity name)')
  }
  // Activities need something that says what happened.
  if (kind === 'activities' && mapping['type'] === undefined && mapping['subject'] === undefined) {
    missing.push('Type or Subject')
  }
  return missing
}

// Kinds in the order they are tried when two fit equally well: the more specific first.
const KIND_ORDER: ImportKind[] = ['opportunities', 'manualMeasures', 'activities', 'reps']

/** Stage, amount and close date together are a deal, whatever else the file holds. */
const DEAL_SIGNATURE = ['stage', 'amount', 'closeDate']

/**
 * Every kind is scored on all the columns it recognises: the kind whose required fields are
 * present (an owner column may be missing: the review asks whose records they are) and which
 * recognises the most columns wins, and stage + amount + close date always means deals. So a
 * Salesforce opportunity export with Id and Name but no owner is deals, not users.
 * A file none fits gets `kind: undefined` and evidence that names what was expected.
 */
export function detectKind(headers: string[]): KindDetection {
  let best: { kind: ImportKind; score: number; mapped: string[] } | undefined
  const deals = mapColumns(headers, 'opportunities')
  const dealSignature = DEAL_SIGNATURE.every((f) => deals[f] !== undefined)
  for (const kind of KIND_ORDER) {
    const mapping = mapColumns(headers, kind)
    if (missingFields(kind, mapping).length > 0) continue
    if (dealSignature && kind !== 'opportunities') continue
    const score = Object.keys(mapping).length
    if (!best || score > best.score) {
      best = { kind, score, mapped: Object.values(mapping).map((i) => headers[i] ?? '') }
    }
  }
  if (best) {
    return { kind: best.kind, evidence: `recognised columns: ${best.mapped.join(', ')}` }
  }
  const shown = headers.slice(0, 6).join(', ') + (headers.length > 6 ? ', …' : '')
  return {
    kind: undefined,
    evidence:
      `its columns (${shown}) do not look like opportunities, activities, users or measures. ` +
      'An opportunities file needs at least an owner, a stage and an ID or name column ' +
      '(e.g. "Opportunity ID", "Opportunity Owner", "Stage").'
  }
}

const SALESFORCE_API_NAMES = new Set(
  [
    'StageName',
    'OwnerId',
    'IsWon',
    'IsClosed',
    'CloseDate',
    'CreatedDate',
    'AccountId',
    'ActivityDate',
    'WhatId',
    'WhoId',
    'TaskSubtype',
    'CallDurationInSeconds',
    'LastModifiedDate',
    'CurrencyIsoCode',
    'IsActive'
  ].map((h) => h)
)
// Report labels as Salesforce writes them (with spaces): snake_case datasets do not count.
const SALESFORCE_LABELS = ['opportunity owner', 'opportunity name', 'opportunity id', 'assigned']
const HUBSPOT_LABELS = [
  'recordid',
  'dealstage',
  'dealowner',
  'pipeline',
  'dealname',
  'datensatzid',
  'dealphase',
  'dealinhaber',
  'associateddealids'
]

export interface SourceDetection {
  source: CrmSource
  evidence: string
}

/** The CRM that most likely wrote these headers (its stage names and ids follow from it). */
export function detectSource(headers: string[]): SourceDetection {
  const raw = headers.map((h) => h.replace(/^\uFEFF/, '').trim())
  const api = raw.filter((h) => SALESFORCE_API_NAMES.has(h))
  // Data exports always carry the record's `Id`; with one more API name it is Salesforce.
  if (api.length >= 2 || (api.length === 1 && raw.includes('Id'))) {
    return { source: 'salesforceExport', evidence: `Salesforce API names: ${api.join(', ')}` }
  }
  const pipedrive = raw.filter((h) => /^(Deal|Activity|Person|Organization) - /.test(h))
  if (pipedrive.length >= 2) {
    return { source: 'pipedrive', evidence: `Pipedrive "Deal - …" headers: ${pipedrive[0]}, …` }
  }
  const keys = raw.map(normaliseHeader)
  const hubspot = raw.filter((_, i) => HUBSPOT_LABELS.includes(keys[i] ?? ''))
  if (hubspot.length >= 2) {
    return { source: 'hubspot', evidence: `HubSpot headers: ${hubspot.join(', ')}` }
  }
  const salesforce = raw.filter((h) => SALESFORCE_LABELS.includes(h.toLowerCase()))
  if (salesforce.length >= 1) {
    return {
      source: 'salesforceReport',
      evidence: `Salesforce report labels: ${salesforce.join(', ')}`
    }
  }
  return { source: 'generic', evidence: 'no CRM-specific headers' }
}

/**
 * Files with the same columns (in any order, any case) share a signature, so a mapping the
 * manager corrected once is reused for next week's export.
 */
export function headerSignature(kind: ImportKind, headers: string[]): string {
  const keys = headers.map(normaliseHeader).filter((k) => k !== '')
  return `${kind}:${[...keys].sort().join('|')}`
}

/** Salesforce reports and data exports share ids; everything else is its own family. */
export function sourceFamily(source: CrmSource): string {
  return source === 'salesforceReport' || source === 'salesforceExport' ? 'salesforce' : source
}
