import type { ImportKind, ImportMapping } from '../domain'
import type { CrmSource } from '../domain/crm'
import type { AnalyseOptions, ImportAnalysis, ImportContext } from './analysis'
import type { ImportDecisions } from './decisions'
import {
  detectKind,
  detectSource,
  headerSignature,
  mapColumns,
  missingFields,
  ownerColumnMissing,
  sourceFamily
} from './detect'
import { IMPORT_FIELDS, type ColumnMapping } from './fields'
import { ownerSuggestions, provisionalDecisions } from './fileOwners'
import { footerReason } from './normalise/footers'
import { normaliseReps } from './normalise/reps'
import { stageMapFrom, suggestStages, type StageMap } from './stages'
import type { ParsedTable } from './table'
import { eachRow } from './tableRows'
import { managerGroups, proposedManagers } from './team'
import { detectDateOrder, isBlank, parseCalendarDate, type DateOrder } from './values/dates'
import { detectDecimalSeparator } from './values/money'

/** Analysing a table: its kind, source, columns, dates, stages and owners (see analysis.ts). */

export type { AnalyseOptions, ImportAnalysis, ImportContext } from './analysis'

/** Rows read between two pauses of the analysis. */
const ROWS_PER_STEP = 20_000

/** What the analysis needs from the rows, read in one pass (each row's cells cut out once). */
interface RowFacts {
  /** Each date column's cells, column after column; the same for amounts and numbers. */
  dateValues: string[]
  moneyValues: string[]
  /** The owner column's cell of each data row (footer lines left out), when there is one. */
  ownerCells: string[] | undefined
  stageCounts: Map<string, number>
  footerRows: number
}

function* readRows(
  table: ParsedTable,
  kind: ImportKind | undefined,
  columns: ColumnMapping
): Generator<void, RowFacts> {
  const fields = kind ? IMPORT_FIELDS[kind] : []
  const indexesOf = (types: string[]): number[] =>
    fields
      .filter((f) => types.includes(f.type))
      .map((f) => columns[f.key])
      .filter((i): i is number => i !== undefined)
  const dateAt = indexesOf(['date'])
  const moneyAt = indexesOf(['money', 'number'])
  const dates = dateAt.map((): string[] => [])
  const money = moneyAt.map((): string[] => [])
  const idIndex = columns['crmId']
  const stageAt = kind === 'opportunities' ? columns['stage'] : undefined
  const ownerAt =
    kind && kind !== 'reps' ? columns[kind === 'manualMeasures' ? 'rep' : 'owner'] : undefined
  const ownerCells: string[] = []
  const stageCounts = new Map<string, number>()
  let footerRows = 0
  let read = 0
  for (const r of eachRow(table.rows)) {
    dateAt.forEach((at, i) => dates[i]!.push(r[at] ?? ''))
    moneyAt.forEach((at, i) => money[i]!.push(r[at] ?? ''))
    if (footerReason(r, idIndex === undefined ? 'n/a' : r[idIndex])) {
      footerRows += 1
    } else {
      if (ownerAt !== undefined) ownerCells.push(r[ownerAt] ?? '')
      const stage = stageAt === undefined ? '' : (r[stageAt] ?? '').trim()
      if (stage !== '') stageCounts.set(stage, (stageCounts.get(stage) ?? 0) + 1)
    }
    if (++read % ROWS_PER_STEP === 0) yield
  }
  return {
    dateValues: dates.flat(),
    moneyValues: money.flat(),
    ownerCells: ownerAt === undefined ? undefined : ownerCells,
    stageCounts,
    footerRows
  }
}

function savedStageMap(ctx: ImportContext, source: CrmSource): StageMap {
  const family = sourceFamily(source)
  const map: StageMap = {}
  const sameFamily = ctx.savedMappings
    .filter((m) => sourceFamily(m.source) === family)
    .sort((a, b) => a.updatedAt.localeCompare(b.updatedAt))
  for (const m of sameFamily) Object.assign(map, m.stageMap)
  return map
}

/**
 * The analysis in steps, each one pass over the rows; it pauses (yields) between them so a
 * caller on the page can let input through. `analyseTable` runs it straight through.
 */
