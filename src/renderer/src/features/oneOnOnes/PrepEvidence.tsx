import { useState } from 'react'
import { Link } from 'react-router-dom'
import { formatMoney } from '@shared/format'
import {
  HYGIENE_WORDS,
  LEVEL_NAMES,
  OBSERVATION_KIND_NAMES,
  STYLE_GUIDANCE,
  formatMeasureValue,
  type Measure,
  type Prep
} from '@shared/oneOnOnes'
import type { HygieneIssue } from '@shared/metrics/hygiene'
import { showDate } from './format'
import { TableHead } from '../../ui/formParts'
import { screens } from '../../ui/routes'

const CHANGE_WORDS = { up: 'Up', down: 'Down', same: 'No change', unknown: 'Not known' }

function change(m: Measure): string {
  if (m.before === undefined) return CHANGE_WORDS.unknown
  if (!m.changed) return CHANGE_WORDS.same
  const diff = m.now - m.before
  const sign = diff > 0 ? '+' : '−'
  const abs = Math.abs(diff)
  const amount = m.unit === 'percent' ? `${Math.round(abs * 100)} pts` : formatMeasureValue(m, abs)
  return `${CHANGE_WORDS[m.direction]} ${sign}${amount}`
}

/** Long lists show this many rows until the manager asks for all of them. */
const FIRST_ROWS = 8

function useCapped<T>(rows: readonly T[]) {
  const [all, setAll] = useState(false)
  const shown = all ? rows : rows.slice(0, FIRST_ROWS)
  const toggle =
    rows.length > FIRST_ROWS ? (
      <button type="button" aria-expanded={all} onClick={() => setAll(!all)}>
        {all ? `Show the first ${FIRST_ROWS}` : `Show all ${rows.length}`}
      </button>
    ) : null
  return { shown, toggle }
}

/** One row per evidence anchor: an agenda item's "Evidence" link focuses it. */
const anchor = (name: string) => ({ id: `evidence-${name}`, tabIndex: -1 })

