import { describe, expect, it } from 'vitest'
import { MENU_COMMANDS } from '@shared/ipc/contract'
import { menuCommandRoute } from '../../src/renderer/src/app/menuRoutes'

describe('menu commands', () => {
  it('lead to the screen that does the job', () => {
    expect(Object.fromEntries(MENU_COMMANDS.map((c) => [c, menuCommandRoute(c, 't1')]))).toEqual({
      newOneOnOne: '/one-on-ones',
      newRideAlong: '/observations/new?kind=rideAlong',
      import: '/import',
      backUp: '/settings?backup=t1',
      search: '/one-on-ones?find=t1'
    })
  })
})
