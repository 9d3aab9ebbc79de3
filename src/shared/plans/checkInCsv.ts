import type { CheckIn, Plan } from '../domain'
import { toCsv, type CsvColumn } from '../export/csv'
import { goalValueText, type MoneyContext } from './goals'
import { GOAL_STATUS_LABELS } from './measure'

/**
 * The check-in log as CSV for HR's spreadsheet: one row per check-in and goal. Free text
 * (notes, next steps, goal names) goes through toCsv, which defuses formula cells.
 */
export function checkInLogCsv(
  plan: Pick<Plan, 'goals'>,
  checkIns: readonly CheckIn[],
  money: MoneyContext = { currency: 'USD' }
): string {
  type Row = { c: CheckIn; g?: CheckIn['goalChecks'][number] }
  const rows: Row[] = [...checkIns]
    .sort((a, b) => a.scheduledFor.localeCompare(b.scheduledFor))
    .flatMap((c) => (c.goalChecks.length ? c.goalChecks.map((g) => ({ c, g })) : [{ c }]))
  const goalOf = (key?: string) => plan.goals.find((g) => g.key === key)
  const goalName = (key?: string) => goalOf(key)?.description ?? key ?? ''
  // Money goals are written as money, never as cents.
  const measured = (r: Row) => {
    const goal = goalOf(r.g?.goalKey)
    return goal && r.g?.measured !== undefined
      ? goalValueText(goal, r.g.measured, money)
      : r.g?.measured
  }
  const columns: CsvColumn<Row>[] = [
    { header: 'Scheduled for', value: (r) => r.c.scheduledFor },
    { header: 'Held on', value: (r) => r.c.heldOn },
    { header: 'Why held early', value: (r) => r.c.earlyReason },
    { header: 'Check-in status', value: (r) => r.c.status },
    { header: 'Goal', value: (r) => goalName(r.g?.goalKey) },
    { header: 'Goal status', value: (r) => (r.g ? GOAL_STATUS_LABELS[r.g.status] : '') },
    { header: 'Measured', value: measured },
    { header: 'How measured', value: (r) => r.g?.measuredNote },
    { header: 'Notes', value: (r) => r.c.notes },
    { header: 'Next steps', value: (r) => r.c.nextSteps }
  ]
  return toCsv(columns, rows, { bom: true })
}
