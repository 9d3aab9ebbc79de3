import { WorkspaceSettings } from '@shared/domain'
import { describeValidationError, ValidationError } from '@shared/validation'
import type { FieldbookDb } from './database'
import { StaleEditError } from './revision'
import { readSettings } from './workspace'

/** What Settings → Workspace edits (reminders and backups have their own sections). */
export type WorkspaceSettingsInput = Pick<
  WorkspaceSettings,
  | 'managerName'
  | 'managerTitle'
  | 'teamName'
  | 'companyName'
  | 'currency'
  | 'locale'
  | 'weekStartsOn'
  | 'fiscalYearStartMonth'
  | 'thresholds'
>

/** A currency code Intl knows ("EUR"), and a locale it can format with ("de-DE"). */
export function checkCurrencyAndLocale(currency: string, locale: string | undefined): string[] {
  const problems: string[] = []
  const supported = (Intl as { supportedValuesOf?: (k: string) => string[] }).supportedValuesOf
  if (!/^[A-Z]{3}$/.test(currency) || (supported && !supported('currency').includes(currency)))
    problems.push(`“${currency}” is not an ISO 4217 currency code such as USD, EUR or GBP.`)
  if (locale !== undefined) {
    try {
      if (Intl.NumberFormat.supportedLocalesOf([locale]).length === 0) throw new Error()
    } catch {
      problems.push(
        `“${locale}” is not a locale this computer can format with (e.g. en-GB, de-DE).`
      )
    }
  }
  return problems
}

const INPUT_FIELDS = [
  'managerName',
  'managerTitle',
  'teamName',
  'companyName',
  'currency',
  'locale',
  'weekStartsOn',
  'fiscalYearStartMonth',
  'thresholds'
] as const satisfies readonly (keyof WorkspaceSettingsInput)[]

/** Whether any field this form edits differs between two versions of the settings. */
function formFieldsDiffer(a: WorkspaceSettings, b: WorkspaceSettings): boolean {
  return INPUT_FIELDS.some((key) => JSON.stringify(a[key]) !== JSON.stringify(b[key]))
}

/**
 * Saves the workspace settings in one transaction that reads the row again (a reminder or
 * backup change made meanwhile stays). A new currency relabels money targets: they are amounts
 * in the workspace's currency (no exchange rate is applied). With `loaded` (the settings as the
 * form loaded them), refuses with StaleEditError when one of the form's own fields was changed
 * meanwhile. The row's updatedAt also moves with backup and reminder bookkeeping, so the
 * revision compared is the form's fields, not the timestamp.
 */
export async function saveWorkspaceSettings(
  db: FieldbookDb,
  input: WorkspaceSettingsInput,
  now: Date,
  loaded?: WorkspaceSettings
): Promise<WorkspaceSettings> {
  const problems = checkCurrencyAndLocale(input.currency, input.locale)
  if (problems.length > 0)
    throw new ValidationError(`The settings were not saved: ${problems.join(' ')}`)
  return db.transaction('rw', db.settings, db.expectationSets, async () => {
    const current = await readSettings(db)
    if (!current) throw new Error('There is no workspace to save settings in.')
    if (loaded && formFieldsDiffer(current, loaded))
      throw new StaleEditError('The workspace settings', 'them')
    // Only the form's own fields are taken from the input (an object with more, such as a
    // whole stale settings row, must not carry old backup or reminder values back).
    const edited = Object.fromEntries(INPUT_FIELDS.map((key) => [key, input[key]]))
    const parsed = WorkspaceSettings.safeParse({
      ...current,
      ...edited,
      updatedAt: now.toISOString()
    })
    if (!parsed.success)
      throw new ValidationError(describeValidationError('The settings', parsed.error))
    await db.settings.put(parsed.data)
    if (parsed.data.currency !== current.currency)
      await db.expectationSets.toCollection().modify((set) => {
        set.dimensions = set.dimensions.map((d) =>
          d.currency ? { ...d, currency: parsed.data.currency } : d
        )
      })
    return parsed.data
  })
}

/** Marks a first-run setup step skipped (or not), so Home stops (or starts) asking. */
export async function setSetupStepSkipped(
  db: FieldbookDb,
  step: string,
  skipped: boolean,
  now: Date
): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const current = await readSettings(db)
    if (!current) return
    const rest = (current.setupSkipped ?? []).filter((s) => s !== step)
    await db.settings.put({
      ...current,
      setupSkipped: skipped ? [...rest, step] : rest,
      updatedAt: now.toISOString()
    })
  })
}
