import type { AppInfo } from '@shared/ipc/contract'
import { isSafeExternalUrl, type ShellLike } from '../security'
import { UserFacingError } from './errors'

/** The parts of Electron's `app` that app:info reads. */
export interface AppInfoSource {
  getName(): string
  getVersion(): string
  getPath(name: 'userData'): string
}

export interface AppHandlerDeps {
  app: AppInfoSource
  shell: ShellLike
  platform: string
  electronVersion: string
}

export interface AppHandlers {
  'app:info': (input: undefined) => Promise<AppInfo>
  'shell:openExternal': (input: { url: string }) => Promise<{ opened: boolean }>
}

export function createAppHandlers(deps: AppHandlerDeps): AppHandlers {
  return {
    'app:info': async () => ({
      name: deps.app.getName(),
      version: deps.app.getVersion(),
      platform: deps.platform,
      electron: deps.electronVersion,
      userDataPath: deps.app.getPath('userData')
    }),
    'shell:openExternal': async ({ url }) => {
      // The same rule as links and window.open: only plain http(s) web addresses leave the app.
      if (!isSafeExternalUrl(url)) {
        throw new UserFacingError('Only web links (http or https) can be opened from Fieldbook.')
      }
      await deps.shell.openExternal(url)
      return { opened: true }
    }
  }
}
