import { useEffect } from 'react'
import { platform } from '../../platform'
import { useOpenedBackupStore } from './openedBackupStore'
import { RestoreChoice } from './RestoreChoice'
import { useBackupRestore } from './useBackupRestore'

/**
 * The first screen's "Restore a backup" (issue 14): a new laptop starts from the manager's
 * backup. The same check and the same all-or-nothing restore as Settings › Your data; a
 * .fieldbook file the system opened Fieldbook with before any workspace exists lands here.
 */
export function FirstRunRestore() {
  const restore = useBackupRestore({ opened: true })

  // Files the system opened Fieldbook with: checked and offered, never restored unasked.
  useEffect(() => {
    let live = true
    const take = async () => {
      const file = await platform.openedBackups.take()
      if (file && live) await useOpenedBackupStore.getState().offer(file)
    }
    void take()
    const unsubscribe = platform.openedBackups.onOpened(() => void take())
    return () => {
      live = false
      unsubscribe()
    }
  }, [])

  return (
    <>
      <button type="button" onClick={() => void restore.openFile()} disabled={restore.busy}>
        {restore.busy ? 'Checking the backup…' : 'Restore a backup…'}
      </button>
      {/* Once restored, the workspace exists: the app leaves the welcome screen by itself. */}
      <RestoreChoice restore={restore} />
    </>
  )
}