function* analysisSteps(
  table: ParsedTable,
  ctx: ImportContext,
  options: AnalyseOptions
): Generator<void, ImportAnalysis> {
  const detected = detectKind(table.headers)
  const kind = options.kind ?? detected.kind
  const { source, evidence: sourceEvidence } = detectSource(table.headers)
  const signature = kind ? headerSignature(kind, table.headers) : ''
  const savedMapping = ctx.savedMappings.find((m) => m.headerSignature === signature)
  const columns =
    options.columns ??
    (kind ? (fromSaved(table, savedMapping) ?? mapColumns(table.headers, kind)) : {})
  yield
  const { dateValues, moneyValues, ownerCells, stageCounts, footerRows } = yield* readRows(
    table,
    kind,
    columns
  )
  yield
  const detectedDates = detectDateOrder(dateValues)
  const dates =
    savedMapping?.dateOrder && detectedDates.ambiguous
      ? {
          order: savedMapping.dateOrder,
          ambiguous: false,
          evidence: 'as confirmed for this file layout before'
        }
      : detectedDates
  yield
  const decimal = detectDecimalSeparator(moneyValues)
  const latestDate = latestDateOf(dateValues, dates.order, ctx.today)
  yield
  return {
    kind,
    kindEvidence: options.kind ? 'chosen by you' : detected.evidence,
    source,
    sourceEvidence,
    signature,
    columns,
    savedMapping,
    missing: kind ? missingFields(kind, columns) : [],
    dates,
    decimal,
    stages: suggestStages(stageCounts, ctx.process, savedStageMap(ctx, source)),
    owners: kind ? ownerSuggestions(table, kind, columns, ctx, ownerCells) : [],
    footerRows,
    managers:
      kind === 'reps' && columns['manager'] !== undefined
        ? managerGroups(normaliseReps(table, provisionalDecisions(kind, columns, ctx)).records)
        : [],
    latestDate,
    ownerColumnMissing: kind ? ownerColumnMissing(kind, columns) : false
  }
}

export function analyseTable(
  table: ParsedTable,
  ctx: ImportContext,
  options: AnalyseOptions = {}
): ImportAnalysis {
  const steps = analysisSteps(table, ctx, options)
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
  }
}

/** The same analysis, pausing between its passes over the rows. */
export async function analyseTableInSteps(
  table: ParsedTable,
  ctx: ImportContext,
  pause: () => Promise<void>,
  options: AnalyseOptions = {}
): Promise<ImportAnalysis> {
  const steps = analysisSteps(table, ctx, options)
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
    await pause()
  }
}

/** A saved mapping stores header text per field; turn it back into column indexes. */
function fromSaved(
  table: ParsedTable,
  saved: ImportMapping | undefined
): ColumnMapping | undefined {
  if (!saved) return undefined
  const mapping: ColumnMapping = {}
  for (const [field, header] of Object.entries(saved.columns)) {
    const index = table.headers.indexOf(header)
    if (index >= 0) mapping[field] = index
  }
  return mapping
}

/** The decisions the analysis proposes; the preview lets the manager change each one. */
export function proposedDecisions(analysis: ImportAnalysis, ctx: ImportContext): ImportDecisions {
  return {
    kind: analysis.kind ?? 'opportunities',
    source: analysis.source,
    columns: analysis.columns,
    dateOrder: analysis.dates.order,
    decimal: analysis.decimal.decimal,
    defaultCurrency: ctx.currency,
    stageMap: stageMapFrom(analysis.stages),
    owners: Object.fromEntries(analysis.owners.map((o) => [o.key, o.choice])),
    asOf: analysis.latestDate ?? ctx.today,
    managers: proposedManagers(analysis.managers, ctx.managerName)
  }
}

/** The latest date among the file's date cells, ignoring any after today. */
function latestDateOf(values: string[], order: DateOrder, today: string): string | undefined {
  let latest: string | undefined
  const seen = new Set<string>()
  for (const value of values) {
    if (seen.has(value)) continue
    seen.add(value)
    if (isBlank(value)) continue
    const parsed = parseCalendarDate(value, order)
    if (parsed.ok && parsed.value <= today && (latest === undefined || parsed.value > latest)) {
      latest = parsed.value
    }
  }
  return latest
}
