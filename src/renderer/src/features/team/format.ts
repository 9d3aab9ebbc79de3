import { formatMoney, formatPercent } from '@shared/format'
import { quarterLabel } from '@shared/metrics/dates'
import type { RepHeadline } from '@shared/metrics/headline'
import { showDay } from '../../ui/words'

export const displayDate = showDay
export const money = (minor: number, h: RepHeadline): string => formatMoney(minor, h.currency)
export const attainment = (h: RepHeadline): string => formatPercent(h.attainment)
export const quarterName = (h: RepHeadline): string => quarterLabel(h.quarter.start)

export function rampNote(h: RepHeadline, rampMonths: number): string | undefined {
  if (h.rampFactor >= 1) return undefined
  return `On ramp: held to ${formatPercent(h.rampFactor)} of target (${rampMonths}-month ramp)`
}
