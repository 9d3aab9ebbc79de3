import type { CheckIn, Plan } from '../domain'
import { toCsv, type CsvColumn } from '../export/csv'
import { GOAL_STATUS_LABELS } from './measure'

/**
 * The check-in log as CSV for HR's spreadsheet: one row per check-in and goal. Free text
 * (notes, next steps, goal names) goes through toCsv, which defuses formula cells.
 */
export function checkInLogCsv(plan: Pick<Plan, 'goals'>, checkIns: readonly CheckIn[]): string {
  type Row = { c: CheckIn; g?: CheckIn['goalChecks'][number] }
  const rows: Row[] = [...checkIns]
    .sort((a, b) => a.scheduledFor.localeCompare(b.scheduledFor))
    .flatMap((c) => (c.goalChecks.length ? c.goalChecks.map((g) => ({ c, g })) : [{ c }]))
  const goalName = (key?: string) => plan.goals.find((g) => g.key === key)?.description ?? key ?? ''
  const columns: CsvColumn<Row>[] = [
    { header: 'Scheduled for', value: (r) => r.c.scheduledFor },
    { header: 'Held on', value: (r) => r.c.heldOn },
    { header: 'Check-in status', value: (r) => r.c.status },
    { header: 'Goal', value: (r) => goalName(r.g?.goalKey) },
    { header: 'Goal status', value: (r) => (r.g ? GOAL_STATUS_LABELS[r.g.status] : '') },
    { header: 'Measured', value: (r) => r.g?.measured },
    { header: 'How measured', value: (r) => r.g?.measuredNote },
    { header: 'Notes', value: (r) => r.c.notes },
    { header: 'Next steps', value: (r) => r.c.nextSteps }
  ]
  return toCsv(columns, rows, { bom: true })
}
