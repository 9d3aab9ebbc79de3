import type { ReactNode } from 'react'

/** One radio button with its label after it, as the forms lay them out (label.radio). */
export function Radio({
  name,
  checked,
  onChange,
  children
}: {
  name: string
  checked: boolean
  onChange(): void
  children: ReactNode
}) {
  return (
    <label className="radio">
      <input type="radio" name={name} checked={checked} onChange={onChange} />
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

/** A table's column headings (th scope="col"); a heading may carry its own class. */
export function TableHead({
  columns
}: {
  columns: readonly (ReactNode | { heading: ReactNode; className: string })[]
}) {
  return (
    <thead>
      <tr>
        {columns.map((c, i) =>
          c !== null && typeof c === 'object' && 'heading' in c ? (
            <th key={i} scope="col" className={c.className}>
              {c.heading}
            </th>
          ) : (
            <th key={i} scope="col">
              {c}
            </th>
          )
        )}
      </tr>
    </thead>
  )
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
