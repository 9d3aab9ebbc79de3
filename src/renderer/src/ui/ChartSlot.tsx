import { Suspense, type ReactNode } from 'react'

/**
 * Where a chart is drawn. The charting library loads the first time a chart is shown (issue
 * 16); until then the chart's space stays empty, so nothing below it moves.
 */
export function ChartSlot({
  height,
  width,
  children
}: {
  height: number
  width?: number
  children: ReactNode
}) {
  return (
    <Suspense
      fallback={<span className="chart-slot" style={{ display: 'block', height, width }} />}
    >
      {children}
    </Suspense>
  )
}