export function PrepEvidence({ prep, stageName }: { prep: Prep; stageName(key: string): string }) {
  // Stale deals are counted here but listed once, under CRM hygiene.
  const moved = prep.pipeline.deals.filter((d) => d.kinds.some((k) => k !== 'stale'))
  const deals = useCapped(moved)
  const byDeal = new Map<string, HygieneIssue[]>()
  for (const h of prep.hygiene)
    byDeal.set(h.opportunityId, [...(byDeal.get(h.opportunityId) ?? []), h])
  const hygiene = useCapped([...byDeal.values()])
  const since = prep.window.sinceLastOneOnOne
    ? `since the last 1:1 on ${showDate(prep.window.since)}`
    : `in the last ${prep.window.days} days (no 1:1 held yet)`
  return (
    <div className="prep-evidence">
      <section aria-labelledby="results-title" className="panel wide" {...anchor('results')}>
        <h2 id="results-title">Results and key measures {since}</h2>
        <table className="data-table compact">
          <TableHead
            columns={['Measure', 'Now', 'Before', 'Change', 'Compared']}
            numeric={['Now', 'Before']}
          />
          <tbody>
            {prep.measures.map((m) => (
              <tr key={m.key} id={`evidence-results-${m.key}`}>
                <th scope="row">{m.label}</th>
                <td className="numeric">{formatMeasureValue(m, m.now)}</td>
                <td className="numeric">
                  {m.before === undefined ? '—' : formatMeasureValue(m, m.before)}
                </td>
                <td className={m.changed && m.direction === 'down' ? 'warn' : undefined}>
                  {change(m)}
                </td>
                <td className="cell-note">{m.basis}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="pipeline-title" className="panel wide" {...anchor('pipeline')}>
        <h2 id="pipeline-title">Pipeline movement {since}</h2>
        {prep.pipeline.counts.stale > 0 && (
          <p className="cell-note">
            {prep.pipeline.counts.stale} open deals are stale (no activity for more than the
            workspace's limit): they are listed under CRM hygiene.
          </p>
        )}
        {moved.length === 0 ? (
          <p className="subtle">No deal moved.</p>
        ) : (
          <>
            <table className="data-table compact">
              <TableHead columns={['Deal', 'Amount', 'What moved']} numeric={['Amount']} />
              <tbody>
                {deals.shown.map((d) => (
                  <tr key={d.opportunityId}>
                    <th scope="row">
                      {d.name}
                      {d.account && <span className="cell-note">{d.account}</span>}
                    </th>
                    <td className="numeric">
                      {d.amountMinor !== undefined
                        ? formatMoney(d.amountMinor, d.currency ?? 'USD')
                        : '—'}
                    </td>
                    <td>
                      <ul className="plain">
                        {d.details
                          .filter((t) => !t.startsWith('Stale:'))
                          .map((t) => (
                            <li key={t}>{t}</li>
                          ))}
                      </ul>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {deals.toggle}
          </>
        )}
      </section>

      <section aria-labelledby="hygiene-title" className="panel wide" {...anchor('hygiene')}>
        <h2 id="hygiene-title">CRM hygiene to fix</h2>
        {prep.hygiene.length === 0 ? (
          <p className="subtle">Nothing to fix: every open deal is current.</p>
        ) : (
          <>
            <p className="cell-note">
              {prep.hygiene.length} items on {byDeal.size} open deals. The standard is the same for
              everyone.
            </p>
            <table className="data-table compact">
              <TableHead columns={['Deal', 'What to fix, with the numbers']} />
              <tbody>
                {hygiene.shown.map((issues) => (
                  <tr key={issues[0]?.opportunityId}>
                    <th scope="row">{issues[0]?.opportunityName}</th>
                    <td>
                      <ul className="plain">
                        {issues.map((h) => (
                          <li key={h.kind}>
                            <strong>{HYGIENE_WORDS[h.kind]}</strong>: {h.detail}
                            <span className="cell-note">Rule: {h.rule}</span>
                          </li>
                        ))}
                      </ul>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {hygiene.toggle}
          </>
        )}
      </section>

      <section aria-labelledby="commitments-title" className="panel" {...anchor('commitments')}>
        <h2 id="commitments-title">Open commitments from earlier 1:1s</h2>
        {prep.commitments.length === 0 && prep.carried.length === 0 ? (
          <p className="subtle">Nothing open.</p>
        ) : (
          <ul>
            {prep.commitments.map((c) => (
              <li key={c.item.id}>
                {c.item.text}{' '}
                <span className="cell-note">
                  {c.item.owner === 'rep' ? 'Rep' : 'You'}
                  {c.item.dueDate ? `, due ${showDate(c.item.dueDate)}` : ', no due date'}
                  {c.daysOverdue > 0 ? ` — overdue by ${c.daysOverdue} days` : ''}
                  {c.fromDay ? ` · agreed in the 1:1 of ${showDate(c.fromDay)}` : ''}
                </span>
              </li>
            ))}
            {prep.carried.map((c) => (
              <li key={c.item.key}>
                {c.item.title}{' '}
                <span className="cell-note">
                  Not done in the 1:1 of {showDate(c.fromDay)} ({c.fromStatus}) · carried over
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="plans-title" className="panel" {...anchor('plans')}>
        <h2 id="plans-title">Plan milestones and check-ins due</h2>
        {prep.planLines.length === 0 ? (
          <p className="subtle">No coaching plan or PIP item due before the next 1:1.</p>
        ) : (
          <ul>
            {prep.planLines.map((p) => (
              <li key={p.id}>
                <Link to={screens.plan(p.planId)}>{p.planLabel}</Link>:{' '}
                {p.kind === 'milestone' ? `milestone “${p.title}”` : p.title.toLowerCase()}{' '}
                {p.late ? 'was due' : 'due'} {showDate(p.due)}
                {p.late && <span className="warn"> (late)</span>}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="observations-title" className="panel" {...anchor('observations')}>
        <h2 id="observations-title">Recent observations and their focus</h2>
        {prep.observations.length === 0 ? (
          <p className="subtle">No ride-along, call review or role-play recently.</p>
        ) : (
          <ul>
            {prep.observations.map((o) => (
              <li key={o.id}>
                <Link to={screens.observation(o.id)}>
                  {OBSERVATION_KIND_NAMES[o.kind]} on {showDate(o.date)}
                </Link>{' '}
                ({stageName(o.stageKey)})
                {o.strength && <span className="cell-note">Strength: {o.strength}</span>}
                <span className="cell-note">Focus: {o.focus || 'not agreed yet'}</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="development-title" className="panel" {...anchor('development')}>
        <h2 id="development-title">Leadership style for the skill in focus</h2>
        {prep.development ? (
          <dl className="facts">
            <dt>Skill</dt>
            <dd>{prep.development.latest.skill}</dd>
            <dt>Level</dt>
            <dd>
              {LEVEL_NAMES[prep.development.latest.level]}, assessed{' '}
              {showDate(prep.development.latest.assessedOn)}
              {prep.development.previous &&
                ` (was ${prep.development.previous.level} on ${showDate(prep.development.previous.assessedOn)})`}
            </dd>
            <dt>Style</dt>
            <dd>{STYLE_GUIDANCE[prep.development.latest.style].name}</dd>
            <dt>In this 1:1</dt>
            <dd>{STYLE_GUIDANCE[prep.development.latest.style].inTheOneOnOne}</dd>
          </dl>
        ) : (
          <p className="subtle">No development level assessed yet.</p>
        )}
      </section>

      <section aria-labelledby="wins-title" className="panel" {...anchor('wins')}>
        <h2 id="wins-title">Wins to recognise {since}</h2>
        {prep.wins.length === 0 ? (
          <p className="subtle">No win recorded: look for effort worth naming.</p>
        ) : (
          <ul>
            {prep.wins.map((w) => (
              <li key={w.id} {...anchor(`win-${w.id}`)}>
                {w.title} <span className="cell-note">{w.detail}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  )
}
