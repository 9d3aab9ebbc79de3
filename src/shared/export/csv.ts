import Papa from 'papaparse'
import { scoreObservation, type DateRange } from '../observations'
import type { Observation, ObservationKind, Rep, SalesProcess, WorkspaceData } from '../domain'

/**
 * CSV exports for other tools (Excel, Google Sheets, BI): readable headers, rep names instead
 * of ids, dates as `yyyy-MM-dd`, money as a decimal number with its currency in the next
 * column, CRLF line endings (RFC 4180).
 *
 * Formula injection: any text cell starting with `=`, `+`, `-`, `@`, a tab or a carriage
 * return gets a leading `'` so a spreadsheet shows it as text instead of running it. That is
 * papaparse's `escapeFormulae`, but with our own pattern: papaparse 5.7's built-in one
 * (`/^[=+\-@\t\r].*$/`) does not match a value that also contains a line break, so
 * "=HYPERLINK(…)\nx" would pass through. Numbers and booleans are never escaped (papaparse
 * skips non-string primitives), so a negative amount stays a number.
 */
export const FORMULA_START = /^[=+\-@\t\r]/

export type CsvCell = string | number | boolean | undefined | null

export interface CsvColumn<Row> {
  header: string
  value(row: Row): CsvCell
}

export interface CsvOptions {
  /** Start with a UTF-8 byte order mark so Excel reads accents and emoji correctly. */
  bom?: boolean
}

export const UTF8_BOM = '\uFEFF'

export function toCsv<Row>(
  columns: readonly CsvColumn<Row>[],
  rows: readonly Row[],
  options: CsvOptions = {}
): string {
  const body = Papa.unparse(
    {
      fields: columns.map((c) => c.header),
      data: rows.map((row) =>
        columns.map((c) => {
          const v = c.value(row)
          if (typeof v === 'number' && !Number.isFinite(v)) return ''
          return v ?? ''
        })
      )
    },
    { escapeFormulae: FORMULA_START, newline: '\r\n', quotes: false, header: true }
  )
  // With no rows papaparse already ends the header line; otherwise it leaves the last open.
  return `${options.bom ? UTF8_BOM : ''}${body}${rows.length === 0 ? '' : '\r\n'}`
}

// --- lookups --------------------------------------------------------------------------------

/** Money in minor units → a decimal number (12345 → 123.45). */
export const moneyValue = (minor: number | undefined): number | undefined =>
  minor === undefined ? undefined : minor / 100

const yesNo = (b: boolean | undefined): string => (b === undefined ? '' : b ? 'yes' : 'no')

/** The date part (`yyyy-MM-dd`, UTC) of an ISO timestamp. */
const dayOf = (timestamp: string | undefined): string | undefined => timestamp?.slice(0, 10)

const byText = (a: string, b: string) => a.localeCompare(b, 'en')

function lookups(data: WorkspaceData) {
  const reps = new Map<string, Rep>(data.reps.map((r) => [r.id, r]))
  const process: SalesProcess | undefined =
    data.salesProcesses.find((p) => p.id === data.settings[0]?.salesProcessId) ??
    data.salesProcesses[0]
  const stages = new Map(process?.stages.map((s) => [s.key, s.name]) ?? [])
  return {
    repName: (id: string | undefined) => (id === undefined ? '' : (reps.get(id)?.name ?? '')),
    stageName: (key: string | undefined) => (key === undefined ? '' : (stages.get(key) ?? key)),
    roleName: (id: string) => data.roles.find((r) => r.id === id)?.name ?? '',
    opportunityName: (id: string | undefined) =>
      id === undefined ? '' : (data.opportunities.find((o) => o.id === id)?.name ?? ''),
    template: (id: string) => data.checklistTemplates.find((t) => t.id === id),
    oneOnOne: (id: string | undefined) =>
      id === undefined ? undefined : data.oneOnOnes.find((o) => o.id === id)
  }
}

const KIND_LABEL: Record<ObservationKind, string> = {
  rideAlong: 'Ride-along',
  callReview: 'Call review',
  rolePlay: 'Role-play'
}

// --- exports --------------------------------------------------------------------------------

