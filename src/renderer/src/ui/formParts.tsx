import type { ReactNode, SelectHTMLAttributes } from 'react'
import type { Rep } from '@shared/domain'

/** One radio button with its label after it, as the forms lay them out (label.radio). */
export function Radio({
  name,
  value,
  checked,
  onChange,
  children
}: {
  name: string
  /** The input's value attribute, when the form reads it. */
  value?: string
  checked: boolean
  onChange(): void
  children: ReactNode
}) {
  return (
    <label className="radio">
      <input type="radio" name={name} value={value} checked={checked} onChange={onChange} />
      {children}
    </label>
  )
}

/** The options of a select, one per item: its value and the words shown for it. */
export function Options<T>({
  items,
  value,
  label
}: {
  items: readonly T[]
  value(item: T): string
  label(item: T): ReactNode
}) {
  return (
    <>
      {items.map((item) => (
        <option key={value(item)} value={value(item)}>
          {label(item)}
        </option>
      ))}
    </>
  )
}

/** The options of a select from a label table: each key is a value, shown by its label. */
export function LabelOptions<K extends string>({ labels }: { labels: Record<K, string> }) {
  return <Options items={Object.keys(labels) as K[]} value={(k) => k} label={(k) => labels[k]} />
}

/**
 * A table's header row: one `<th scope="col">` per column. The columns named in `numeric` hold
 * numbers: their headings carry class "numeric" (right-aligned, as their cells are).
 */
export function TableHead({
  columns,
  numeric = []
}: {
  columns: readonly ReactNode[]
  numeric?: readonly string[]
}) {
  return (
    <thead>
      <tr>
        {columns.map((column, i) => (
          <th
            key={i}
            scope="col"
            className={
              typeof column === 'string' && numeric.includes(column) ? 'numeric' : undefined
            }
          >
            {column}
          </th>
        ))}
      </tr>
    </thead>
  )
}

/** One `<option>` per rep, named; its value is the rep's id (or name, with `by="name"`). */
export function RepOptions({
  reps,
  by = 'id'
}: {
  reps: readonly Pick<Rep, 'id' | 'name'>[]
  by?: 'id' | 'name'
}) {
  return <Options items={reps} value={(r) => (by === 'id' ? r.id : r.name)} label={(r) => r.name} />
}

/** A required day, labelled: the label wraps its words and the date box. */
export function DateField({
  label,
  value,
  onChange,
  max
}: {
  label: ReactNode
  value: string
  onChange(value: string): void
  max?: string
}) {
  return (
    <label>
      {label}
      <input
        type="date"
        required
        value={value}
        max={max}
        onChange={(e) => onChange(e.target.value)}
      />
    </label>
  )
}

/** A whole number in a range, labelled: the label wraps its words and the number box. */
export function NumberField({
  label,
  value,
  onChange,
  min,
  max,
  step
}: {
  label: ReactNode
  value: string
  onChange(value: string): void
  min: number
  max: number
  step?: number
}) {
  return (
    <label>
      {label}
      <input
        type="number"
        min={min}
        max={max}
        step={step}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </label>
  )
}

/** A line of text, labelled: the label wraps its words and the text box. */
export function TextField({
  label,
  value,
  onChange,
  className
}: {
  label: ReactNode
  value: string
  onChange(value: string): void
  className?: string
}) {
  return (
    <label className={className}>
      {label}
      <input value={value} onChange={(e) => onChange(e.target.value)} />
    </label>
  )
}

/**
 * A choice from a list, labelled: the label wraps its words and the select with its options.
 * A form that checks the choice passes the select's problem attributes (`aria-invalid`,
 * `aria-describedby`) and the problem's words to show after it.
 */
export function SelectField({
  label,
  value,
  onChange,
  problem,
  problemText,
  children
}: {
  label: ReactNode
  value: string
  onChange(value: string): void
  problem?: SelectHTMLAttributes<HTMLSelectElement>
  problemText?: ReactNode
  children: ReactNode
}) {
  return (
    <label>
      {label}
      <select value={value} onChange={(e) => onChange(e.target.value)} {...problem}>
        {children}
      </select>
      {problemText}
    </label>
  )
}
