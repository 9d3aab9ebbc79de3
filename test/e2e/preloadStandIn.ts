/**
 * A stand-in for the preload API (`window.fieldbook`, the IPC contract's shape) for specs that
 * exercise the Electron platform adapter in Chromium, where Electron cannot run. Main's side of
 * each channel is tested in Node (test/main). Files live in memory. Passed to
 * `page.addInitScript`, so it must not use anything from outside its own body.
 *
 * Test hooks on globalThis:
 * - `emitFromMain(event, payload)`: what main sends (backup:due, menu:command, …);
 * - `openWithFieldbook(file)`: the system opened Fieldbook with a .fieldbook file;
 * - `savedFiles`: what the save dialog "wrote" (file:save).
 *
 * `options.keychain: false` stands for a computer whose keychain Fieldbook cannot use: then
 * keys:workspace answers no key and a reason, as main does.
 */
export function installPreloadStandIn(options?: { keychain?: boolean }): void {
  type Stored = {
    id: string
    reason: string
    size: number
    createdAt: string
    compressed: boolean
    encrypted: boolean
  }
  // The same key on every load, as the keychain keeps it.
  const workspaceKey = new Uint8Array(32).map((_, i) => (i * 37 + 11) % 256)
  const magic = [0x46, 0x42, 0x4b, 0x43, 0x52, 0x59, 0x50, 0x54]
  const backups = new Map<string, { meta: Stored; bytes: Uint8Array }>()
  const listeners = new Map<string, Set<(payload: unknown) => void>>()
  const saved: { name: string; bytes: Uint8Array }[] = []
  let opened: unknown = null
  let tick = 0
  const ok = <T>(data: T) => Promise.resolve({ ok: true as const, data })
  const api = {
    appInfo: () =>
      ok({
        name: 'Fieldbook',
        version: '0.1.0',
        platform: 'linux',
        electron: '45',
        userDataPath: '/home/m/.config/Fieldbook'
      }),
    backupStore: (input: { reason: string; bytes: Uint8Array }) => {
      // Main keeps only encrypted backups (test/main/backup checks the real handler).
      if (!magic.every((b, i) => input.bytes[i] === b)) {
        return Promise.resolve({ ok: false as const, error: 'Not an encrypted backup.' })
      }
      const createdAt = new Date(Date.now() + ++tick).toISOString()
      const id = `fieldbook-${createdAt.replace(/[:.]/g, '-')}-${input.reason}.fieldbook`
      const meta = {
        id,
        reason: input.reason,
        size: input.bytes.byteLength,
        createdAt,
        compressed: false,
        encrypted: true
      }
      backups.set(id, { meta, bytes: input.bytes })
      return ok(meta)
    },
    backupList: () => ok([...backups.values()].map((f) => f.meta).reverse()),
    backupRead: ({ id }: { id: string }) => {
      const file = backups.get(id)
      return file
        ? ok({ id, bytes: file.bytes })
        : Promise.resolve({ ok: false as const, error: 'No such backup.' })
    },
    backupRevealFolder: () => ok({ opened: true }),
    keysWorkspace: () =>
      options?.keychain === false
        ? ok({ key: null, reason: 'This computer’s keychain is not available to Fieldbook.' })
        : ok({ key: workspaceKey.slice(), protection: 'keychain' }),
    // Main keeps the reminder timers; this stand-in only acknowledges the list.
    remindersSchedule: (input: { reminders: unknown[] }) =>
      ok({ scheduled: input.reminders.length }),
    fileOpen: () => ok({ canceled: true }),
    fileSave: (input: { suggestedName: string; bytes: Uint8Array }) => {
      saved.push({ name: input.suggestedName, bytes: input.bytes })
      return ok({ canceled: false, name: input.suggestedName, size: input.bytes.byteLength })
    },
    importRead: () => ok({ canceled: true }),
    importCancel: () => ok({ cancelled: false }),
    shellOpenExternal: () => ok({ opened: false }),
    backupTakeOpened: () => {
      const file = opened
      opened = null
      return ok(file)
    },
    on: (event: string, listener: (payload: unknown) => void) => {
      const set = listeners.get(event) ?? new Set()
      set.add(listener)
      listeners.set(event, set)
      return () => set.delete(listener)
    }
  }
  const emit = (event: string, payload: unknown) => listeners.get(event)?.forEach((l) => l(payload))
  Object.assign(globalThis, {
    fieldbook: api,
    savedFiles: saved,
    emitFromMain: emit,
    openWithFieldbook: (file: unknown) => {
      opened = file
      emit('backup:fileOpened', {})
    }
  })
}