export function repsCsv(data: WorkspaceData, options?: CsvOptions): string {
  const l = lookups(data)
  const rows = [...data.reps].sort((a, b) => byText(a.name, b.name))
  return toCsv<Rep>(
    [
      { header: 'Name', value: (r) => r.name },
      { header: 'Email', value: (r) => r.email },
      { header: 'Role', value: (r) => l.roleName(r.roleId) },
      { header: 'Start date', value: (r) => r.startDate },
      { header: 'Ramp (months)', value: (r) => r.rampMonths },
      { header: 'Territory', value: (r) => r.territory },
      { header: '1:1 every (days)', value: (r) => r.oneOnOneCadenceDays },
      { header: 'Active', value: (r) => yesNo(r.active) },
      { header: 'CRM names', value: (r) => r.crmAliases.join('; ') }
    ],
    rows,
    options
  )
}

export function opportunitiesCsv(data: WorkspaceData, options?: CsvOptions): string {
  const l = lookups(data)
  type Opp = WorkspaceData['opportunities'][number]
  const rows = [...data.opportunities].sort(
    (a, b) =>
      byText(l.repName(a.repId), l.repName(b.repId)) ||
      byText(a.closeDate ?? '', b.closeDate ?? '') ||
      byText(a.name, b.name)
  )
  return toCsv<Opp>(
    [
      { header: 'Opportunity', value: (o) => o.name },
      { header: 'Account', value: (o) => o.account },
      { header: 'Rep', value: (o) => l.repName(o.repId) },
      { header: 'CRM owner', value: (o) => o.ownerAlias },
      { header: 'Stage', value: (o) => l.stageName(o.stageKey) },
      { header: 'CRM stage', value: (o) => o.crmStage },
      { header: 'Status', value: (o) => ({ open: 'Open', won: 'Won', lost: 'Lost' })[o.status] },
      { header: 'Amount', value: (o) => moneyValue(o.amount?.minor) },
      { header: 'Currency', value: (o) => o.amount?.currency },
      { header: 'Created', value: (o) => o.createdDate },
      { header: 'Close date', value: (o) => o.closeDate },
      { header: 'Next step', value: (o) => o.nextStep },
      { header: 'Last activity', value: (o) => o.lastActivityDate },
      { header: 'CRM id', value: (o) => o.crmId }
    ],
    rows,
    options
  )
}

export function activitiesCsv(data: WorkspaceData, options?: CsvOptions): string {
  const l = lookups(data)
  type Act = WorkspaceData['activities'][number]
  const opportunityNames = new Map(data.opportunities.map((o) => [o.id, o.name]))
  const rows = [...data.activities].sort(
    (a, b) => byText(a.date, b.date) || byText(l.repName(a.repId), l.repName(b.repId))
  )
  const TYPE = { call: 'Call', email: 'Email', meeting: 'Meeting', task: 'Task' } as const
  return toCsv<Act>(
    [
      { header: 'Date', value: (a) => a.date },
      { header: 'Rep', value: (a) => l.repName(a.repId) },
      { header: 'CRM owner', value: (a) => a.ownerAlias },
      { header: 'Type', value: (a) => TYPE[a.type] },
      { header: 'Subject', value: (a) => a.subject },
      {
        header: 'Opportunity',
        value: (a) => (a.opportunityId ? (opportunityNames.get(a.opportunityId) ?? '') : '')
      },
      {
        header: 'Duration (minutes)',
        value: (a) =>
          a.durationSeconds === undefined ? undefined : Math.round(a.durationSeconds / 6) / 10
      },
      { header: 'Next step agreed', value: (a) => yesNo(a.nextStepAgreed) },
      { header: 'CRM id', value: (a) => a.crmId }
    ],
    rows,
    options
  )
}

export interface ObservationsCsvOptions extends CsvOptions {
  /** Only observations dated in this range (inclusive). */
  range?: DateRange
  /** Only final observations (the default includes drafts, marked as such). */
  finalOnly?: boolean
}

/**
 * Observations, one row each, scored with the checklist version each was made with (see
 * src/shared/observations/scoring.ts): the score, and whether every must criterion was met.
 */
