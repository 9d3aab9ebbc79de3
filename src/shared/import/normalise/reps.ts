import { z } from 'zod'
import type { ParsedTable } from '../table'
import { ownerKey, type ImportDecisions } from '../decisions'
import { isPlaceholderId } from '../values/ids'
import { footerReason } from './footers'
import { canonicalCrmId, type Normalised } from './opportunities'
import { RowReader } from './rowReader'
import {
  emptyReport,
  normaliseAll,
  type NormaliseReport,
  type RowNormaliser
} from './rowNormaliser'

/** One user from a users/team export: the names, email and CRM id that identify a rep. */
export interface ImportedRep {
  rowNumber: number
  crmId?: string
  name: string
  /** The key owner choices are stored under (the name as the file writes it). */
  ownerKey: string
  email?: string
  territory: string
  active: boolean
  /** The person's manager as the file writes it (a people file with a Manager column). */
  manager?: string
}

const Email = z.email()

export function repNormaliser(
  table: ParsedTable,
  decisions: ImportDecisions
): RowNormaliser<ImportedRep> {
  const out = emptyReport()
  const read = new RowReader(table, decisions)
  const each = (row: string[], i: number): ImportedRep | undefined => {
    const rowNumber = table.rowNumbers[i] ?? i + 2
    const footer = footerReason(row, read.text('crmId') || 'n/a')
    if (footer) {
      out.skipped.push({ rowNumber, reason: footer })
      return
    }
    read.start(row, rowNumber)
    const email = read.text('email')
    if (email !== '' && !Email.safeParse(email).success)
      read.reject('email', 'is not an email address')
    const joined = `${read.text('firstName')} ${read.text('lastName')}`.trim()
    const name = read.text('name') || joined || email
    if (name === '') read.reject(read.has('name') ? 'name' : 'firstName', 'The name is blank')
    const active = read.boolean('active')
    const rawId = read.text('crmId')
    if (read.problems.length > 0) {
      out.rejected.push(...read.problems)
      return
    }
    return {
      rowNumber,
      crmId:
        rawId === '' || isPlaceholderId(rawId)
          ? undefined
          : canonicalCrmId(rawId, decisions.source),
      name,
      ownerKey: ownerKey(name),
      email: email === '' ? undefined : email,
      territory: read.text('territory'),
      active: active ?? true,
      manager: read.text('manager') || undefined
    }
  }
  const finish = (): NormaliseReport => {
    return out
  }
  return { each, finish }
}

export function normaliseReps(
  table: ParsedTable,
  decisions: ImportDecisions
): Normalised<ImportedRep> {
  return normaliseAll(table, repNormaliser(table, decisions))
}
