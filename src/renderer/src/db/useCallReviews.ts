import { useLiveQuery } from 'dexie-react-hooks'
import {
  callMetricTrend,
  latestCallReview,
  scoreWithOwnTemplate,
  type CallMetricPoint,
  type LatestCallReview
} from '@shared/observations'
import { db } from '.'

export interface RepCallReviews {
  /** Reviewed calls with a transcript, oldest first, with their metrics. */
  trend: CallMetricPoint[]
  /** The latest saved call review (with or without a transcript). */
  latest?: LatestCallReview & { score: number | undefined }
}

/** One rep's call reviews: the metrics' trend (rep page) and the latest one (1:1 prep). */
export function useCallReviews(repId: string | undefined): RepCallReviews | undefined {
  return useLiveQuery(async () => {
    if (!repId) return { trend: [] }
    const observations = await db.observations
      .where('[repId+date]')
      .between([repId, ''], [repId, '\uffff'])
      .toArray()
    const calls = observations.filter((o) => o.kind === 'callReview')
    const templates = await db.checklistTemplates.bulkGet([
      ...new Set(calls.map((o) => o.templateId))
    ])
    const known = templates.filter((t) => t !== undefined)
    const latest = latestCallReview(calls, known, repId)
    return {
      trend: callMetricTrend(calls, repId),
      ...(latest
        ? { latest: { ...latest, score: scoreWithOwnTemplate(latest.observation, known)?.score } }
        : {})
    }
  }, [repId])
}
