import { useLiveQuery } from 'dexie-react-hooks'
import { useCallback } from 'react'
import { draftAgenda, mergeAgenda, nextOneOnOne } from '@shared/oneOnOnes'
import { db } from '../../db'
import { loadPrep } from './prepData'

/** The rep's prep, drafted agenda merged with the planned 1:1's, kept live. null: no such rep. */
export function usePrep(repId: string | undefined, today: string) {
  const stageName = useCallback(
    (names: Map<string, string>) => (key: string) => names.get(key) ?? key,
    []
  )
  return useLiveQuery(async () => {
    if (!repId) return null
    const loaded = await loadPrep(db, repId, today)
    if (!loaded) return null
    const { input, prep } = loaded
    const names = stageName(new Map((input.process?.stages ?? []).map((s) => [s.key, s.name])))
    const drafted = draftAgenda(prep, names)
    const agenda = prep.planned
      ? mergeAgenda(prep.planned.agenda, drafted, prep.planned.dismissedKeys ?? [])
      : drafted
    return {
      rep: input.rep,
      prep,
      agenda,
      stageName: names,
      next: nextOneOnOne(input.rep, input.meetings, today)
    }
  }, [repId, today, stageName])
}
