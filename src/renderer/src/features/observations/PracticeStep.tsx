import { useEffect, useRef, useState } from 'react'
import { formatClock } from '@shared/observations'
import type { StepProps } from './stepProps'
import { stageName } from '../../db/useObservationData'

/** Role-play: the brief the manager plays from, and a timer whose time is saved. */
export function PracticeStep({ draft, setDraft, data }: StepProps) {
  const scenario = data.scenarios.find((s) => s.id === draft.scenarioId)
  const stored = draft.elapsedSeconds ?? 0
  // While running: when the current run started (ms) and what was stored before it.
  const [runningSince, setRunningSince] = useState<number | null>(null)
  const [now, setNow] = useState(0)
  const [stopped, setStopped] = useState(false)
  useEffect(() => {
    if (runningSince === null) return
    const timer = window.setInterval(() => setNow(Date.now()), 250)
    return () => window.clearInterval(timer)
  }, [runningSince])
  const running = runningSince !== null
  const elapsed = running ? stored + Math.max(0, Math.floor((now - runningSince) / 1000)) : stored

  // Moving on with the timer running still keeps the time.
  const latest = useRef({ runningSince, stored, setDraft })
  useEffect(() => {
    latest.current = { runningSince, stored, setDraft }
  })
  useEffect(
    () => () => {
      const { runningSince: since, stored: before, setDraft: set } = latest.current
      if (since !== null) {
        const total = before + Math.floor((Date.now() - since) / 1000)
        set((d) => ({ ...d, elapsedSeconds: total }))
      }
    },
    []
  )

  const pause = () => {
    if (runningSince === null) return
    const total = stored + Math.floor((Date.now() - runningSince) / 1000)
    setRunningSince(null)
    setDraft((d) => ({ ...d, elapsedSeconds: total }))
  }
  const stop = () => {
    pause()
    setStopped(true)
    setDraft((d) => ({ ...d, outcome: d.outcome || 'Role-play finished.' }))
  }

  if (!scenario) return <p className="error">Choose a scenario in the first step.</p>
  return (
    <>
      <div className="scenario-brief">
        <h3>{scenario.title}</h3>
        <p className="subtle">
          {stageName(data.process, scenario.stageKey)} · {scenario.difficulty} · attempt{' '}
          {draft.attempt ?? 1}
        </p>
        <dl className="facts">
          <dt>Situation</dt>
          <dd>{scenario.situation}</dd>
          <dt>Buyer</dt>
          <dd>{scenario.buyerPersona}</dd>
        </dl>
        <h4>Objections to raise</h4>
        <ul>
          {scenario.objections.map((o) => (
            <li key={o}>{o}</li>
          ))}
        </ul>
        <h4>What the rep should achieve</h4>
        <ul>
          {scenario.objectives.map((o) => (
            <li key={o}>{o}</li>
          ))}
        </ul>
      </div>
      <div className="timer" role="group" aria-label="Timer">
        <p>
          Elapsed:{' '}
          <strong role="timer" aria-live="off">
            {formatClock(elapsed)}
          </strong>{' '}
          <span className="subtle">
            {running ? '(running)' : stopped ? '(stopped)' : elapsed > 0 ? '(paused)' : ''}
          </span>
        </p>
        {running ? (
          <button type="button" className="start" onClick={pause}>
            Pause timer
          </button>
        ) : (
          <button
            type="button"
            className="start"
            onClick={() => {
              const t = Date.now()
              setStopped(false)
              setNow(t)
              setRunningSince(t)
            }}
          >
            {elapsed > 0 ? 'Resume timer' : 'Start timer'}
          </button>
        )}{' '}
        <button type="button" onClick={stop} disabled={!running && elapsed === 0}>
          Stop timer
        </button>
      </div>
    </>
  )
}
