import { StatusMessage } from '../../ui/StatusMessage'
import { RestoreConfirm } from './RestoreConfirm'
import type { BackupRestore } from './useBackupRestore'

/** The last question before a checked backup replaces the workspace, then what happened. */
export function RestoreChoice({
  restore,
  onRestored
}: {
  restore: BackupRestore
  onRestored?: (text: string) => void
}) {
  return (
    <>
      {restore.confirming && (
        <RestoreConfirm
          checked={restore.confirming}
          onDone={(text) => {
            restore.finish()
            onRestored?.(text)
          }}
          onCancel={restore.finish}
        />
      )}
      {restore.status && <StatusMessage status={restore.status} />}
    </>
  )
}
