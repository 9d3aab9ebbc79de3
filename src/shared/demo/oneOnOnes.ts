import type { ActionItem, CalendarDate, OneOnOne } from '../domain'
import { addDays, at, maxDay } from './calendar'
import { oneOnOneContent } from './oneOnOneNotes'
import type { DemoContext, DemoRep } from './types'

type AgendaItem = OneOnOne['agenda'][number]

/** How far back the manager's 1:1 history goes. */
const HISTORY_DAYS = 84

export interface OneOnOneHistory {
  oneOnOnes: OneOnOne[]
  actionItems: ActionItem[]
}

const agendaItem = (
  key: string,
  title: string,
  source: AgendaItem['source'],
  done: boolean
): AgendaItem => ({
  key,
  title,
  source,
  done,
  notes: ''
})

/**
 * About twelve weeks of 1:1s per rep at their cadence: held ones with notes and commitments,
 * one skipped, and the next one planned with open action items carried over.
 */
export function generateOneOnOnes(
  ctx: DemoContext,
  reps: readonly DemoRep[],
  stageName: string
): OneOnOneHistory {
  const rng = ctx.rng.fork('oneOnOnes')
  const oneOnOnes: OneOnOne[] = []
  const actionItems: ActionItem[] = []

  for (const { rep, profile } of reps) {
    const content = oneOnOneContent(profile.archetype, stageName)
    const cadence = rep.oneOnOneCadenceDays
    const first = maxDay(addDays(rep.startDate, 3), addDays(ctx.today, -HISTORY_DAYS))
    const anchor = addDays(ctx.today, -rng.int(1, cadence - 1))
    const past: CalendarDate[] = []
    for (let d = anchor; d >= first; d = addDays(d, -cadence)) past.unshift(d)
    const skipped = past.length >= 3 ? rng.int(1, past.length - 2) : -1
    const stamp = { createdAt: ctx.now, updatedAt: ctx.now }

    past.forEach((day, i) => {
      const held = i !== skipped
      const meeting: OneOnOne = {
        id: ctx.newId(),
        ...stamp,
        repId: rep.id,
        scheduledFor: day,
        status: held ? 'held' : 'skipped',
        agenda: [
          agendaItem('results', 'Results and forecast', 'results', held),
          agendaItem('pipeline', 'Pipeline movement since the last 1:1', 'pipeline', held),
          agendaItem(
            'development',
            `Development: ${content.developmentTopic}`,
            'development',
            held
          ),
          agendaItem('manager', 'Anything you need from me', 'manager', held)
        ],
        sharedNotes: held ? (content.notes[i % content.notes.length] ?? '') : '',
        privateNotes: held && i === past.length - 1 ? (content.privateNote ?? '') : ''
      }
      if (held) meeting.heldOn = day
      else
        meeting.sharedNotes =
          'Skipped: customer meeting ran over. Open items carried to the next 1:1.'
      oneOnOnes.push(meeting)
      if (!held) return

      const texts = [content.repActions[i % content.repActions.length] ?? 'Follow up']
      if (i % 2 === 1) texts.push(content.managerActions[0] ?? 'Follow up')
      texts.forEach((text, j) => {
        const dueDate = addDays(day, cadence)
        const item: ActionItem = {
          id: ctx.newId(),
          ...stamp,
          repId: rep.id,
          oneOnOneId: meeting.id,
          text,
          owner: j === 0 ? 'rep' : 'manager',
          dueDate,
          status: 'open'
        }
        // Older commitments are mostly done; the latest ones are still open.
        if (dueDate < addDays(ctx.today, -3)) {
          const r = rng.next()
          if (r < 0.8) {
            item.status = 'done'
            item.completedAt = at(addDays(dueDate, -rng.int(0, 2)), '16:30')
          } else if (r < 0.88) item.status = 'dropped'
        }
        actionItems.push(item)
      })
    })

    const open = actionItems.filter((a) => a.repId === rep.id && a.status === 'open')
    oneOnOnes.push({
      id: ctx.newId(),
      ...stamp,
      repId: rep.id,
      scheduledFor: addDays(anchor, cadence),
      status: 'planned',
      agenda: [
        agendaItem('results', 'Results and forecast', 'results', false),
        agendaItem('pipeline', 'Pipeline movement since the last 1:1', 'pipeline', false),
        ...open.map((a) => ({
          ...agendaItem(`action-${a.id}`, a.text, 'actionItem', false),
          evidenceRef: a.id
        })),
        agendaItem('development', `Development: ${content.developmentTopic}`, 'development', false)
      ],
      sharedNotes: '',
      privateNotes: ''
    })
  }
  return { oneOnOnes, actionItems }
}
