import type { MenuItemConstructorOptions } from 'electron'

/**
 * A minimal application menu built from roles only: the edit roles make copy/paste shortcuts
 * work on macOS, and no item loads content or runs custom code. Dev tools only in development.
 */
export function applicationMenuTemplate(
  platform: string,
  isDev: boolean
): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions[] = [
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' }
  ]
  if (isDev) view.unshift({ role: 'reload' }, { role: 'toggleDevTools' }, { type: 'separator' })
  const template: MenuItemConstructorOptions[] = [
    { role: 'fileMenu' },
    { role: 'editMenu' },
    { label: 'View', submenu: view },
    { role: 'windowMenu' }
  ]
  return platform === 'darwin' ? [{ role: 'appMenu' }, ...template] : template
}
