import { Line, LineChart } from 'recharts'

/** One dimension's values over the trend periods, drawn small; the words carry the same (recharts: its own chunk, loaded when first shown). */
export function Sparkline({ values }: { values: (number | undefined)[] }) {
  const data = values.map((v, i) => ({ i, v: v ?? null }))
  return (
    <span aria-hidden="true" className="sparkline">
      <LineChart width={110} height={28} data={data} accessibilityLayer={false}>
        <Line
          dataKey="v"
          stroke="#1f4e79"
          strokeWidth={1.5}
          dot={false}
          connectNulls
          isAnimationActive={false}
        />
      </LineChart>
    </span>
  )
}
