import { create } from 'zustand'
import type { OpenedBackupFile } from '@shared/ipc/contract'
import { checkBackup, type CheckedBackup } from '../../db/backup'
import { deviceKey } from '../../db/automaticBackup'

/**
 * A backup file the system opened Fieldbook with (a double-clicked .fieldbook file), checked
 * and waiting for the manager's answer in the backup panel: nothing is restored without it.
 * A file protected with a passphrase waits (`locked`) until the manager types it. UI state only.
 */
export type OpenedBackup =
  | { ok: true; checked: Extract<CheckedBackup, { ok: true }> }
  | { ok: false; locked: { bytes: Uint8Array; fileName: string } }
  | { ok: false; text: string; problems?: string[] }

interface OpenedBackupState {
  opened: OpenedBackup | null
  offer(file: OpenedBackupFile): Promise<void>
  clear(): void
}

export const useOpenedBackupStore = create<OpenedBackupState>((set) => ({
  opened: null,
  offer: async (file) => {
    if ('error' in file) {
      set({ opened: { ok: false, text: file.error } })
      return
    }
    const device = await deviceKey()
    const checked = await checkBackup(file.bytes, file.name, { deviceKey: device.key })
    if (!checked.ok && checked.reason === 'needsPassphrase') {
      set({ opened: { ok: false, locked: { bytes: file.bytes, fileName: file.name } } })
      return
    }
    set({
      opened: checked.ok
        ? { ok: true, checked }
        : {
            ok: false,
            text: `“${file.name}” cannot be restored; nothing was changed.`,
            problems: checked.problems
          }
    })
  },
  clear: () => set({ opened: null })
}))
