import { Link } from 'react-router-dom'
import type { PeriodRange } from '@shared/metrics'
import { useSelectedPeriod } from '../../ui/period/useSelectedPeriod'
import { WORDS } from '@shared/words'
import { RepStatusBadge, RepStatusWhy } from '../../ui/RepStatusBadge'
import { useRepStatuses, type RepStatusRow } from '../../ui/useRepStatuses'
import { count } from '../../ui/words'
import { screens } from '../../ui/routes'

const ORDER = { atRisk: 0, behind: 1, onPace: 2 } as const
const PLAN_WORDS = { pip: 'PIP', coaching: 'Coaching plan' } as const

function RepLine({ row }: { row: RepStatusRow }) {
  const { rep, status } = row
  return (
    <li className="who-row">
      <div className="who-head">
        <Link to={screens.rep(rep.id)}>{rep.name}</Link>{' '}
        <RepStatusBadge status={status} detail={false} /> <span>{status.reasons[0]}</span>
      </div>
      <p className="cell-note">
        {status.topFinding ? `Top finding: ${status.topFinding.title}.` : 'No finding.'} ·{' '}
        {status.openPlan ? (
          <Link to={screens.plan(status.openPlan.id)}>
            {PLAN_WORDS[status.openPlan.kind]}: {status.openPlan.title}
          </Link>
        ) : (
          'No open plan.'
        )}{' '}
        · <Link to={screens.prep(rep.id)}>Prepare the 1:1 with {rep.name}</Link>
      </p>
      <RepStatusWhy status={status} name={rep.name} />
    </li>
  )
}

/**
 * Home's "who needs you": reps at risk, then behind, with what decided it; the reps on pace in
 * one line. The period is the one Team and the Dashboard show (the latest with data, or the
 * manager's choice).
 */
export function WhoNeedsYou({ today }: { today: string }) {
  const selected = useSelectedPeriod(today)
  if (!selected) return null
  return <WhoNeedsYouIn range={selected.range} today={today} />
}

function WhoNeedsYouIn({ range, today }: { range: PeriodRange; today: string }) {
  const rows = useRepStatuses(range, today)
  return (
    <section aria-labelledby="who-needs-you-title" className="panel who-needs-you">
      <h2 id="who-needs-you-title">Who needs you</h2>
      {!rows ? (
        <p className="loading">Checking each rep’s standing…</p>
      ) : rows.length === 0 ? (
        <p className="subtle">No reps yet.</p>
      ) : (
        <WhoList rows={rows} label={range.label} />
      )}
    </section>
  )
}

function WhoList({ rows, label }: { rows: RepStatusRow[]; label: string }) {
  const needing = rows
    .filter((r) => r.status.kind !== 'onPace')
    .sort(
      (a, b) =>
        ORDER[a.status.kind] - ORDER[b.status.kind] ||
        (a.status.pace ?? 1) - (b.status.pace ?? 1) ||
        a.rep.name.localeCompare(b.rep.name)
    )
  const onPace = rows.filter((r) => r.status.kind === 'onPace')
  return (
    <>
      <p className="subtle">
        {label} to date: {count(needing.length, WORDS.rep)} behind or at risk,{' '}
        {count(onPace.length, WORDS.rep)} on pace.
      </p>
      {needing.length > 0 && (
        <ul className="who-list">
          {needing.map((r) => (
            <RepLine key={r.rep.id} row={r} />
          ))}
        </ul>
      )}
      {onPace.length > 0 && (
        <p>
          On pace:{' '}
          {onPace.map((r, i) => (
            <span key={r.rep.id}>
              {i > 0 && ', '}
              <Link to={screens.rep(r.rep.id)}>{r.rep.name}</Link>
            </span>
          ))}
          .
        </p>
      )}
    </>
  )
}
