import type { ManualMetric } from '../../domain/crm'
import type { ParsedTable } from '../table'
import type { ImportDecisions } from '../decisions'
import { footerReason } from './footers'
import type { Normalised } from './opportunities'
import { RowReader } from './rowReader'
import {
  emptyReport,
  normaliseAll,
  type NormaliseReport,
  type RowNormaliser
} from './rowNormaliser'

/** One manual measure row: a rep's expenses, CSAT, margin or teamwork for a period. */
export interface ImportedMeasure {
  rowNumber: number
  owner: string
  ownerKey: string
  metric: ManualMetric
  periodStart: string
  periodEnd: string
  value: number
  note: string
}

const METRIC_WORDS: [RegExp, ManualMetric][] = [
  [/^(expenses?|spend|t&e|travel)/i, 'expenses'],
  [/^(csat|customer satisfaction|satisfaction)/i, 'csat'],
  [/^(gross )?margin/i, 'margin'],
  [/^(teamwork|collaboration|team ?work)/i, 'teamwork']
]

/** Units: expenses in minor units of the currency, margin in percent, CSAT and teamwork 1–5. */
export const MEASURE_UNITS: Record<ManualMetric, string> = {
  expenses: 'amount (e.g. 1,250.00)',
  csat: 'score from 1 to 5',
  margin: 'percent (e.g. 32.5)',
  teamwork: 'score from 1 to 5'
}

export function metricOf(text: string): ManualMetric | undefined {
  return METRIC_WORDS.find(([re]) => re.test(text.trim()))?.[1]
}

export function measureNormaliser(
  table: ParsedTable,
  decisions: ImportDecisions
): RowNormaliser<ImportedMeasure> {
  const out = emptyReport()
  const read = new RowReader(table, decisions)
  const fractions = { count: 0 }
  const each = (row: string[], i: number): ImportedMeasure | undefined => {
    const rowNumber = table.rowNumbers[i] ?? i + 2
    const footer = footerReason(row, 'n/a')
    if (footer) {
      out.skipped.push({ rowNumber, reason: footer })
      return
    }
    read.start(row, rowNumber)
    const owner = read.required('rep', 'The rep')
    const metricText = read.required('metric', 'The measure')
    const metric = metricText === undefined ? undefined : metricOf(metricText)
    if (metricText !== undefined && metric === undefined) {
      read.reject('metric', 'is not one of expenses, CSAT, margin or teamwork')
    }
    const periodStart = read.date('periodStart') ?? blank(read, 'periodStart', 'The period start')
    const periodEnd = read.date('periodEnd') ?? blank(read, 'periodEnd', 'The period end')
    if (periodStart && periodEnd && periodEnd < periodStart) {
      read.reject('periodEnd', `ends before the period starts (${periodStart})`)
    }
    const value = valueOf(read, metric, decisions.defaultCurrency, fractions)
    if (
      read.problems.length > 0 ||
      !owner ||
      !metric ||
      !periodStart ||
      !periodEnd ||
      value === undefined
    ) {
      out.rejected.push(...read.problems)
      return
    }
    return {
      rowNumber,
      owner,
      ownerKey: read.ownerKey(owner),
      metric,
      periodStart,
      periodEnd,
      value,
      note: read.text('note')
    }
  }
  const finish = (): NormaliseReport => {
    if (fractions.count > 0) {
      out.notes.push(
        `${fractions.count} margin value(s) between -1 and 1 were read as fractions (0.31 = 31%).`
      )
    }
    return out
  }
  return { each, finish }
}

function blank(read: RowReader, field: string, what: string): undefined {
  return read.text(field) === '' ? read.reject(field, `${what} is blank`) : undefined
}

function valueOf(
  read: RowReader,
  metric: ManualMetric | undefined,
  currency: string,
  fractions: { count: number }
): number | undefined {
  if (read.text('value') === '') return read.reject('value', 'The value is blank')
  if (metric === 'expenses') return read.money('value', currency)?.minor
  const n = read.number('value')
  if (n === undefined || metric === undefined) return undefined
  if ((metric === 'csat' || metric === 'teamwork') && (n < 1 || n > 5)) {
    return read.reject('value', `${metric === 'csat' ? 'CSAT' : 'Teamwork'} is a score from 1 to 5`)
  }
  if (metric === 'margin' && (n < -100 || n > 100)) {
    return read.reject('value', 'a margin is a percent between -100 and 100')
  }
  // Spreadsheets often hold margins as fractions: 0.31 without a % sign means 31%.
  if (metric === 'margin' && !read.text('value').includes('%') && Math.abs(n) <= 1) {
    fractions.count += 1
    return Math.round(n * 10000) / 100
  }
  return n
}

export function normaliseMeasures(
  table: ParsedTable,
  decisions: ImportDecisions
): Normalised<ImportedMeasure> {
  return normaliseAll(table, measureNormaliser(table, decisions))
}