export function observationsCsv(data: WorkspaceData, options: ObservationsCsvOptions = {}): string {
  const l = lookups(data)
  const { range, finalOnly } = options
  const rows = data.observations
    .filter((o) => !range || (o.date >= range.start && o.date <= range.end))
    .filter((o) => !finalOnly || o.status === 'final')
    .sort((a, b) => byText(a.date, b.date) || byText(l.repName(a.repId), l.repName(b.repId)))
  const scenarios = new Map(data.rolePlayScenarios.map((s) => [s.id, s.title]))
  const result = (o: Observation) => {
    const t = l.template(o.templateId)
    return t ? scoreObservation(o, t) : undefined
  }
  return toCsv<Observation>(
    [
      { header: 'Date', value: (o) => o.date },
      { header: 'Rep', value: (o) => l.repName(o.repId) },
      { header: 'Kind', value: (o) => KIND_LABEL[o.kind] },
      { header: 'Stage', value: (o) => l.stageName(o.stageKey) },
      { header: 'Status', value: (o) => (o.status === 'final' ? 'Final' : 'Draft') },
      { header: 'Score (%)', value: (o) => result(o)?.percent },
      {
        header: 'Must criteria met',
        value: (o) => {
          const r = result(o)
          return r === undefined ? '' : yesNo(r.passed)
        }
      },
      {
        header: 'Must criteria not met',
        value: (o) =>
          result(o)
            ?.failedMusts.map((m) => m.criterion.label)
            .join('; ')
      },
      {
        header: 'Checklist',
        value: (o) => {
          const t = l.template(o.templateId)
          return t ? `${t.name} (v${o.templateVersion})` : ''
        }
      },
      {
        header: 'Opportunity',
        value: (o) => l.opportunityName(o.opportunityId) || o.opportunityLabel
      },
      { header: 'Desired next step', value: (o) => o.plan?.desiredNextStep },
      { header: 'Next step agreed', value: (o) => yesNo(o.nextStepAgreed) },
      { header: 'Outcome', value: (o) => o.outcome },
      { header: 'Self-assessment', value: (o) => o.selfAssessment },
      { header: 'Strength', value: (o) => o.strength },
      { header: 'Focus', value: (o) => o.focus },
      { header: 'Call reference', value: (o) => o.callReference?.reference },
      {
        header: 'Scenario',
        value: (o) => (o.scenarioId ? (scenarios.get(o.scenarioId) ?? '') : '')
      },
      { header: 'Attempt', value: (o) => o.attempt },
      {
        header: 'Role-play time (minutes)',
        value: (o) =>
          o.elapsedSeconds === undefined ? undefined : Math.round(o.elapsedSeconds / 6) / 10
      }
    ],
    rows,
    options
  )
}

/** 1:1 commitments (action items): who owes what, by when, and from which 1:1. */
export function commitmentsCsv(data: WorkspaceData, options?: CsvOptions): string {
  const l = lookups(data)
  type Item = WorkspaceData['actionItems'][number]
  const rows = [...data.actionItems].sort(
    (a, b) =>
      byText(l.repName(a.repId), l.repName(b.repId)) ||
      byText(a.dueDate ?? '9999', b.dueDate ?? '9999') ||
      byText(a.text, b.text)
  )
  const STATUS = { open: 'Open', done: 'Done', dropped: 'Dropped' } as const
  return toCsv<Item>(
    [
      { header: 'Rep', value: (a) => l.repName(a.repId) },
      { header: 'Owner', value: (a) => (a.owner === 'rep' ? 'Rep' : 'Manager') },
      { header: 'Commitment', value: (a) => a.text },
      { header: 'Due date', value: (a) => a.dueDate },
      { header: 'Status', value: (a) => STATUS[a.status] },
      { header: 'Completed on', value: (a) => dayOf(a.completedAt) },
      {
        header: 'From 1:1 on',
        value: (a) => {
          const meeting = l.oneOnOne(a.oneOnOneId)
          return meeting ? (meeting.heldOn ?? meeting.scheduledFor) : undefined
        }
      }
    ],
    rows,
    options
  )
}
