import { StatusMessage } from '../../ui/StatusMessage'
import { PassphrasePrompt } from './PassphrasePrompt'
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
      {restore.locked && !restore.confirming && (
        <PassphrasePrompt
          // A new file starts with an empty box.
          key={restore.locked.fileName}
          locked={restore.locked}
          busy={restore.busy}
          onUnlock={(passphrase) => void restore.unlock(passphrase)}
          onCancel={restore.finish}
        />
      )}
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
