import { useEffect, useState } from 'react'
import { today as todayOf } from '../../ui/today'
import { useTeamAnalysis, type TeamAnalysis } from '../../db/useTeamAnalysis'
import { PeriodPicker } from '../../ui/period/PeriodPicker'
import { useSelectedPeriod, type SelectedPeriod } from '../../ui/period/useSelectedPeriod'
import { DashboardPanels } from './DashboardPanels'
import './dashboard.css'

/** The team against its expectations for one period, and why each rep stands where they do. */
export function DashboardScreen() {
  const today = todayOf()
  const selected = useSelectedPeriod(today)
  if (!selected) return <Computing />
  return <Dashboard selected={selected} today={today} />
}

function Computing() {
  return (
    <section aria-labelledby="screen-title">
      <h1 id="screen-title">Dashboard</h1>
      <p className="loading" role="status">
        Computing the dashboard…
      </p>
    </section>
  )
}

/**
 * The last analysis that was ready. While another period is worked out, the dashboard keeps
 * the one on screen (marked busy) instead of emptying it, and then updates it in place.
 */
function useLastReady(ready: TeamAnalysis | undefined): TeamAnalysis | undefined {
  const [last, setLast] = useState(ready)
  if (ready !== undefined && ready !== last) setLast(ready)
  return ready ?? last
}

/**
 * Whether the wait for `waitingFor` (undefined: nothing awaited) has lasted long enough to say
 * so: answers the worker already has come within a frame, and a status shown for one frame is
 * only a flicker.
 */
function useLongWait(waitingFor: string | undefined, afterMs = 300): boolean {
  const [long, setLong] = useState<string>()
  useEffect(() => {
    if (waitingFor === undefined) return
    const timer = setTimeout(() => setLong(waitingFor), afterMs)
    return () => clearTimeout(timer)
  }, [waitingFor, afterMs])
  return waitingFor !== undefined && long === waitingFor
}

function Dashboard({ selected, today }: { selected: SelectedPeriod; today: string }) {
  const asked = useTeamAnalysis(selected.range, today, { teamViews: true })
  const analysis = useLastReady(asked?.views ? asked : undefined)
  const { start, end } = selected.range
  const longWait = useLongWait(analysis && analysis !== asked ? `${start}|${end}` : undefined)
  if (!analysis?.views) return <Computing />
  const { records, range } = analysis
  if (records.reps.length === 0)
    return (
      <section aria-labelledby="screen-title">
        <h1 id="screen-title">Dashboard</h1>
        <div className="empty-state">
          <p>No reps yet. Import your team or load the demo team.</p>
        </div>
      </section>
    )
  const working = analysis !== asked
  return (
    <section aria-labelledby="screen-title" className="dashboard" aria-busy={working}>
      <h1 id="screen-title">Dashboard</h1>
      <p className="subtle">
        {records.reps.length} reps against the standard, {range.label}. Every number links to its
        rule on the rep’s page.
      </p>
      <PeriodPicker selected={selected} today={today} working={longWait} />
      <DashboardPanels analysis={analysis} views={analysis.views} today={today} />
    </section>
  )
}
