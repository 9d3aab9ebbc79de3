import type { MenuItemConstructorOptions } from 'electron'
import type { MenuCommand } from '@shared/ipc/contract'

/** Fieldbook's own commands, their labels and shortcuts (CmdOrCtrl: ⌘ on a Mac, Ctrl elsewhere). */
export const APP_COMMANDS: readonly { command: MenuCommand; label: string; accelerator: string }[] =
  [
    { command: 'newOneOnOne', label: 'New 1:1…', accelerator: 'CmdOrCtrl+N' },
    { command: 'newRideAlong', label: 'New Ride-Along…', accelerator: 'CmdOrCtrl+Shift+N' },
    { command: 'import', label: 'Import a CRM Export…', accelerator: 'CmdOrCtrl+I' },
    { command: 'backUp', label: 'Back Up Now…', accelerator: 'CmdOrCtrl+Shift+B' },
    { command: 'search', label: 'Search Notes…', accelerator: 'CmdOrCtrl+F' }
  ]

/**
 * The application menu: Fieldbook's commands in File (each sends `menu:command` to the page,
 * which does the rest), then the standard roles (copy/paste shortcuts on macOS need the edit
 * roles). No item loads content. Reload and DevTools only when the app is not packaged.
 */
export function applicationMenuTemplate(
  platform: string,
  devTools: boolean,
  send: (command: MenuCommand) => void = () => undefined
): MenuItemConstructorOptions[] {
  const commands: MenuItemConstructorOptions[] = APP_COMMANDS.map((c) => ({
    label: c.label,
    accelerator: c.accelerator,
    click: () => send(c.command)
  }))
  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      ...commands,
      { type: 'separator' },
      platform === 'darwin' ? { role: 'close' } : { role: 'quit' }
    ]
  }
  const view: MenuItemConstructorOptions[] = [
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' }
  ]
  if (devTools) view.unshift({ role: 'reload' }, { role: 'toggleDevTools' }, { type: 'separator' })
  const template: MenuItemConstructorOptions[] = [
    file,
    { role: 'editMenu' },
    { label: 'View', submenu: view },
    { role: 'windowMenu' }
  ]
  return platform === 'darwin' ? [{ role: 'appMenu' }, ...template] : template
}
