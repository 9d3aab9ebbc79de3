import { useState, type FormEvent, type ReactNode } from 'react'
import { Link } from 'react-router-dom'
import { useSetupProgress } from '../../db/reads'
import { workspace } from '../../db/workspaceActions'
import { errorText } from '@shared/text/errorText'
import { TextField } from '../../ui/formParts'
import { screens } from '../../ui/routes'

type StepKey = 'you' | 'people' | 'opportunities' | 'activities' | 'dashboard'

const STEP_TITLES: Record<StepKey, string> = {
  you: 'Your name and team',
  people: 'Your reps',
  opportunities: 'Opportunities from your CRM',
  activities: 'Activities from your CRM',
  dashboard: 'Your team on the dashboard'
}

function YouForm({ name, team }: { name: string; team: string }) {
  const [managerName, setManagerName] = useState(name)
  const [teamName, setTeamName] = useState(team)
  const [error, setError] = useState<string>()
  const save = async (e: FormEvent) => {
    e.preventDefault()
    if (!managerName.trim()) return setError('Enter your name, or skip this step.')
    const settings = await workspace.readSettings()
    if (!settings) return
    try {
      await workspace.saveSettings(
        { ...settings, managerName: managerName.trim(), teamName: teamName.trim() },
        new Date()
      )
    } catch (err) {
      setError(errorText(err))
    }
  }
  return (
    <form className="form-row" onSubmit={(e) => void save(e)} aria-label="Your name and team">
      <TextField label="Your name" value={managerName} onChange={setManagerName} />
      <TextField label="Team name" value={teamName} onChange={setTeamName} />
      <button type="submit">Save</button>
      {error && (
        <span role="alert" className="error">
          {error}
        </span>
      )}
    </form>
  )
}

/**
 * Home, own team (issue 14): what is left to set up — name and team, reps, opportunities,
 * activities, the dashboard. Every step can be skipped; the list goes away when all are done.
 */
export function SetupChecklist() {
  const state = useSetupProgress()
  if (!state?.settings || state.settings.mode !== 'own') return null
  const { settings } = state
  const skipped = new Set(settings.setupSkipped ?? [])
  const done: Record<StepKey, boolean> = {
    you: settings.managerName.trim() !== '',
    people: state.reps,
    opportunities: state.opportunities,
    activities: state.activities,
    // Opened from the checklist once there are deals to show.
    dashboard: skipped.has('dashboard') && state.opportunities
  }
  const steps = (Object.keys(STEP_TITLES) as StepKey[]).map((key) => ({
    key,
    state: done[key] ? 'done' : skipped.has(key) ? 'skipped' : 'open'
  }))
  const left = steps.filter((s) => s.state === 'open')
  if (left.length === 0) return null
  const skip = (key: StepKey) => void workspace.skipSetupStep(key, true, new Date())
  const body: Record<StepKey, ReactNode> = {
    you: <YouForm name={settings.managerName} team={settings.teamName} />,
    people: (
      <p>
        <Link to={screens.import}>Import a people file</Link> from your CRM, or{' '}
        <Link to={screens.team}>add reps by hand</Link> on the Team screen.
      </p>
    ),
    opportunities: (
      <p>
        <Link to={screens.import}>Import an opportunity export</Link>: closed-won revenue, pipeline
        and stage conversion come from it.
      </p>
    ),
    activities: (
      <p>
        <Link to={screens.import}>Import an activity export</Link> (calls, e-mails, meetings): the
        will check needs it.
      </p>
    ),
    dashboard: (
      <p>
        <Link to={screens.dashboard} onClick={() => skip('dashboard')}>
          Open the dashboard
        </Link>{' '}
        on the latest period with data.
      </p>
    )
  }
  return (
    <section className="panel wide setup-checklist" aria-labelledby="setup-title">
      <h2 id="setup-title">Set up your team</h2>
      <p className="subtle">
        {left.length === 1 ? 'One step left' : `${left.length} steps left`}; skip any of them and
        come back later in Settings or Import.
      </p>
      <ol>
        {steps.map(({ key, state: s }) => (
          <li key={key} className={s}>
            <strong>{STEP_TITLES[key]}</strong>{' '}
            <span className="cell-note">
              {s === 'done' ? 'Done' : s === 'skipped' ? 'Skipped' : 'To do'}
            </span>
            {s === 'open' && (
              <>
                {body[key]}
                <button
                  type="button"
                  aria-label={`Skip this step: ${STEP_TITLES[key]}`}
                  onClick={() => skip(key)}
                >
                  Skip this step
                </button>
              </>
            )}
            {s === 'skipped' && (
              <button
                type="button"
                aria-label={`Undo skip: ${STEP_TITLES[key]}`}
                onClick={() => void workspace.skipSetupStep(key, false, new Date())}
              >
                Undo skip
              </button>
            )}
          </li>
        ))}
      </ol>
    </section>
  )
}
