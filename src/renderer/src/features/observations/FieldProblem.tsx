import type { ReactNode } from 'react'
import type { FieldProblem } from '@shared/observations'
import { SelectField } from '../../ui/formParts'

/**
 * The attributes that tie a field to its problem on this step: marked invalid and described
 * by the message written beside it.
 */
export function problemProps(problems: readonly FieldProblem[], field: string) {
  const mine = problems.some((p) => p.field === field)
  return {
    'aria-invalid': mine ? true : undefined,
    'aria-describedby': mine ? `problem-${field}` : undefined
  } as const
}

/**
 * The message at the field. Left out of the field's name (aria-hidden) because a wrapping
 * label would read it as part of the name; the field's description reads it instead.
 */
export function ProblemText({
  problems,
  field
}: {
  problems: readonly FieldProblem[]
  field: string
}) {
  const mine = problems.filter((p) => p.field === field)
  if (mine.length === 0) return null
  return (
    <span id={`problem-${field}`} className="field-problem" aria-hidden="true">
      {mine.map((p) => p.message).join(' ')}
    </span>
  )
}

/** Why the observation could not be saved, one reason a line, read out at once (role alert). */
export function ProblemList({ problems }: { problems: readonly string[] }) {
  if (problems.length === 0) return null
  return (
    <ul role="alert" className="error problems">
      {problems.map((p) => (
        <li key={p}>{p}</li>
      ))}
    </ul>
  )
}

/** A labelled choice on a step, marked and described by its problem when it has one. */
export function ProblemSelect({
  label,
  field,
  problems,
  value,
  onChange,
  children
}: {
  label: string
  field: string
  problems: readonly FieldProblem[]
  value: string
  onChange(value: string): void
  children: ReactNode
}) {
  return (
    <SelectField
      label={label}
      value={value}
      onChange={onChange}
      problem={problemProps(problems, field)}
      problemText={<ProblemText problems={problems} field={field} />}
    >
      {children}
    </SelectField>
  )
}
