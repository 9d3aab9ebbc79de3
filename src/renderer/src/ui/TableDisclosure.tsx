import { useState, type ReactNode } from 'react'

/**
 * A chart's numbers as a table, behind a disclosure, built when the manager opens it: a
 * 50-rep table under each chart was a sixth of the dashboard to build again on every change
 * of period, for a view most managers open now and then.
 */
export function TableDisclosure({ summary, children }: { summary: string; children: ReactNode }) {
  const [open, setOpen] = useState(false)
  return (
    <details className="table-disclosure" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{summary}</summary>
      {open && children}
    </details>
  )
}
