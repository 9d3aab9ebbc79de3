import { memo, Suspense, type ReactNode } from 'react'
import { useInView } from 'react-intersection-observer'

/**
 * A chart's drawing, brought up to date only while it is on screen or near it (issue 18): a
 * chart far below, such as the dashboard's two under 50 reps' scorecards, keeps what it last
 * drew while the manager changes the period at the top, and is drawn again as it scrolls into
 * view. Drawing them on every change was half the main thread's work of a period switch.
 */
const WhileInView = memo(
  function WhileInView({ children }: { live: boolean; children: ReactNode }) {
    return children
  },
  // "Unchanged" while out of view, so nothing under it renders; in view, as usual.
  (_before, next) => !next.live
)

/** How far outside the window a chart is still kept up to date: it is ready before it shows. */
const NEAR = '400px 0px'

/**
 * Where a chart is drawn. The charting library loads the first time a chart is shown (issue
 * 16); until then the chart's space stays empty, so nothing below it moves. The first drawing
 * happens wherever the chart is; later ones wait until it is near the window.
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
  const { ref, inView } = useInView({
    rootMargin: NEAR,
    initialInView: true,
    fallbackInView: true
  })
  return (
    <div ref={ref} className="chart-slot-frame">
      <Suspense
        fallback={<span className="chart-slot" style={{ display: 'block', height, width }} />}
      >
        <WhileInView live={inView}>{children}</WhileInView>
      </Suspense>
    </div>
  )
}
