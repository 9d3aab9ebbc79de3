import { useLiveQuery } from 'dexie-react-hooks'
import { draftAgenda, mergeAgenda, nextOneOnOne } from '@shared/oneOnOnes'
import { db } from '.'
import { loadPrep } from './prepData'

/** The rep's prep, drafted agenda merged with the planned 1:1's, kept live. null: no such rep. */
export function usePrep(repId: string | undefined, today: string) {
  return useLiveQuery(async () => {
    if (!repId) return null
    const loaded = await loadPrep(db, repId, today)
    if (!loaded) return null
    const { input, prep } = loaded
    const names = new Map((input.process?.stages ?? []).map((s) => [s.key, s.name]))
    const stageName = (key: string) => names.get(key) ?? key
    const drafted = draftAgenda(prep, stageName)
    const agenda = prep.planned
      ? mergeAgenda(prep.planned.agenda, drafted, prep.planned.dismissedKeys ?? [])
      : drafted
    return {
      rep: input.rep,
      prep,
      agenda,
      stageName,
      next: nextOneOnOne(input.rep, input.meetings, today)
    }
  }, [repId, today])
}
