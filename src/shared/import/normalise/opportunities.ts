import type { DealStatus } from '../../domain/crm'
import type { ParsedTable } from '../table'
import { ownerKey, type ImportDecisions, type RowProblem, type SkippedRow } from '../decisions'
import { sourceFamily } from '../detect'
import { isPlaceholderId, normalizeSalesforceId } from '../values/ids'
import { RowReader } from './rowReader'
import {
  emptyReport,
  normaliseAll,
  type NormaliseReport,
  type RowNormaliser
} from './rowNormaliser'
import { footerReason } from './footers'

/** One opportunity as the file states it, before it is matched to reps and stored records. */
export interface ImportedOpportunity {
  rowNumber: number
  crmId: string
  owner: string
  ownerKey: string
  name: string
  account: string
  crmStage: string
  stageKey?: string
  status: DealStatus
  amount?: { minor: number; currency: string }
  createdDate?: string
  closeDate?: string
  nextStep: string
  lastActivityDate?: string
}

export interface Normalised<T> {
  records: T[]
  rejected: RowProblem[]
  skipped: SkippedRow[]
  /** Things the manager should know that are not errors (e.g. unknown activity types). */
  notes: string[]
}

const STATUS_WORDS: Record<string, DealStatus> = {
  open: 'open',
  won: 'won',
  'closed won': 'won',
  lost: 'lost',
  'closed lost': 'lost',
  deleted: 'lost'
}

/** Salesforce ids are compared as 18-char ids, so report (15) and export (18) rows match. */
export function canonicalCrmId(id: string, source: ImportDecisions['source']): string {
  if (sourceFamily(source) !== 'salesforce') return id
  const canonical = normalizeSalesforceId(id)
  return canonical.ok ? canonical.value : id
}

export function opportunityNormaliser(
  table: ParsedTable,
  decisions: ImportDecisions
): RowNormaliser<ImportedOpportunity> {
  const out = emptyReport()
  const seen = new Map<string, number>()
  const read = new RowReader(table, decisions)
  const each = (row: string[], i: number): ImportedOpportunity | undefined => {
    const rowNumber = table.rowNumbers[i] ?? i + 2
    const footer = footerReason(row, read.has('crmId') ? row[decisions.columns['crmId'] ?? -1] : '')
    if (footer) {
      out.skipped.push({ rowNumber, reason: footer })
      return
    }
    read.start(row, rowNumber)
    const rawId = read.has('crmId')
      ? read.required('crmId', 'The opportunity ID')
      : idFromName(read)
    const owner = read.has('owner')
      ? read.required('owner', 'The owner')
      : decisions.everyRowOwner || read.required('owner', 'The owner')
    const crmStage = read.text('stage')
    const status = statusOf(read, crmStage, decisions)
    const rowCurrency = read.text('currency').toUpperCase() || decisions.defaultCurrency
    if (read.has('currency') && read.text('currency') !== '' && !/^[A-Z]{3}$/.test(rowCurrency)) {
      read.reject('currency', 'is not a 3-letter currency code')
    }
    const amount = read.money('amount', rowCurrency)
    const createdDate = read.date('createdDate')
    const closeDate = read.date('closeDate')
    const lastActivityDate = read.date('lastActivityDate')
    if (rawId !== undefined && isPlaceholderId(rawId)) read.reject('crmId', 'is not a real ID')
    const crmId = rawId === undefined ? undefined : canonicalCrmId(rawId, decisions.source)
    if (crmId !== undefined) {
      const first = seen.get(crmId)
      if (first !== undefined) read.reject('crmId', `the same ID is already on row ${first}`)
      else seen.set(crmId, rowNumber)
    }
    if (read.problems.length > 0 || crmId === undefined || owner === undefined || !status) {
      out.rejected.push(...read.problems)
      return
    }
    return {
      rowNumber,
      crmId,
      owner,
      ownerKey: read.ownerKey(owner),
      name: read.text('name') || crmId,
      account: read.text('account'),
      crmStage,
      stageKey: status.stageKey,
      status: status.status,
      amount,
      createdDate,
      closeDate,
      nextStep: read.text('nextStep'),
      lastActivityDate
    }
  }
  const finish = (): NormaliseReport => {
    if (!read.has('crmId')) {
      out.notes.push(
        'This file has no ID column: deals are matched by name and account on the next import, ' +
          'so a deal renamed in the CRM will come in as a new one.'
      )
    }
    return out
  }
  return { each, finish }
}

/**
 * Open/won/lost: an explicit status column (Pipedrive) or IsWon/IsClosed (Salesforce data
 * export) wins over the stage map; the stage map gives the sales-process stage.
 */
function statusOf(
  read: RowReader,
  crmStage: string,
  decisions: ImportDecisions
): { stageKey?: string; status: DealStatus } | undefined {
  const mapped = crmStage === '' ? undefined : decisions.stageMap[crmStage]
  if (crmStage === '' && !read.has('status')) return read.reject('stage', 'The stage is blank')
  let status = mapped?.status
  if (read.has('status') && read.text('status') !== '') {
    const word = STATUS_WORDS[read.text('status').toLowerCase()]
    if (!word) return read.reject('status', 'is not open, won or lost')
    status = word
  } else if (read.has('isClosed') || read.has('isWon')) {
    const closed = read.boolean('isClosed')
    const won = read.boolean('isWon')
    if (won) status = 'won'
    else if (closed) status = 'lost'
    else if (closed === false) status = 'open'
  }
  if (crmStage !== '' && !mapped) {
    return read.reject('stage', `the stage "${crmStage}" is not mapped to a sales-process stage`)
  }
  if (!status) return read.reject('stage', 'no status (open, won or lost) could be found')
  return { stageKey: mapped?.stageKey, status }
}

export function normaliseOpportunities(
  table: ParsedTable,
  decisions: ImportDecisions
): Normalised<ImportedOpportunity> {
  return normaliseAll(table, opportunityNormaliser(table, decisions))
}

/** A sheet with no ID column: the deal's name (and account) stand in for its CRM id. */
function idFromName(read: RowReader): string | undefined {
  const name = read.text('name')
  if (name === '') {
    return read.reject(
      'name',
      'The opportunity name is blank (with no ID column, the name identifies the deal)'
    )
  }
  const account = read.text('account')
  return `name:${ownerKey(name)}${account === '' ? '' : `|${ownerKey(account)}`}`
}
