import { Link } from 'react-router-dom'
import { isEvidenceAnchor } from '@shared/oneOnOnes'
import { screens } from '../../ui/routes'

/**
 * Opens an agenda item's evidence: a record's own page, or a row of the rep's prep screen
 * (`?evidence=<anchor>` moves focus to that row).
 */
export function EvidenceLink({
  evidenceRef,
  repId,
  about
}: {
  evidenceRef: string | undefined
  repId: string
  about: string
}) {
  if (!evidenceRef) return null
  const to = isEvidenceAnchor(evidenceRef)
    ? screens.prep(repId, { evidence: evidenceRef.slice('evidence:'.length) })
    : evidenceRef
  return (
    <Link to={to} className="evidence-link" aria-label={`Evidence for “${about}”`}>
      Evidence
    </Link>
  )
}
