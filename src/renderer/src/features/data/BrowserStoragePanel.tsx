import { useEffect, useState } from 'react'
import type { WorkspaceSettings } from '@shared/domain'
import { platform } from '../../platform'
import { backupIsStale } from './reminder'

/** Browser only: whether the data may be evicted, and a reminder to download a backup. */
export function BrowserStoragePanel({ settings }: { settings: WorkspaceSettings }) {
  const storage = platform.persistentStorage
  const [persisted, setPersisted] = useState<boolean>()
  useEffect(() => {
    storage?.persisted().then(setPersisted, () => setPersisted(false))
  }, [storage])
  if (!storage) return null
  const last = settings.backups.lastSavedAt
  return (
    <section className="panel" aria-labelledby="browser-storage-title">
      <h2 id="browser-storage-title">This browser’s storage</h2>
      <p>
        In a browser, the workspace lives only in this browser’s storage for this site. Clearing
        site data, or a browser short of space, can delete it.{' '}
        {persisted
          ? 'The browser has agreed to keep it (persistent storage).'
          : 'The browser has not promised to keep it.'}
      </p>
      {!persisted && (
        <p>
          <button
            type="button"
            onClick={() => void storage.persist().then(setPersisted, () => setPersisted(false))}
          >
            Ask the browser to keep this data
          </button>
        </p>
      )}
      <p className={backupIsStale(settings, new Date()) ? 'warn' : undefined}>
        {last
          ? `Last backup saved ${new Date(last).toLocaleDateString()}.`
          : 'No backup has been saved from this browser yet.'}{' '}
        Save one at least every week with “Save a backup…” above.
      </p>
    </section>
  )
}
