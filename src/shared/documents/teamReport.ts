import { addDays, format, parseISO } from 'date-fns'
import type { CalendarDate, Observation, OneOnOne, Plan, Rep, SalesStage } from '../domain'
import type { Finding } from '../diagnosis/types'
import type { DateRange, Scorecard, Standing } from '../metrics'
import { formatMoney } from '../format'
import type { DocumentBlock, DocumentModel } from './model'

/** What the manager has on record for the team: the dated coaching the report points at. */
export interface ManagerRecords {
  plans: readonly Plan[]
  observations: readonly Observation[]
  oneOnOnes: readonly OneOnOne[]
  stages?: readonly Pick<SalesStage, 'key' | 'name'>[]
}

export interface TeamReportInput {
  teamName?: string
  managerName?: string
  range: DateRange & { label: string }
  today: CalendarDate
  currency: string
  reps: readonly Pick<Rep, 'id' | 'name'>[]
  scorecards: readonly Scorecard[]
  findingsByRep: readonly { repId: string; findings: readonly Finding[] }[]
  /** Team-level findings (a market shift). */
  teamFindings: readonly Finding[]
  records: ManagerRecords
}

const shortDate = (d: CalendarDate): string => format(parseISO(d), 'MMM d, yyyy')

const SEVERITY = { act: 'Act', watch: 'Watch', info: 'Info' } as const
const PLAN_STATUS = { draft: 'draft', hrReview: 'in HR review', active: 'active', closed: 'closed' }
const OBSERVATION = { rideAlong: 'Ride-along', callReview: 'Call review', rolePlay: 'Role-play' }

/** How far back an observation still counts as "already doing something about it". */
const RECENT_DAYS = 45

function revenueStanding(card: Scorecard | undefined): Standing | undefined {
  return card?.standings.find((s) => s.dimension.metric === 'closedWonRevenue')
}

/**
 * What the manager is doing about a finding, from their own dated records: plans running for
 * the rep, observations at the finding's stage (or any, when it names none) recently or
 * planned, and the next 1:1. With nothing on record, the suggested action is the plan.
 */
export function managerResponse(
  finding: Finding,
  records: ManagerRecords,
  today: CalendarDate
): string {
  const repId = finding.repId
  const stageName = (key: string) => records.stages?.find((s) => s.key === key)?.name ?? key
  const doing: string[] = []
  for (const p of records.plans) {
    if (p.repId !== repId || p.status === 'closed' || p.endDate < today) continue
    doing.push(
      `${p.kind === 'pip' ? 'PIP' : 'Coaching plan'} “${p.title}” (${PLAN_STATUS[p.status]}, ${shortDate(p.startDate)} to ${shortDate(p.endDate)})`
    )
  }
  const since = format(addDays(parseISO(today), -RECENT_DAYS), 'yyyy-MM-dd')
  const observed = records.observations
    .filter(
      (o) =>
        o.repId === repId &&
        o.date >= since &&
        (finding.stageKey === undefined || o.stageKey === finding.stageKey)
    )
    .sort((a, b) => a.date.localeCompare(b.date))
  for (const o of observed.slice(-2)) {
    const when = o.date > today ? 'planned for' : 'on'
    doing.push(`${OBSERVATION[o.kind]} at ${stageName(o.stageKey)} ${when} ${shortDate(o.date)}`)
  }
  if (repId !== 'team') {
    const next = records.oneOnOnes
      .filter((m) => m.repId === repId && m.status === 'planned' && m.scheduledFor >= today)
      .sort((a, b) => a.scheduledFor.localeCompare(b.scheduledFor))[0]
    if (next && doing.length > 0) doing.push(`next 1:1 on ${shortDate(next.scheduledFor)}`)
    if (next && doing.length === 0)
      return `To raise in the 1:1 on ${shortDate(next.scheduledFor)}: ${finding.actions[0].text}`
  }
  if (doing.length === 0) return `Nothing on record yet. Next: ${finding.actions[0].text}`
  return `${doing.join('; ')}.`
}

/**
 * The engine writes "12 ≥ 25 target?"; the PDF's standard fonts have no ≥, ≤ or →, so they are
 * spelled out rather than printed as question marks.
 */
export const printable = (text: string): string =>
  text.replace(/≥/g, '>=').replace(/≤/g, '<=').replace(/→/g, '->')

function evidence(f: Finding): string {
  const numbers = f.numbers.map((n) => `${n.label}: ${n.value}`).join('; ')
  return printable(numbers ? `${f.rule} (${numbers})` : f.rule)
}

