import { useMemo } from 'react'
import { Link } from 'react-router-dom'
import { homeView, type NextOneOnOne } from '@shared/oneOnOnes'
import { today as todayOf } from '../../ui/today'
import { useDueRecords } from '../../db/reads'
import { dueWords, showDay } from '../../ui/words'
import { SetupChecklist } from './SetupChecklist'
import { WhoNeedsYou } from './WhoNeedsYou'
import { screens } from '../../ui/routes'

/** How far ahead the home view looks. */
const HORIZON_DAYS = 7

function MeetingList({ items, empty }: { items: NextOneOnOne[]; empty: string }) {
  if (items.length === 0) return <p className="subtle">{empty}</p>
  return (
    <ul>
      {items.map((n) => (
        <li key={n.repId}>
          <Link to={screens.prep(n.repId)}>Prepare the 1:1 with {n.repName}</Link>{' '}
          <span className={n.state === 'overdue' ? 'warn' : undefined}>
            {showDay(n.due)} ({dueWords(n)})
          </span>
          <span className="cell-note">
            Every {n.cadenceDays} days · last held {showDay(n.lastHeldOn)}
          </span>
        </li>
      ))}
    </ul>
  )
}

/** The start page: the 1:1s, plan check-ins, milestones and commitments that need the manager. */
export function HomeScreen() {
  const today = todayOf()
  const records = useDueRecords({ activePlansOnly: false })
  const view = useMemo(
    () =>
      records && {
        names: new Map(records.reps.map((r) => [r.id, r.name])),
        ...homeView({ ...records, today, horizonDays: HORIZON_DAYS })
      },
    [records, today]
  )
  if (!view) return <p className="loading">Loading…</p>
  const name = (repId: string) => view.names.get(repId) ?? 'Former rep'
  return (
    <section aria-labelledby="home-title" className="home">
      <h1 id="home-title">Home</h1>
      <p className="subtle">
        Today is {showDay(today)}. What needs you in the next {HORIZON_DAYS} days.
      </p>
      <SetupChecklist />
      <WhoNeedsYou today={today} />
      <div className="rep-sections">
        <section aria-labelledby="overdue-title" className="panel">
          <h2 id="overdue-title">Overdue 1:1s</h2>
          <MeetingList items={view.overdue} empty="No 1:1 is overdue." />
        </section>
        <section aria-labelledby="upcoming-title" className="panel">
          <h2 id="upcoming-title">Upcoming 1:1s</h2>
          <MeetingList items={view.upcoming} empty={`No 1:1 in the next ${HORIZON_DAYS} days.`} />
        </section>
        <section aria-labelledby="plan-items-title" className="panel">
          <h2 id="plan-items-title">Plan check-ins and milestones due</h2>
          {view.planItems.length === 0 ? (
            <p className="subtle">Nothing due on a coaching plan or PIP.</p>
          ) : (
            <ul>
              {view.planItems.map((p) => (
                <li key={p.id}>
                  <Link to={screens.plan(p.planId)}>
                    {p.planKind === 'pip' ? 'PIP' : 'Coaching plan'}, {name(p.repId)}
                  </Link>
                  : {p.kind === 'checkIn' ? 'check-in' : `milestone “${p.title}”`}{' '}
                  <span className={p.daysUntil < 0 ? 'warn' : undefined}>
                    {p.daysUntil < 0 ? `was due ${showDay(p.due)} (late)` : `due ${showDay(p.due)}`}
                  </span>
                  <span className="cell-note">{p.planTitle}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="due-commitments-title" className="panel">
          <h2 id="due-commitments-title">Commitments falling due</h2>
          {view.commitments.length === 0 ? (
            <p className="subtle">No commitment due.</p>
          ) : (
            <ul>
              {view.commitments.map((a) => (
                <li key={a.id}>
                  {a.text}{' '}
                  <span className={a.dueDate && a.dueDate < today ? 'warn' : undefined}>
                    ({a.owner === 'rep' ? name(a.repId) : `you, for ${name(a.repId)}`}; due{' '}
                    {showDay(a.dueDate)}
                    {a.dueDate && a.dueDate < today ? ', overdue' : ''})
                  </span>{' '}
                  {a.oneOnOneId && <Link to={screens.meeting(a.oneOnOneId)}>From the 1:1</Link>}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </section>
  )
}
