import type { SalesDayActivity, SalesDayBlock } from '../domain'

export const SALES_DAY_LABELS: Record<SalesDayActivity, string> = {
  prospecting: 'Prospecting',
  followUp: 'Follow-up',
  crm: 'CRM update',
  meetings: 'Customer meetings',
  other: 'Other'
}

const minutes = (hhmm: string): number => {
  const [h = 0, m = 0] = hhmm.split(':').map(Number)
  return h * 60 + m
}

/** Length of a block in minutes (0 when the end is not after the start). */
export const blockMinutes = (b: Pick<SalesDayBlock, 'start' | 'end'>): number =>
  Math.max(0, minutes(b.end) - minutes(b.start))

/**
 * A structured sales day tied to the role's weekly activity standard: the daily share of the
 * standard goes to the prospecting and follow-up blocks, and the day starts and ends on the
 * CRM (the "fifteen minutes every morning" habit).
 */
export function defaultSalesDay(weeklyActivities: number | undefined): SalesDayBlock[] {
  const perDay = Math.max(1, Math.ceil((weeklyActivities ?? 25) / 5))
  const prospecting = Math.ceil(perDay * 0.6)
  const followUp = Math.max(1, perDay - prospecting)
  const standard =
    weeklyActivities === undefined ? '' : ` (role standard: ${weeklyActivities} a week)`
  return [
    {
      start: '08:30',
      end: '08:45',
      activity: 'crm',
      what: "Bring yesterday's meetings, next steps and close dates up to date",
      aim: 'Every open deal has a next step'
    },
    {
      start: '09:00',
      end: '10:30',
      activity: 'prospecting',
      what: 'Calls and emails to the target account list',
      aim: `${prospecting} new conversations started${standard}`
    },
    {
      start: '10:30',
      end: '12:00',
      activity: 'meetings',
      what: 'Customer meetings, each with a planned next step to ask for',
      aim: 'Every meeting ends with an agreed next step'
    },
    {
      start: '13:00',
      end: '14:00',
      activity: 'followUp',
      what: 'Follow up on open proposals and last week’s meetings',
      aim: `${followUp} follow-ups logged`
    },
    {
      start: '14:00',
      end: '16:30',
      activity: 'meetings',
      what: 'Customer meetings or a second prospecting block',
      aim: ''
    },
    {
      start: '16:30',
      end: '16:45',
      activity: 'crm',
      what: "Log today's activities and set tomorrow's first calls",
      aim: `${perDay} activities logged today`
    }
  ]
}

/** Time per activity across the day, for the outline's summary line. */
export function salesDayTotals(
  blocks: readonly SalesDayBlock[]
): { label: string; minutes: number }[] {
  const totals = new Map<SalesDayActivity, number>()
  for (const b of blocks) totals.set(b.activity, (totals.get(b.activity) ?? 0) + blockMinutes(b))
  return [...totals.entries()].map(([activity, m]) => ({
    label: SALES_DAY_LABELS[activity],
    minutes: m
  }))
}