function summary(input: TeamReportInput): string[] {
  const { scorecards, currency } = input
  let won = 0
  let target = 0
  let meeting = 0
  let withTarget = 0
  for (const card of scorecards) {
    const s = revenueStanding(card)
    // A rep not on the team in the period has nothing to meet (a zero target is not "met").
    if (!s || card.metrics.activeDays === 0) continue
    withTarget += 1
    won += s.actual.value ?? 0
    target += s.target.target
    if (s.status === 'met') meeting += 1
  }
  const all = input.findingsByRep.flatMap((d) => d.findings)
  const act = all.filter((f) => f.severity === 'act').length
  const watch = all.filter((f) => f.severity === 'watch').length
  const lines: string[] = []
  if (withTarget > 0)
    lines.push(
      `The team closed ${formatMoney(won, currency)} against a combined target of ${formatMoney(Math.round(target), currency)} (${target > 0 ? Math.round((won / target) * 100) : 0}%); ${meeting} of ${withTarget} reps met their revenue target.`
    )
  lines.push(
    `${act} ${act === 1 ? 'finding' : 'findings'} to act on and ${watch} to watch across ${input.reps.length} reps. Each is listed below with the rule and numbers behind it and what I am doing about it.`
  )
  if (input.teamFindings.length > 0)
    lines.push(
      `Market signal: ${input.teamFindings[0]?.title}. Most of the team fell together against their own history, so this is handled with a team plan rather than individual corrections.`
    )
  return lines
}

/**
 * The team report for the manager's own manager: where each rep stands against the
 * expectations, the findings with their evidence, and what the manager is doing about each.
 */
export function teamReport(input: TeamReportInput): DocumentModel {
  const { range, today, currency } = input
  const byRep = new Map(input.scorecards.map((c) => [c.repId, c]))
  const names = new Map(input.reps.map((r) => [r.id, r.name]))
  const running = range.end >= today
  const blocks: DocumentBlock[] = [
    {
      kind: 'fields',
      fields: [
        ...(input.teamName ? [{ label: 'Team', value: input.teamName }] : []),
        ...(input.managerName ? [{ label: 'Manager', value: input.managerName }] : []),
        {
          label: 'Period',
          value: `${range.label}: ${shortDate(range.start)} to ${shortDate(range.end)}${running ? ` (to date, ${shortDate(today)})` : ''}`
        },
        { label: 'Reps', value: String(input.reps.length) },
        { label: 'Prepared on', value: shortDate(today) }
      ]
    },
    { kind: 'heading', level: 2, text: 'Summary' },
    ...summary(input).map((text): DocumentBlock => ({ kind: 'paragraph', text })),
    { kind: 'heading', level: 2, text: 'Standing against expectations' },
    {
      kind: 'table',
      columns: ['Rep', 'Revenue against target', 'Expectations met', 'Missed'],
      rows: input.reps.map((rep) => {
        const card = byRep.get(rep.id)
        if (card && card.metrics.activeDays === 0)
          return [rep.name, 'not on the team in this period', '—', '—']
        const revenue = revenueStanding(card)
        const judged = card?.standings.filter((s) => s.status !== 'noData') ?? []
        const met = judged.filter((s) => s.status === 'met')
        const missed = judged.filter((s) => s.status === 'missed')
        return [
          rep.name,
          revenue
            ? `${formatMoney(revenue.actual.value ?? 0, currency)} of ${formatMoney(Math.round(revenue.target.target), currency)}${revenue.target.ramped ? ' (ramp)' : ''}${revenue.target.override ? ' (override)' : ''}`
            : '—',
          judged.length > 0 ? `${met.length} of ${judged.length}` : 'no data',
          missed.map((s) => s.dimension.label).join('; ') || 'none'
        ]
      })
    },
    {
      kind: 'paragraph',
      tone: 'muted',
      text: 'Targets are the role’s expectations for the period, with each rep’s written overrides and ramp proration applied; running periods are measured to date.'
    },
    { kind: 'heading', level: 2, text: 'Findings and what I am doing about them' }
  ]
  const findingTable = (findings: readonly Finding[]): DocumentBlock => ({
    kind: 'table',
    columns: ['Finding', 'Evidence', 'What I am doing'],
    rows: findings.map((f) => [
      printable(`${SEVERITY[f.severity]}: ${f.title}`),
      evidence(f),
      printable(managerResponse(f, input.records, today))
    ])
  })
  if (input.teamFindings.length > 0) {
    blocks.push({ kind: 'heading', level: 3, text: 'Whole team' })
    blocks.push(findingTable(input.teamFindings))
  }
  const clear: string[] = []
  for (const rep of input.reps) {
    const findings = input.findingsByRep.find((d) => d.repId === rep.id)?.findings ?? []
    const shown = findings.filter((f) => f.severity !== 'info')
    if (shown.length === 0) {
      clear.push(rep.name)
      continue
    }
    blocks.push({ kind: 'heading', level: 3, text: names.get(rep.id) ?? rep.name })
    blocks.push(findingTable(shown))
  }
  if (clear.length > 0)
    blocks.push({
      kind: 'paragraph',
      text: `No findings to act on or watch: ${clear.join(', ')}.`
    })

  return {
    // No team name in Settings: "Team report, Q3 2026", not "Team report: my team".
    title: input.teamName
      ? `Team report: ${input.teamName}, ${range.label}`
      : `Team report, ${range.label}`,
    subtitle: 'Standing against expectations, findings, and what I am doing about each',
    ...(input.managerName ? { author: input.managerName } : {}),
    createdOn: today,
    footer: `${input.teamName || 'Team'} report, ${range.label}, prepared ${shortDate(today)}`,
    blocks
  }
}

export function teamReportFileName(teamName: string | undefined, periodLabel: string): string {
  const plain = `${teamName || 'Team'} report ${periodLabel}`
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9 .-]+/g, '')
    .trim()
  return plain
}
