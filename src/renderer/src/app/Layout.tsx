import { Suspense, useState, type MouseEvent } from 'react'
import { Link, NavLink, Outlet } from 'react-router-dom'
import type { WorkspaceSettings } from '@shared/domain'
import { backupIsStale } from '../features/data/reminder'
import { RemindersPanel } from '../features/oneOnOnes/RemindersPanel'
import { ImportUnderwayNote } from '../ui/ImportUnderwayNote'
import { useLockState } from '../ui/lockState'
import { platform } from '../platform'
import { RouteLoading } from './RouteLoading'
import { useDesktopCommands } from './useDesktopCommands'
import './layout.css'

const navigation = [
  { to: '/home', label: 'Home' },
  { to: '/team', label: 'Team' },
  { to: '/dashboard', label: 'Dashboard' },
  { to: '/expectations', label: 'Expectations' },
  { to: '/one-on-ones', label: 'One-on-ones' },
  { to: '/observations', label: 'Observations' },
  { to: '/plans', label: 'Plans (PIPs)' },
  { to: '/import', label: 'Import' },
  { to: '/settings', label: 'Settings' }
]

/** With hash routing, following "#main" would change the route: move focus instead. */
function skipToContent(event: MouseEvent<HTMLAnchorElement>) {
  event.preventDefault()
  document.getElementById('main')?.focus()
}

/** The sidebar's state survives a reload: the manager chose it once, on this laptop. */
const SIDEBAR_KEY = 'fieldbook.sidebarCollapsed'
function readCollapsed(): boolean {
  try {
    return window.localStorage.getItem(SIDEBAR_KEY) === 'true'
  } catch {
    return false
  }
}

export function Layout({ settings }: { settings: WorkspaceSettings }) {
  useDesktopCommands()
  const lockNow = useLockState((s) => s.lockNow)
  const [collapsed, setCollapsed] = useState(readCollapsed)
  const toggle = () => {
    const next = !collapsed
    setCollapsed(next)
    try {
      window.localStorage.setItem(SIDEBAR_KEY, String(next))
    } catch {
      // Storage can be unavailable (private window): the choice then lasts this session.
    }
  }
  return (
    <div className={collapsed ? 'shell sidebar-collapsed' : 'shell'}>
      <a className="skip-link" href="#main" onClick={skipToContent}>
        Skip to content
      </a>
      <header className="sidebar">
        <button
          type="button"
          className="sidebar-toggle"
          aria-expanded={!collapsed}
          aria-controls="sidebar-content"
          onClick={toggle}
        >
          <span aria-hidden="true">{collapsed ? '»' : '«'}</span>
          <span className={collapsed ? 'visually-hidden' : undefined}>
            {collapsed ? 'Show the menu' : 'Hide the menu'}
          </span>
        </button>
        <div id="sidebar-content" className="sidebar-content" hidden={collapsed}>
          <div className="brand">
            <span className="brand-mark" aria-hidden="true">
              F
            </span>
            <span>
              Fieldbook
              <small>
                {settings.teamName || (settings.mode === 'demo' ? 'Demo team' : 'My team')}
              </small>
            </span>
          </div>
          <nav aria-label="Main">
            <ul>
              {navigation.map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to}>{item.label}</NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <ImportUnderwayNote />
          <RemindersPanel />
          {platform.persistentStorage && backupIsStale(settings, new Date()) && (
            <p className="demo-badge" role="note">
              Your data lives only in this browser. <Link to="/settings">Save a backup</Link>.
            </p>
          )}
          {settings.privacy?.lock && (
            <button type="button" className="lock-now" onClick={lockNow}>
              Lock Fieldbook
            </button>
          )}
          {settings.mode === 'demo' && (
            <p className="demo-badge" role="note">
              You are exploring the demo team. Reset it in Settings.
            </p>
          )}
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<RouteLoading />}>
          <Outlet />
        </Suspense>
      </main>
    </div>
  )
}
