import { STATUS_RULE, type RepStatus, type RepStatusKind } from '@shared/metrics/status'
import './ui.css'

/** A symbol as well as a colour, so the status reads in grey print and for colour-blind eyes. */
const SYMBOLS: Record<RepStatusKind, string> = { onPace: '✓', behind: '!', atRisk: '✗' }

/** "✓ On pace" in colour, then the reason that decided it. */
export function RepStatusBadge({ status, detail = true }: { status: RepStatus; detail?: boolean }) {
  return (
    <span className="rep-status">
      <span className={`status-pill status-${status.kind}`}>
        <span aria-hidden="true">{SYMBOLS[status.kind]}</span> {status.words}
      </span>
      {detail && status.reasons[0] && <span className="cell-note">{status.reasons[0]}</span>}
    </span>
  )
}

/** Every reason with its numbers, and the rule, behind a "Why" the manager can open. */
export function RepStatusWhy({ status, name }: { status: RepStatus; name: string }) {
  return (
    <details className="status-why">
      <summary>
        Why
        <span className="visually-hidden">
          {' '}
          is {name} {status.words.toLowerCase()}
        </span>
      </summary>
      <ul>
        {status.reasons.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
      <p className="cell-note">Rule: {STATUS_RULE}</p>
    </details>
  )
}
