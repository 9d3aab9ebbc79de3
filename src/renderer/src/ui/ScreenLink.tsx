import type { ReactNode } from 'react'

/**
 * A link to one of the app's screens (ui/routes.ts) for long lists, as a plain anchor. React
 * Router's <Link> follows the address, so every one renders again on each change of it,
 * including the period a dashboard writes there: on a 50-rep dashboard that was a hundred
 * links and a fifth of a period switch. The app routes by the hash (HashRouter), which follows
 * the browser's own hash navigation, so the link behaves the same.
 */
export function ScreenLink({ to, children }: { to: string; children: ReactNode }) {
  return <a href={`#${to}`}>{children}</a>
}
