import type { ReactNode } from 'react'
import { useWorkspaceStore } from '../../ui/workspaceStore'
import { ErrorMessage } from '../../ui/StatusMessage'

/**
 * First launch: the demo team, an empty workspace of the manager's own, or a backup from
 * another laptop (`restore`: the backup feature's restore, handed in by the app shell).
 */
export function Welcome({ restore }: { restore?: ReactNode }) {
  const { busy, error, loadDemo, startOwn } = useWorkspaceStore()
  return (
    <main id="main" className="welcome">
      <h1>Welcome to Fieldbook</h1>
      <p className="lead">
        Prepare one-on-ones, log what you see on ride-alongs, find out why a rep misses the number,
        and keep a plan record HR can trust. Everything stays on this laptop and works offline.
      </p>
      <div className="choices">
        <section className="choice" aria-labelledby="demo-title">
          <h2 id="demo-title">See it with a realistic team</h2>
          <p>
            Ten reps and a year of pipeline, activities, 1:1s, ride-alongs, a coaching plan and an
            active PIP. You can reset it at any time in Settings.
          </p>
          <button
            type="button"
            className="primary"
            onClick={() => void loadDemo()}
            disabled={busy !== null}
          >
            {busy === 'demo' ? 'Loading the demo team…' : 'Explore the demo team'}
          </button>
        </section>
        <section className="choice" aria-labelledby="own-title">
          <h2 id="own-title">Set up your own team</h2>
          <p>
            Start empty with a standard B2B sales process and an Account Executive role you can
            edit. Home then walks you through your name and team, your reps, opportunities and
            activities; skip any step.
          </p>
          <button type="button" onClick={() => void startOwn()} disabled={busy !== null}>
            {busy === 'own' ? 'Creating your workspace…' : 'Start with my own team'}
          </button>
        </section>
        {restore && (
          <section className="choice" aria-labelledby="restore-title">
            <h2 id="restore-title">Restore a backup</h2>
            <p>
              On a new laptop: start from a Fieldbook backup file. It is checked first, then
              restored whole or not at all.
            </p>
            {restore}
          </section>
        )}
      </div>
      <ErrorMessage text={error} />
    </main>
  )
}
