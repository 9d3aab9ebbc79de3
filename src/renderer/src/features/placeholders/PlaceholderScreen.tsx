import { useLiveQuery } from 'dexie-react-hooks'
import { db } from '../../db'
import type { PlaceholderScreenSpec } from './placeholders'

export function PlaceholderScreen({ screen }: { screen: PlaceholderScreenSpec }) {
  const count = useLiveQuery(() => db.table(screen.table).count(), [screen.table])
  return (
    <section aria-labelledby="screen-title">
      <h1 id="screen-title">{screen.title}</h1>
      <div className="empty-state">
        <p>{screen.purpose}</p>
        <p>
          <strong>This screen is not built yet.</strong> Its data is already kept:{' '}
          {count === undefined ? '…' : `${count} ${screen.recordsLabel}`} in this workspace.
        </p>
      </div>
    </section>
  )
}
