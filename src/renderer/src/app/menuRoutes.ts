import type { MenuCommand } from '@shared/ipc/contract'

/**
 * Where each command of the desktop app's menu leads. A fresh token in the address makes the
 * screen act again when the command is chosen while it is already open.
 */
export function menuCommandRoute(command: MenuCommand, token: string): string {
  switch (command) {
    case 'newOneOnOne':
      return '/one-on-ones'
    case 'newRideAlong':
      return '/observations/new?kind=rideAlong'
    case 'import':
      return '/import'
    case 'backUp':
      return `/settings?backup=${token}`
    case 'search':
      return `/one-on-ones?find=${token}`
  }
}
