import { MIN_PASSPHRASE_LENGTH } from '@shared/backup/passphrase'
import { Radio } from '../../ui/formParts'

/** Where a backup saved by hand is going, and the passphrase that protects one taken away. */
export interface SaveChoice {
  /** Electron only: "For this computer" (the device key) or "To take elsewhere" (passphrase). */
  destination: 'thisComputer' | 'elsewhere'
  passphrase: string
  again: string
}

export const NEW_SAVE_CHOICE: SaveChoice = {
  destination: 'thisComputer',
  passphrase: '',
  again: ''
}

/**
 * The choice before "Save a backup": in Electron, for this computer or to take elsewhere; in a
 * browser a passphrase always (a browser has no keychain). A passphrase is typed twice.
 */
export function BackupSaveChoice({
  choice,
  onChange,
  withDeviceKey
}: {
  choice: SaveChoice
  onChange(choice: SaveChoice): void
  /** The platform can keep a key for this computer (Electron). */
  withDeviceKey: boolean
}) {
  const asksPassphrase = !withDeviceKey || choice.destination === 'elsewhere'
  return (
    <div className="backup-save-choice">
      {withDeviceKey && (
        <fieldset>
          <legend>Where is this backup going?</legend>
          <Radio
            name="backup-destination"
            checked={choice.destination === 'thisComputer'}
            onChange={() => onChange({ ...choice, destination: 'thisComputer' })}
          >
            For this computer (encrypted with this computer’s key; only it can restore the file)
          </Radio>
          <Radio
            name="backup-destination"
            checked={choice.destination === 'elsewhere'}
            onChange={() => onChange({ ...choice, destination: 'elsewhere' })}
          >
            To take elsewhere (encrypted with a passphrase you choose)
          </Radio>
        </fieldset>
      )}
      {asksPassphrase && (
        <div className="form-row">
          <label>
            Backup passphrase
            <input
              type="password"
              autoComplete="new-password"
              value={choice.passphrase}
              onChange={(e) => onChange({ ...choice, passphrase: e.target.value })}
            />
          </label>
          <label>
            Passphrase again
            <input
              type="password"
              autoComplete="new-password"
              value={choice.again}
              onChange={(e) => onChange({ ...choice, again: e.target.value })}
            />
          </label>
          <p className="hint">
            At least {MIN_PASSPHRASE_LENGTH} characters. The backup is encrypted with it; Fieldbook
            cannot open the file without it, so keep it somewhere safe.
          </p>
        </div>
      )}
    </div>
  )
}
