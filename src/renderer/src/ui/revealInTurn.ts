import { startTransition, useEffect, useState } from 'react'

/**
 * How many of a long page's `parts` to show: one more each frame until all are (issue 18).
 * React builds a page between other work, but puts what it built on screen in one go: the
 * review of a 100,000-deal file (owners, start dates, stages, columns) was one 76–90 ms task.
 * Shown in turn, each part is its own short task, and the page is whole a few frames later.
 */
export function useRevealInTurn(parts: number): number {
  const [shown, setShown] = useState(1)
  useEffect(() => {
    if (shown >= parts) return
    const frame = requestAnimationFrame(() => startTransition(() => setShown(shown + 1)))
    return () => cancelAnimationFrame(frame)
  }, [shown, parts])
  return Math.min(shown, parts)
}
