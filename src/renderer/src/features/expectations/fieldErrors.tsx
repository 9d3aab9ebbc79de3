import type { ReactNode } from 'react'
import { SelectField as ChoiceField } from '../../ui/formParts'

/** The attributes that tie an input to its error message (and an optional hint). */
export function fieldProps<F extends string>(
  formId: string,
  field: F,
  errors: Partial<Record<F, string>>,
  hintId?: string
) {
  const described = [hintId, errors[field] ? `${formId}-${field}-error` : undefined]
    .filter(Boolean)
    .join(' ')
  return {
    'aria-invalid': errors[field] ? true : undefined,
    'aria-describedby': described || undefined
  } as const
}

export function FieldError<F extends string>({
  id,
  field,
  errors
}: {
  id: string
  field: F
  errors: Partial<Record<F, string>>
}) {
  const message = errors[field]
  if (!message) return null
  return (
    <span id={`${id}-${field}-error`} className="field-error">
      {message}
    </span>
  )
}

/** A labelled choice for one field of a form: marked invalid and described by its error. */
export function SelectField<F extends string>({
  id,
  field,
  label,
  value,
  onChange,
  errors,
  children
}: {
  id: string
  field: F
  label: string
  value: string
  onChange(value: string): void
  errors: Partial<Record<F, string>>
  children: ReactNode
}) {
  return (
    <ChoiceField
      label={label}
      value={value}
      onChange={onChange}
      problem={fieldProps(id, field, errors)}
      problemText={<FieldError id={id} field={field} errors={errors} />}
    >
      {children}
    </ChoiceField>
  )
}
