import type { CheckIn, Plan, PlanAuditEntry } from '../domain'
import { goalValueText, type MoneyContext } from '../plans/goals'
import { GOAL_STATUS_LABELS } from '../plans/measure'
import { chainBreakSentence, verifyChain, type ChainCheck } from '../plans/auditChain'
import { changeSentence } from './auditWords'
import type { DocumentBlock } from './model'
import { safeText } from './safeText'
import { formatDay, writeDaysIn } from '../words/dates'

/** The packet's dated parts: goals, the check-in log, the outcome and the appendices. */

const t = (text: string): string => safeText(text)
const orNone = (text: string, none = 'None recorded.'): string => (text.trim() ? t(text) : none)

export const STATUS_WORDS: Record<Plan['status'], string> = {
  draft: 'Draft',
  hrReview: 'In HR review',
  active: 'Active',
  closed: 'Closed'
}
const OUTCOME_WORDS = {
  successful: 'Successful: the standards were met',
  extended: 'Extended to a new date',
  unsuccessful: 'Unsuccessful: the standards were not met'
} as const
const CHECK_IN_WORDS: Record<CheckIn['status'], string> = {
  scheduled: 'Scheduled',
  held: 'Held',
  missed: 'Missed'
}

export function goalBlocks(plan: Plan, money: MoneyContext): DocumentBlock[] {
  const rows = plan.goals.map((g) => {
    const show = (v: number | undefined) => goalValueText(g, v, money)
    const role =
      g.roleTarget === undefined
        ? '—'
        : g.target !== undefined && g.target !== g.roleTarget
          ? `${show(g.roleTarget)} (differs; reason: ${g.deviationReason.trim() ? t(g.deviationReason) : 'none given'})`
          : `${show(g.roleTarget)} (same)`
    return [
      t(g.description),
      t(g.standard),
      show(g.baseline),
      show(g.target),
      orNone(g.howMeasured, '—'),
      role
    ]
  })
  return [
    { kind: 'heading', level: 2, text: '4. Measurable goals' },
    {
      kind: 'table',
      columns: [
        'Goal',
        'Standard to reach',
        'Baseline',
        'Target',
        'How measured',
        "Role's standard"
      ],
      rows
    }
  ]
}

function checkInStatus(plan: Plan, c: CheckIn, locale?: string): string {
  // A check-in still open when the plan closed was never held: say so, not "scheduled".
  if (c.status === 'scheduled' && plan.status === 'closed') return 'Not held (plan closed)'
  if (c.status !== 'held' || !c.heldOn || c.heldOn === c.scheduledFor)
    return CHECK_IN_WORDS[c.status]
  const early = c.heldOn < c.scheduledFor && c.earlyReason?.trim()
  return `Held ${formatDay(c.heldOn, locale)}${early ? ` (early: ${t(c.earlyReason ?? '')})` : ''}`
}

export function checkInLogBlocks(
  plan: Plan,
  checkIns: readonly CheckIn[],
  money: MoneyContext
): DocumentBlock[] {
  const goalOf = (key: string) => plan.goals.find((g) => g.key === key)
  const rows = [...checkIns]
    .sort((a, b) => a.scheduledFor.localeCompare(b.scheduledFor))
    .map((c) => [
      formatDay(c.scheduledFor, money.locale),
      checkInStatus(plan, c, money.locale),
      c.goalChecks
        .map((g) => {
          const goal = goalOf(g.goalKey)
          const measured =
            g.measured === undefined
              ? ''
              : ` (measured ${goal ? goalValueText(goal, g.measured, money) : g.measured}${g.measuredNote ? `: ${writeDaysIn(g.measuredNote, money.locale)}` : ''})`
          return `${goal?.description ?? g.goalKey}: ${GOAL_STATUS_LABELS[g.status]}${measured}`
        })
        .map(t)
        .join('\n') || '—',
      orNone(c.notes, '—'),
      orNone(c.nextSteps, '—')
    ])
  return [
    { kind: 'heading', level: 2, text: '10. Check-in log' },
    rows.length > 0
      ? { kind: 'table', columns: ['Date', 'Status', 'Goals', 'Notes', 'Next steps'], rows }
      : { kind: 'paragraph', text: 'No check-ins yet.' }
  ]
}

