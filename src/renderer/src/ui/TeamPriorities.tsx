import type { ReactNode } from 'react'
import type { ExpectationSet } from '@shared/domain'

/**
 * The team's priorities for the period and what it stops doing: shown wherever expectations
 * are (expectations screen, rep page, dashboard), so nobody reads targets without them.
 */
export function TeamPriorities({
  set,
  headingLevel = 2,
  idPrefix = 'priorities',
  children
}: {
  set: Pick<ExpectationSet, 'teamPriorities' | 'stopDoing' | 'prioritiesPeriod'>
  headingLevel?: 2 | 3
  idPrefix?: string
  /** Actions shown under the lists (the expectations screen's edit button). */
  children?: ReactNode
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const period = set.prioritiesPeriod ? `, ${set.prioritiesPeriod}` : ''
  return (
    <section className="panel priorities" aria-labelledby={`${idPrefix}-title`}>
      <Heading id={`${idPrefix}-title`}>Team priorities{period}</Heading>
      <div className="priorities-columns">
        <div>
          <p className="priorities-subhead">We focus on</p>
          {set.teamPriorities.length === 0 ? (
            <p className="subtle">No priorities written down yet.</p>
          ) : (
            <ul aria-label="We focus on">
              {set.teamPriorities.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          )}
        </div>
        <div>
          <p className="priorities-subhead">We stop doing</p>
          {set.stopDoing.length === 0 ? (
            <p className="subtle">Nothing written down yet.</p>
          ) : (
            <ul aria-label="We stop doing">
              {set.stopDoing.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          )}
        </div>
      </div>
      {children}
    </section>
  )
}
