import { isAbsolute } from 'node:path'
import { contentSecurityPolicy } from '@shared/security/csp'

/**
 * What differs between `npm run dev` and an installed app, decided in one place. Only an
 * unpackaged app (electron-vite dev / preview) may load a dev server, open DevTools or relax
 * the CSP: an installed Fieldbook ignores ELECTRON_RENDERER_URL and FIELDBOOK_USER_DATA even
 * when someone sets them.
 */
export interface Runtime {
  /** The Vite dev server the window loads instead of app://; undefined in a built app. */
  devServerUrl?: string
  /** DevTools (menu items, shortcut, webPreferences.devTools) only when not packaged. */
  devTools: boolean
  /** The CSP every response gets. */
  contentSecurityPolicy: string
  /** FIELDBOOK_USER_DATA: a separate data folder for the Electron smoke tests; dev only. */
  userData?: string
}

export interface RuntimeInputs {
  isPackaged: boolean
  env: Readonly<Record<string, string | undefined>>
}

/** A dev server is only ever on this machine, over http. */
function localDevServer(url: string | undefined): string | undefined {
  if (!url) return undefined
  try {
    const parsed = new URL(url)
    const local = ['localhost', '127.0.0.1', '[::1]'].includes(parsed.hostname)
    return parsed.protocol === 'http:' && local ? url : undefined
  } catch {
    return undefined
  }
}

export function runtimeFor({ isPackaged, env }: RuntimeInputs): Runtime {
  if (isPackaged) return { devTools: false, contentSecurityPolicy }
  const devServerUrl = localDevServer(env['ELECTRON_RENDERER_URL'])
  const userData = env['FIELDBOOK_USER_DATA']
  return {
    devServerUrl,
    userData: userData && isAbsolute(userData) ? userData : undefined,
    devTools: true,
    contentSecurityPolicy: devServerUrl
      ? devContentSecurityPolicy(contentSecurityPolicy)
      : contentSecurityPolicy
  }
}

/**
 * The dev server injects an inline React-refresh preamble and Vite injects each CSS module as
 * an inline <style>: dev alone allows inline scripts and styles (hot reload's websocket is
 * 'self'). The built app (app://) always gets the strict policy.
 */
export function devContentSecurityPolicy(policy = contentSecurityPolicy): string {
  return policy
    .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
    .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
}
