import { Link } from 'react-router-dom'
import { useImportUnderway } from './importUnderway'
import { screens } from './routes'

/** The sidebar's line while an import is saved: other screens show its records once it is. */
export function ImportUnderwayNote() {
  const underway = useImportUnderway((s) => s.underway)
  if (!underway) return null
  const { fileName, written, total } = underway
  return (
    <p className="demo-badge" role="status" aria-label="Import underway">
      {total > 0
        ? `Importing “${fileName}”: ${written.toLocaleString()} of ${total.toLocaleString()} records written.`
        : `Importing “${fileName}”.`}{' '}
      Screens show its records once it is saved. <Link to={screens.import}>See the import</Link>
    </p>
  )
}
