import { useEffect } from 'react'
import { useSearchParams } from 'react-router-dom'
import { Period } from '@shared/domain'
import {
  customRange,
  defaultPeriod,
  periodRange,
  type CalendarOptions,
  type PeriodRange
} from '@shared/metrics'
import { useDataCalendar, type DataCalendar } from '../../db/dataDays'
import { usePeriodStore, type PeriodChoice } from './periodStore'

const DAY = /^\d{4}-\d{2}-\d{2}$/

/** A choice written in a link (?period=quarter&at=2017-10-01, or ?from=…&to=…). */
function choiceFromLink(params: URLSearchParams): PeriodChoice | undefined {
  const from = params.get('from')
  const to = params.get('to')
  if (from && to && DAY.test(from) && DAY.test(to)) return { kind: 'custom', from, to }
  const period = Period.safeParse(params.get('period'))
  const at = params.get('at')
  if (period.success && at && DAY.test(at)) return { kind: 'period', period: period.data, at }
  return undefined
}

function rangeOf(choice: PeriodChoice | undefined, today: string, data: DataCalendar): PeriodRange {
  if (choice?.kind === 'custom') {
    const made = customRange(choice.from, choice.to, data.calendar)
    if (made.ok) return made.range
  }
  if (choice?.kind === 'period') {
    return periodRange(choice.period, choice.at <= today ? choice.at : today, data.calendar)
  }
  return defaultPeriod(today, data.days, data.calendar)
}

export interface SelectedPeriod {
  range: PeriodRange
  days: string[]
  calendar: CalendarOptions
  choose(choice: PeriodChoice): void
}

/**
 * The shared period: a link's choice wins (and becomes the shared one), then the manager's
 * last choice, then the latest period with data. Undefined while the data days load.
 */
export function useSelectedPeriod(today: string): SelectedPeriod | undefined {
  const [params, setParams] = useSearchParams()
  const data = useDataCalendar(today)
  const stored = usePeriodStore((s) => s.choice)
  const store = usePeriodStore((s) => s.choose)
  const linked = choiceFromLink(params)
  const linkKey = linked ? JSON.stringify(linked) : ''
  useEffect(() => {
    if (linked) store(linked)
    // The key identifies the link's choice; the object is new on each render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [linkKey, store])
  if (!data) return undefined
  const choice = linked ?? stored
  return {
    range: rangeOf(choice, today, data),
    days: data.days,
    calendar: data.calendar,
    choose: (next) => {
      store(next)
      // The address carries a period only when a link brought one, and then it would win over
      // the choice: take it out. Otherwise the address is left alone, since writing it
      // (history.replaceState, then every route and link re-rendering) was a fifth of the
      // main-thread time of a 50-rep dashboard's period switch.
      if (!linked) return
      const search = new URLSearchParams(params)
      for (const key of ['period', 'at', 'from', 'to']) search.delete(key)
      setParams(search, { replace: true })
    }
  }
}

/** The query string that carries a range to another screen (links from the dashboard). */
export function periodSearch(range: PeriodRange): string {
  return range.custom
    ? `?from=${range.start}&to=${range.end}`
    : `?period=${range.period}&at=${range.start}`
}
