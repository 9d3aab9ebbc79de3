import type { DeviceKey } from '../../db/appLock'

export const WHAT_IS_SEALED =
  'Encrypted: private 1:1 notes; PIP concerns, evidence, commitments, outcomes and HR review notes; check-in notes; observation notes, answers, corrections and call transcripts; development notes; and the before and after of each PIP record entry. Names, numbers and CRM data are not.'

/** How this computer keeps private notes, in a sentence. */
export function privacyStatusText(device: DeviceKey, locked: boolean): string {
  if (device.kind === 'device') {
    const where =
      device.protection === 'basic_text'
        ? 'a key this computer keeps without a system keychain (anyone with your user account’s files could find it)'
        : 'a key kept in the system keychain'
    return `Private notes are encrypted on this computer with ${where}.${locked ? ' The app lock hides every screen until its passphrase is typed.' : ' An app lock also hides every screen after a while without use.'}`
  }
  if (locked) {
    return 'Private notes are encrypted with a key made from the app lock passphrase. The key is only in memory while Fieldbook is unlocked.'
  }
  const why = device.reason.replace(/\.$/, '')
  return `Private notes are stored unencrypted here: ${why.charAt(0).toLowerCase()}${why.slice(1)}. Set an app lock, and its passphrase encrypts them.`
}

/** A passphrase box, labelled; never filled in by the browser's password manager by mistake. */
export function PassphraseField({
  label,
  value,
  onChange,
  current
}: {
  label: string
  value: string
  onChange(value: string): void
  current?: boolean
}) {
  return (
    <label>
      {label}
      <input
        type="password"
        autoComplete={current ? 'current-password' : 'new-password'}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </label>
  )
}
