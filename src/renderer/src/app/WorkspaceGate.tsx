import { useSyncExternalStore, type ReactNode } from 'react'
import { workspaceAccess, type WorkspaceAccessState } from '../db'
import './layout.css'

const subscribe = (listener: () => void): (() => void) => workspaceAccess.subscribe(listener)
const current = (): WorkspaceAccessState => workspaceAccess.current()

function Notice(props: { title: string; children: ReactNode; action: ReactNode }) {
  return (
    <main className="workspace-notice" role="alert" aria-labelledby="workspace-notice-title">
      <h1 id="workspace-notice-title">{props.title}</h1>
      {props.children}
      <p>{props.action}</p>
    </main>
  )
}

/**
 * Shows the app only in the page that holds the workspace (one writer per workspace). Another
 * tab or window gets a full-page message and "Use it here"; a page that lost the workspace, or
 * whose database was upgraded by a newer build elsewhere, says so instead of writing.
 */
export function WorkspaceGate(props: { children: ReactNode }) {
  const state = useSyncExternalStore(subscribe, current)
  const takeOver = (
    <button type="button" className="primary" onClick={() => workspaceAccess.takeOver()}>
      Use it here
    </button>
  )
  switch (state) {
    case 'here':
      return props.children
    case 'checking':
      return <p className="loading">Opening your workspace…</p>
    case 'elsewhere':
      return (
        <Notice title="Fieldbook is already open in another tab or window." action={takeOver}>
          <p>
            Using it in two places at once could overwrite changes. Close the other one, or use it
            here: the other tab or window then stops, without losing what it saved.
          </p>
        </Notice>
      )
    case 'taken':
      return (
        <Notice title="Fieldbook is now open in another tab or window." action={takeOver}>
          <p>
            This page stopped so the two cannot overwrite each other’s changes. Everything saved
            here before is kept. An edit you had not saved yet is not.
          </p>
        </Notice>
      )
    case 'upgraded':
      return (
        <Notice
          title="Fieldbook was updated in another tab or window."
          action={
            <button type="button" className="primary" onClick={() => window.location.reload()}>
              Reload
            </button>
          }
        >
          <p>
            Its workspace now has a newer layout than this page knows. Reload this page to keep
            working; everything saved is kept.
          </p>
        </Notice>
      )
  }
}
