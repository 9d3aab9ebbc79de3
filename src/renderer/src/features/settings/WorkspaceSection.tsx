import { useId, useState, type FormEvent } from 'react'
import type { WorkspaceSettings } from '@shared/domain'
import { diagnosisThresholds, type DiagnosisThresholds } from '@shared/diagnosis'
import { formatMoney } from '@shared/format'
import { workspace } from '../../db/workspaceActions'
import { THRESHOLD_FIELDS } from './thresholdWords'
import { errorText } from '@shared/text/errorText'
import { StatusMessage } from '../../ui/StatusMessage'

const MONTHS = Array.from({ length: 12 }, (_, i) =>
  new Date(Date.UTC(2000, i, 1)).toLocaleString('en-US', { month: 'long', timeZone: 'UTC' })
)
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
const COMMON_CURRENCIES = ['USD', 'EUR', 'GBP', 'CAD', 'AUD', 'CHF', 'JPY', 'SEK', 'INR', 'BRL']
const COMMON_LOCALES = ['en-US', 'en-GB', 'en-CA', 'en-AU', 'de-DE', 'fr-FR', 'es-ES', 'nl-NL']

type Form = {
  managerName: string
  managerTitle: string
  teamName: string
  companyName: string
  currency: string
  locale: string
  weekStartsOn: number
  fiscalYearStartMonth: number
  thresholds: Record<keyof DiagnosisThresholds, string>
}

function formOf(s: WorkspaceSettings): Form {
  const t = diagnosisThresholds(s.thresholds)
  return {
    managerName: s.managerName,
    managerTitle: s.managerTitle ?? '',
    teamName: s.teamName,
    companyName: s.companyName ?? '',
    currency: s.currency,
    locale: s.locale ?? 'en-US',
    weekStartsOn: s.weekStartsOn ?? 1,
    fiscalYearStartMonth: s.fiscalYearStartMonth,
    thresholds: Object.fromEntries(
      THRESHOLD_FIELDS.map((f) => [f.key, String(f.share ? Math.round(t[f.key] * 100) : t[f.key])])
    ) as Form['thresholds']
  }
}

/** An example amount in the chosen currency and locale, or nothing while they are invalid. */
function example(currency: string, locale: string): string {
  try {
    return formatMoney(12345600, currency, locale)
  } catch {
    return ''
  }
}

