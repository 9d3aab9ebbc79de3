import { useState } from 'react'
import { Link } from 'react-router-dom'
import type { Finding } from '@shared/diagnosis'
import { nextStepLinks } from './findingLinks'

const SEVERITY = {
  act: { word: 'Act', note: 'take it up in the next 1:1' },
  watch: { word: 'Watch', note: 'below the standard, not yet a pattern' },
  info: { word: 'Info', note: 'context' }
} as const

const KIND = {
  resultsGap: 'Results',
  activityGap: 'Activity (will)',
  stageGap: 'Stage (skill)',
  marketShift: 'Market',
  crmHygiene: 'CRM hygiene',
  activityWithoutProgress: 'Activity without progress'
} as const

/**
 * The rule and numbers behind a finding, built when the manager opens them: a dashboard of 50
 * reps lists a hundred findings or more, and their closed evidence was half the page to build
 * on every change of period.
 */
function Evidence({ finding, suggested }: { finding: Finding; suggested?: string }) {
  const [open, setOpen] = useState(false)
  return (
    <details className="evidence" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Evidence: the rule and the numbers</summary>
      {open && (
        <>
          <p>
            <strong>Rule:</strong> {finding.rule}
          </p>
          <dl className="facts">
            {finding.numbers.map((n) => (
              <div key={n.label} className="fact">
                <dt>{n.label}</dt>
                <dd>{n.value}</dd>
              </div>
            ))}
          </dl>
          {suggested !== undefined && (
            <p className="suggested">
              <strong>Suggested:</strong> {suggested}
            </p>
          )}
        </>
      )}
    </details>
  )
}

/**
 * A finding with the rule and numbers behind it (behind a disclosure, so a list stays short)
 * and the suggested coaching action; on the rep page, the one-click next steps too.
 */
export function FindingCard({
  finding,
  repName,
  withNextSteps = false,
  compact = false,
  headingLevel = 3
}: {
  finding: Finding
  repName?: string
  withNextSteps?: boolean
  /** Dashboard lists: the suggested action moves inside the evidence disclosure. */
  compact?: boolean
  headingLevel?: 3 | 4
}) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4'
  const [first, ...others] = finding.actions
  const severity = SEVERITY[finding.severity]
  return (
    <article
      className={`finding ${finding.severity}${compact ? ' compact' : ''}`}
      aria-label={`${repName ? `${repName}: ` : ''}${finding.title}`}
    >
      <Heading className="finding-title">
        <span className={`severity ${finding.severity}`}>{severity.word}</span>{' '}
        {repName && <span className="finding-rep">{repName}: </span>}
        {finding.title}
      </Heading>
      <p className="cell-note">
        {`${KIND[finding.kind]} · ${severity.note}${finding.stageName ? ` · stage: ${finding.stageName}` : ''}`}
      </p>
      <Evidence finding={finding} suggested={compact ? first.text : undefined} />
      {!compact && (
        <p className="suggested">
          <strong>Suggested:</strong> {first.text}
        </p>
      )}
      {!compact && others.length > 0 && (
        <ul className="other-actions" aria-label="Also worth considering">
          {others.map((a) => (
            <li key={a.kind + a.text}>{a.text}</li>
          ))}
        </ul>
      )}
      {withNextSteps && finding.repId !== 'team' && (
        <nav className="next-steps" aria-label={`Next steps for ${finding.title}`}>
          <ul>
            {nextStepLinks(finding, finding.repId).map((l) => (
              <li key={l.label}>
                <Link to={l.to}>{l.label}</Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </article>
  )
}
