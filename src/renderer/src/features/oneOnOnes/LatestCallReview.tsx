import { Link } from 'react-router-dom'
import { useCallReviews } from '../../db/useCallReviews'
import { screens } from '../../ui/routes'
import { showDate } from './format'

/** 1:1 prep: the rep's latest call review, its score, and its strongest and weakest criterion. */
export function LatestCallReview({ repId }: { repId: string }) {
  const reviews = useCallReviews(repId)
  const latest = reviews?.latest
  return (
    <section aria-labelledby="latest-call-title" className="panel">
      <h2 id="latest-call-title">Latest call review</h2>
      {!reviews ? (
        <p className="loading">Loading…</p>
      ) : !latest ? (
        <p className="subtle">No call review saved yet.</p>
      ) : (
        <>
          <p>
            <Link to={screens.observation(latest.observation.id)}>
              Call review on {showDate(latest.observation.date)}
            </Link>
            {latest.observation.opportunityLabel ? ` (${latest.observation.opportunityLabel})` : ''}
            {latest.score !== undefined ? `: ${Math.round(latest.score * 100)}%` : ''}
          </p>
          <dl className="facts">
            <dt>Strongest</dt>
            <dd>
              {latest.strongest
                ? `${latest.strongest.label} (${latest.strongest.answerText})`
                : 'Nothing was scored.'}
            </dd>
            <dt>Weakest</dt>
            <dd>
              {latest.weakest
                ? `${latest.weakest.label} (${latest.weakest.answerText})`
                : latest.strongest
                  ? 'Every scored criterion scored the same.'
                  : 'Nothing was scored.'}
            </dd>
          </dl>
        </>
      )}
    </section>
  )
}
