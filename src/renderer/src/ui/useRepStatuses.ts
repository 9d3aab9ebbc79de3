import { useMemo } from 'react'
import type { Rep } from '@shared/domain'
import type { PeriodRange } from '@shared/metrics'
import { repStatus, type RepStatus } from '@shared/metrics/status'
import { useTeamAnalysis } from '../db/useTeamAnalysis'

export interface RepStatusRow {
  rep: Rep
  status: RepStatus
}

/**
 * Each active rep's status for the period a screen shows (Home and Team pass theirs): the
 * revenue standing and findings of the same analysis the Dashboard runs, and the rep's plans.
 */
export function useRepStatuses(range: PeriodRange, today: string): RepStatusRow[] | undefined {
  // No wait before reading: the records are one shared read (the period picker needs them
  // anyway) and each period's analysis is kept, so a passing visit costs next to nothing.
  const analysis = useTeamAnalysis(range, today, { teamViews: false })
  return useMemo(() => {
    if (!analysis) return undefined
    const { diagnosis, records, currency } = analysis
    return records.reps.map((rep) => {
      const card = diagnosis.scorecards.find((c) => c.repId === rep.id)
      const revenue = card?.standings.find((s) => s.dimension.metric === 'closedWonRevenue')
      const status = repStatus({
        period: range,
        today,
        wonMinor: card?.metrics.values.closedWonRevenue.value ?? 0,
        targetDueMinor: revenue?.target.target,
        currency: revenue?.dimension.currency ?? currency,
        findings: diagnosis.byRep.find((d) => d.repId === rep.id)?.findings ?? [],
        plans: records.plans.filter((p) => p.repId === rep.id)
      })
      return { rep, status }
    })
    // The range is a fresh object per render: its period and start identify it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [analysis, range.period, range.start, today])
}
