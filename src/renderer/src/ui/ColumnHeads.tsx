import type { ReactNode } from 'react'

/** A column heading: its text, and whether the column holds numbers (right-aligned). */
export type ColumnHead = string | { label: ReactNode; numeric?: boolean }

/** A data table's header row: one `<th scope="col">` per column. */
export function ColumnHeads({ columns }: { columns: readonly ColumnHead[] }) {
  return (
    <thead>
      <tr>
        {columns.map((column, i) => {
          const { label, numeric } = typeof column === 'string' ? { label: column } : column
          return (
            <th key={i} scope="col" className={numeric ? 'numeric' : undefined}>
              {label}
            </th>
          )
        })}
      </tr>
    </thead>
  )
}
