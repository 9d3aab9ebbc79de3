import { useEffect, useId, useRef, useState, type ReactNode } from 'react'
import { currencyAffix, moneyInputText, parseMoneyInput } from '@shared/money'
import { useWorkspaceMoney } from '../../db/useWorkspaceMoney'
import './money.css'

export interface MoneyInputProps {
  label: ReactNode
  /** The amount in minor units (cents), or undefined for none. */
  value: number | undefined
  /**
   * Called on every keystroke with the amount in minor units: undefined when the field is
   * blank or does not hold an amount (then `text` is what was typed and the field says why).
   */
  onChange(minor: number | undefined, text: string): void
  /** Defaults to the workspace currency and locale (Settings). */
  currency?: string
  locale?: string
  required?: boolean
  allowNegative?: boolean
  /** A message from the form's own checks, shown at the field instead of the parse message. */
  error?: string | undefined
  hint?: ReactNode
  className?: string
  name?: string
  size?: number
}

/**
 * The one field for money: typed in major units with grouping ("300,000", "€1.234,50" in
 * de-DE), stored in minor units, regrouped when the field is left, with the currency beside
 * it. Junk gets a message at the field, and the field reports itself invalid so a form does
 * not submit.
 */
export function MoneyInput(props: MoneyInputProps) {
  const workspace = useWorkspaceMoney()
  const currency = props.currency ?? workspace.currency
  const locale = props.locale ?? workspace.locale
  const id = useId()
  const input = useRef<HTMLInputElement>(null)
  const show = (minor: number | undefined) =>
    minor === undefined ? '' : moneyInputText(minor, currency, locale)
  // The text as typed, with the amount it stood for: a new amount from outside replaces it.
  const [field, setField] = useState({ text: show(props.value), minor: props.value })
  const [touched, setTouched] = useState(false)
  if (props.value !== field.minor) setField({ text: show(props.value), minor: props.value })

  const options = { currency, locale, allowNegative: props.allowNegative ?? false }
  const parsed = parseMoneyInput(field.text, options)
  const problem = parsed.ok ? undefined : parsed.message
  const message = props.error ?? (touched ? problem : undefined)
  useEffect(() => {
    input.current?.setCustomValidity(props.error ?? problem ?? '')
  }, [props.error, problem])

  const affix = currencyAffix(currency, locale)
  const described = [props.hint ? `${id}-hint` : '', `${id}-currency`, message ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ')
  return (
    <label className={`money-field ${props.className ?? ''}`.trim()}>
      {props.label}
      <span className="money-box">
        {affix.before && (
          <span className="money-affix" aria-hidden="true">
            {affix.symbol}
          </span>
        )}
        <input
          ref={input}
          name={props.name}
          inputMode="decimal"
          autoComplete="off"
          size={props.size ?? 12}
          required={props.required}
          value={field.text}
          aria-invalid={message ? true : undefined}
          aria-describedby={described}
          onChange={(e) => {
            const text = e.target.value
            const result = parseMoneyInput(text, options)
            const minor = result.ok ? result.minor : undefined
            setField({ text, minor })
            props.onChange(minor, text)
          }}
          onBlur={() => {
            setTouched(true)
            if (parsed.ok && parsed.minor !== undefined)
              setField({ text: show(parsed.minor), minor: parsed.minor })
          }}
        />
        {!affix.before && (
          <span className="money-affix" aria-hidden="true">
            {affix.symbol}
          </span>
        )}
      </span>
      <span id={`${id}-currency`} className="visually-hidden">
        Amount in {currency}
      </span>
      {props.hint && (
        <span id={`${id}-hint`} className="cell-note">
          {props.hint}
        </span>
      )}
      {message && (
        <span id={`${id}-error`} className="field-error">
          {message}
        </span>
      )}
    </label>
  )
}