export function outcomeBlocks(plan: Plan, locale?: string): DocumentBlock[] {
  const o = plan.outcome
  return [
    { kind: 'heading', level: 2, text: '11. Outcome' },
    o
      ? {
          kind: 'fields',
          fields: [
            { label: 'Outcome', value: OUTCOME_WORDS[o.result] },
            { label: 'Decided on', value: formatDay(o.decidedOn, locale) },
            ...(o.extendedTo
              ? [{ label: 'Extended to', value: formatDay(o.extendedTo, locale) }]
              : []),
            { label: 'Note', value: orNone(o.note, '—') }
          ]
        }
      : {
          kind: 'paragraph',
          text: `Not decided yet: the plan is ${STATUS_WORDS[plan.status].toLowerCase()}. The outcome is chosen when the plan closes.`
        }
  ]
}

export function appendixBlocks(
  plan: Plan,
  auditLog: readonly PlanAuditEntry[],
  locale?: string
): DocumentBlock[] {
  const evidence = plan.concerns.flatMap((c) => [
    ...c.examples.filter((e) => e.trim()).map((e) => ['', t(c.title), 'Example', t(e)]),
    ...c.coachingGiven.map((g) => [
      formatDay(g.date, locale),
      t(c.title),
      'Coaching given',
      t(writeDaysIn(g.summary, locale))
    ])
  ])
  // Exports are logged too, but left out here so exporting again does not change the packet.
  const changes = auditLog
    .filter((e) => e.action !== 'exported')
    .map((e) => [
      `${formatDay(e.at, locale)}, ${e.at.slice(11, 16)} UTC`,
      t(e.by || 'The manager'),
      t(changeSentence(e, locale))
    ])
  return [
    { kind: 'pageBreak' },
    { kind: 'heading', level: 2, text: 'Appendix A. Evidence' },
    evidence.length > 0
      ? { kind: 'table', columns: ['Date', 'Concern', 'Kind', 'Record'], rows: evidence }
      : { kind: 'paragraph', text: 'No evidence recorded.' },
    { kind: 'heading', level: 2, text: 'Appendix B. Record of changes' },
    {
      kind: 'paragraph',
      text: 'Every change since the plan was created, as logged by Fieldbook. Once a plan is active its record is append-only: nothing above was edited without an entry here.',
      tone: 'muted'
    },
    ...chainBlocks(verifyChain(auditLog), locale),
    changes.length > 0
      ? { kind: 'table', columns: ['When', 'Who', 'What happened'], rows: changes }
      : { kind: 'paragraph', text: 'No entries.' }
  ]
}

/**
 * The record's hash chain as checked when the document is made: one line when unbroken, or
 * the break and each place it is broken (entries are numbered in time order, exports
 * included). Printed, never repaired.
 */
export function chainBlocks(check: ChainCheck, locale?: string): DocumentBlock[] {
  if (check.intact)
    return [
      {
        kind: 'paragraph',
        text: 'Checked when this document was made: the record is unbroken. Each entry carries the SHA-256 of the entry before it, so an entry removed, changed or reordered outside Fieldbook would show here.'
      }
    ]
  return [
    {
      kind: 'paragraph',
      tone: 'strong',
      text: `Warning: the record of changes is BROKEN in ${check.breaks.length} ${check.breaks.length === 1 ? 'place' : 'places'}. Checked when this document was made, its hash chain shows that entries were removed, changed or reordered outside Fieldbook. Fieldbook shows the break and never repairs it:`
    },
    { kind: 'list', items: check.breaks.map((b) => t(chainBreakSentence(b, locale))) }
  ]
}

/** The packet's footer, on every page: the state of the record when the file was made. */
export const chainFooter = (check: ChainCheck): string =>
  check.intact
    ? 'Record of changes: unbroken when this document was made.'
    : `Record of changes: BROKEN in ${check.breaks.length} ${check.breaks.length === 1 ? 'place' : 'places'} when this document was made (see Appendix B).`
