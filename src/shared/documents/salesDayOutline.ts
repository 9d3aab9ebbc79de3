import type { Plan } from '../domain'
import { blockMinutes, SALES_DAY_LABELS, salesDayTotals } from '../plans/salesDay'
import type { DocumentModel } from './model'
import { safeLine, safeText } from './safeText'
import { formatDayRange } from '../words/dates'

export interface SalesDayInput {
  plan: Pick<
    Plan,
    | 'title'
    | 'salesDay'
    | 'repCommitment'
    | 'checkInSchedule'
    | 'startDate'
    | 'endDate'
    | 'managerName'
    | 'expectations'
  >
  repName: string
  createdOn: string
}

const hours = (m: number): string =>
  m % 60 === 0 ? `${m / 60} h` : `${Math.floor(m / 60)} h ${m % 60} min`

/**
 * The rep's copy of their structured sales day: one page they can keep by the desk, with the
 * time blocks, what each should produce, the activity standards it is tied to, and when the
 * manager checks in.
 */
export function buildSalesDayOutline(input: SalesDayInput): DocumentModel {
  const { plan } = input
  const activityLines = plan.expectations.filter((l) => /activit|meeting/i.test(l))
  return {
    title: `Your sales day: ${safeLine(input.repName, 200)}`,
    subtitle: safeLine(`${plan.title} · ${formatDayRange(plan.startDate, plan.endDate)}`, 1_000),
    ...(plan.managerName.trim() ? { author: safeLine(plan.managerName, 200) } : {}),
    createdOn: input.createdOn,
    blocks: [
      { kind: 'heading', level: 2, text: 'The day, block by block' },
      {
        kind: 'table',
        columns: ['Time', 'Block', 'What to do', 'Aim', 'Length'],
        rows: plan.salesDay.map((b) => [
          `${b.start}–${b.end}`,
          SALES_DAY_LABELS[b.activity],
          safeText(b.what),
          safeText(b.aim) || '—',
          hours(blockMinutes(b))
        ])
      },
      {
        kind: 'paragraph',
        text: `Time per day: ${salesDayTotals(plan.salesDay)
          .map((x) => `${x.label} ${hours(x.minutes)}`)
          .join(', ')}.`,
        tone: 'muted'
      },
      { kind: 'heading', level: 2, text: 'The standards it is built on' },
      activityLines.length > 0
        ? { kind: 'list', items: activityLines.map((l) => safeText(l)) }
        : { kind: 'paragraph', text: "See your role's expectations sheet." },
      { kind: 'heading', level: 2, text: 'Your commitment and check-ins' },
      {
        kind: 'fields',
        fields: [
          { label: 'Your commitment', value: safeText(plan.repCommitment) || '—' },
          { label: 'Check-ins', value: safeText(plan.checkInSchedule) || '—' }
        ]
      }
    ]
  }
}