/** Settings → Workspace: who the manager is, the team, money and calendar, diagnosis thresholds. */
export function WorkspaceSection({ settings }: { settings: WorkspaceSettings }) {
  const id = useId()
  const [form, setForm] = useState<Form>(() => formOf(settings))
  // The settings as this form loaded (or last saved) them: a change meanwhile is refused.
  const [loaded, setLoaded] = useState(settings)
  const [status, setStatus] = useState<{ error: boolean; text: string }>()
  const set = <K extends keyof Form>(key: K, value: Form[K]) =>
    setForm((f) => ({ ...f, [key]: value }))
  const submit = async (e: FormEvent) => {
    e.preventDefault()
    const thresholds = { ...settings.thresholds }
    for (const f of THRESHOLD_FIELDS) {
      const value = Number(form.thresholds[f.key])
      if (
        form.thresholds[f.key].trim() === '' ||
        !Number.isFinite(value) ||
        value < f.min ||
        value > f.max
      ) {
        setStatus({ error: true, text: `${f.label}: enter a number from ${f.min} to ${f.max}.` })
        return
      }
      Object.assign(thresholds, { [f.key]: f.share ? value / 100 : value })
    }
    try {
      const saved = await workspace.saveSettings(
        {
          managerName: form.managerName.trim(),
          managerTitle: form.managerTitle.trim() || undefined,
          teamName: form.teamName.trim(),
          companyName: form.companyName.trim() || undefined,
          currency: form.currency.trim().toUpperCase(),
          locale: form.locale.trim() || undefined,
          weekStartsOn: form.weekStartsOn,
          fiscalYearStartMonth: form.fiscalYearStartMonth,
          thresholds
        },
        new Date(),
        loaded
      )
      setLoaded(saved)
      setStatus({ error: false, text: 'Workspace settings saved.' })
    } catch (err) {
      setStatus({ error: true, text: errorText(err) })
    }
  }
  const text = (
    key: 'managerName' | 'managerTitle' | 'teamName' | 'companyName',
    label: string,
    hint?: string
  ) => (
    <div>
      <label>
        {label}
        <input
          value={form[key]}
          aria-describedby={hint ? `${id}-${key}` : undefined}
          onChange={(e) => set(key, e.target.value)}
        />
      </label>
      {hint && (
        <span id={`${id}-${key}`} className="cell-note">
          {hint}
        </span>
      )}
    </div>
  )
  return (
    <form
      className="panel settings-form"
      aria-labelledby="workspace-title"
      onSubmit={(e) => void submit(e)}
    >
      <h2 id="workspace-title">Workspace</h2>
      <fieldset>
        <legend>You and your team</legend>
        <div className="form-grid">
          {text('managerName', 'Your name', 'Signs plan audit entries and documents.')}
          {text('managerTitle', 'Your title', 'e.g. Regional Sales Manager')}
          {text('teamName', 'Team name')}
          {text('companyName', 'Company name')}
        </div>
      </fieldset>
      <fieldset>
        <legend>Money and calendar</legend>
        <div className="form-grid">
          <div>
            <label>
              Currency
              <input
                value={form.currency}
                list="currency-codes"
                aria-describedby={`${id}-currency`}
                onChange={(e) => set('currency', e.target.value.toUpperCase())}
              />
            </label>
            <span id={`${id}-currency`} className="cell-note">
              ISO 4217 code. Amounts are relabelled, not converted.
            </span>
          </div>
          <Suggestions id="currency-codes" values={COMMON_CURRENCIES} />
          <div>
            <label>
              Locale for dates and numbers
              <input
                value={form.locale}
                list="locales"
                aria-describedby={`${id}-locale`}
                onChange={(e) => set('locale', e.target.value)}
              />
            </label>
            <span id={`${id}-locale`} className="cell-note" aria-live="polite">
              {example(form.currency, form.locale)
                ? `Amounts read like ${example(form.currency, form.locale)}.`
                : 'Not a currency and locale this computer knows.'}
            </span>
          </div>
          <Suggestions id="locales" values={COMMON_LOCALES} />
          <label>
            Week starts on
            <select
              value={form.weekStartsOn}
              onChange={(e) => set('weekStartsOn', Number(e.target.value))}
            >
              {DAYS.map((d, i) => (
                <option key={d} value={i}>
                  {d}
                </option>
              ))}
            </select>
          </label>
          <div>
            <label>
              Fiscal year starts in
              <select
                value={form.fiscalYearStartMonth}
                aria-describedby={`${id}-fiscal`}
                onChange={(e) => set('fiscalYearStartMonth', Number(e.target.value))}
              >
                {MONTHS.map((m, i) => (
                  <option key={m} value={i + 1}>
                    {m}
                  </option>
                ))}
              </select>
            </label>
            <span id={`${id}-fiscal`} className="cell-note">
              Quarters count from this month.
            </span>
          </div>
        </div>
      </fieldset>
      <fieldset>
        <legend>Diagnosis thresholds</legend>
        <ul className="threshold-list">
          {THRESHOLD_FIELDS.map((f) => {
            const value = Number(form.thresholds[f.key])
            return (
              <li key={f.key}>
                <label>
                  {f.label} ({f.unit})
                  <input
                    type="number"
                    min={f.min}
                    max={f.max}
                    step={f.step}
                    value={form.thresholds[f.key]}
                    aria-describedby={`${id}-${f.key}`}
                    onChange={(e) =>
                      set('thresholds', { ...form.thresholds, [f.key]: e.target.value })
                    }
                  />
                </label>
                <span id={`${id}-${f.key}`} className="cell-note">
                  {Number.isFinite(value) ? f.effect(value) : ''}
                </span>
              </li>
            )
          })}
        </ul>
      </fieldset>
      <div className="form-row">
        <button type="submit" className="primary">
          Save workspace settings
        </button>
      </div>
      {status && <StatusMessage status={status} />}
    </form>
  )
}

/** The common values a text box offers as it is typed in (a datalist its `list` names). */
function Suggestions({ id, values }: { id: string; values: readonly string[] }) {
  return (
    <datalist id={id}>
      {values.map((v) => (
        <option key={v} value={v} />
      ))}
    </datalist>
  )
}
