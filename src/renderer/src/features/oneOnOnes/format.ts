import type { OneOnOne } from '@shared/domain'
import { showDay } from '../../ui/words'
export { dueWords } from '../../ui/words'

export const showDate = showDay

export function meetingStatus(m: OneOnOne): string {
  switch (m.status) {
    case 'held':
      return `Held on ${showDate(m.heldOn ?? m.scheduledFor)}`
    case 'planned':
      return `Planned for ${showDate(m.scheduledFor)}`
    case 'skipped':
      return `Skipped (was planned for ${showDate(m.scheduledFor)})`
    case 'moved':
      return `Moved to ${showDate(m.movedTo)}`
  }
}

export const CADENCES = [
  { days: 7, label: 'Weekly' },
  { days: 14, label: 'Every two weeks' },
  { days: 21, label: 'Every three weeks' },
  { days: 28, label: 'Every four weeks' }
] as const

export const ownerWords = (owner: 'rep' | 'manager', repName: string): string =>
  owner === 'rep' ? repName : 'You (manager)'
