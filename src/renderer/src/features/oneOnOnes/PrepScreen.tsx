import { useEffect, useState } from 'react'
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom'
import type { OneOnOne } from '@shared/domain'
import { today as todayOf } from '../../ui/today'
import { repositories } from '../../db'
import { CADENCES, dueWords, showDate } from './format'
import { AgendaList } from './AgendaList'
import { BarriersSection } from './BarriersSection'
import { PrepEvidence } from './PrepEvidence'
import { LatestCallReview } from './LatestCallReview'
import './oneOnOnes.css'
import { usePrep } from '../../db/usePrep'
import { ErrorMessage } from '../../ui/StatusMessage'
import { useActionError } from '../../ui/useActionError'
import { screens } from '../../ui/routes'

type AgendaItem = OneOnOne['agenda'][number]

/** Ten minutes before a 1:1: what changed, what to talk about, and the agenda to start from. */
export function PrepScreen() {
  const { repId } = useParams()
  const today = todayOf()
  const data = usePrep(repId, today)
  const navigate = useNavigate()
  const [params] = useSearchParams()
  const { error, run } = useActionError()
  const [moveTo, setMoveTo] = useState('')
  const focus = params.get('evidence')
  const loaded = data !== undefined && data !== null

  // An agenda item's "Evidence" link lands here with ?evidence=<anchor>: show that row.
  useEffect(() => {
    if (!focus || !loaded) return
    const el = document.getElementById(`evidence-${focus}`)
    el?.scrollIntoView({ block: 'center' })
    el?.focus()
  }, [focus, loaded])

  if (data === undefined) return <p className="loading">Drafting the prep…</p>
  if (data === null)
    return (
      <section>
        <h1>Rep not found</h1>
        <p>
          This rep is not in the workspace.{' '}
          <Link to={screens.oneOnOnes()}>Back to one-on-ones</Link>
        </p>
      </section>
    )
  const { rep, prep, agenda, next, stageName } = data
  const planned = prep.planned

  /** Stores the agenda on the planned 1:1, planning one on the due day when there is none. */
  const saveAgenda = async (items: AgendaItem[], removedKey?: string): Promise<string> => {
    const dismissed = [...(planned?.dismissedKeys ?? [])]
    if (removedKey && !removedKey.startsWith('manual-')) dismissed.push(removedKey)
    if (planned) {
      await repositories.oneOnOnes.update(planned.id, { agenda: items, dismissedKeys: dismissed })
      return planned.id
    }
    const created = await repositories.oneOnOnes.planNew(rep.id, next.due, items)
    if (dismissed.length > 0)
      await repositories.oneOnOnes.update(created.id, { dismissedKeys: dismissed })
    return created.id
  }

  return (
    <article aria-labelledby="prep-title" className="prep">
      <p className="breadcrumb">
        <Link to={screens.oneOnOnes()}>One-on-ones</Link> /{' '}
        <Link to={screens.rep(rep.id)}>{rep.name}</Link> / Prep
      </p>
      <h1 id="prep-title">Prepare the 1:1 with {rep.name}</h1>
      <p className="subtle">
        Next 1:1: {showDate(next.due)} ({dueWords(next)})
        {next.lastHeldOn ? ` · last held ${showDate(next.lastHeldOn)}` : ' · no 1:1 held yet'}
      </p>
      <div className="form-row">
        <label>
          1:1 cadence
          <select
            value={rep.oneOnOneCadenceDays}
            onChange={(e) =>
              void run(async () => {
                await repositories.reps.update(rep.id, {
                  oneOnOneCadenceDays: Number(e.target.value)
                })
              })
            }
          >
            {CADENCES.some((c) => c.days === rep.oneOnOneCadenceDays) ? null : (
              <option value={rep.oneOnOneCadenceDays}>Every {rep.oneOnOneCadenceDays} days</option>
            )}
            {CADENCES.map((c) => (
              <option key={c.days} value={c.days}>
                {c.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      <ErrorMessage text={error} />

      <div className="prep-layout">
        <section aria-labelledby="agenda-title" className="panel prep-agenda">
          <h2 id="agenda-title">Agenda</h2>
          <p className="cell-note">
            Drafted from the data below; each item links to its evidence. Reorder, remove or add
            items: changes are saved as you make them.
          </p>
          <AgendaList
            items={agenda}
            repId={rep.id}
            meeting={false}
            newKey={() => `manual-${crypto.randomUUID()}`}
            onChange={(items, removedKey) =>
              void run(async () => void (await saveAgenda(items, removedKey)))
            }
          />
          <div className="form-row">
            <button
              type="button"
              className="primary"
              onClick={() =>
                void run(async () => {
                  const id = await saveAgenda(agenda)
                  navigate(screens.meeting(id))
                })
              }
            >
              Start the 1:1
            </button>
          </div>
          {planned && (
            <div className="form-row">
              <label>
                Move the 1:1 to
                <input type="date" value={moveTo} onChange={(e) => setMoveTo(e.target.value)} />
              </label>
              <button
                type="button"
                disabled={!moveTo}
                onClick={() =>
                  void run(async () => {
                    await saveAgenda(agenda)
                    await repositories.oneOnOnes.move(planned.id, moveTo)
                    setMoveTo('')
                  })
                }
              >
                Move
              </button>
              <button
                type="button"
                onClick={() =>
                  void run(async () => {
                    await saveAgenda(agenda)
                    await repositories.oneOnOnes.skip(planned.id)
                  })
                }
              >
                Skip this 1:1
              </button>
            </div>
          )}
        </section>
        <PrepEvidence prep={prep} stageName={stageName} />
        <LatestCallReview repId={rep.id} />
      </div>
      <BarriersSection repId={rep.id} repName={rep.name} barriers={prep.barriers} />
    </article>
  )
}
