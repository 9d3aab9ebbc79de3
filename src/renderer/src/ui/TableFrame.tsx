import type { ReactNode } from 'react'
import './ui.css'

/**
 * A wide table scrolls inside this frame, never the page. The frame is a named, focusable
 * region so the keyboard can scroll it too.
 */
export function TableFrame({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-frame" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  )
}
