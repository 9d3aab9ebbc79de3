import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis
} from 'recharts'

// Distinguishable in greyscale too: the lines also differ by dash pattern and marker.
const LINE_STYLES = [
  { stroke: '#1f4e79', dash: '' },
  { stroke: '#0b6e4f', dash: '6 3' },
  { stroke: '#9a3d00', dash: '2 2' },
  { stroke: '#6a3d9a', dash: '10 4' },
  { stroke: '#a4161a', dash: '4 4 1 4' },
  { stroke: '#4d5a6a', dash: '1 3' }
]

/**
 * A rep's scores per stage per month, one line per stage (recharts: its own chunk, loaded when
 * a chart is first shown). `rows` hold a month and each line's score by the line's name.
 */
export function StageTrendPlot({
  rows,
  lines
}: {
  rows: Record<string, string | number>[]
  lines: string[]
}) {
  return (
    <ResponsiveContainer width="100%" height={260}>
      <LineChart
        data={rows}
        accessibilityLayer={false}
        margin={{ top: 8, right: 16, bottom: 8, left: 0 }}
      >
        <CartesianGrid stroke="#d9dee5" />
        <XAxis dataKey="month" />
        <YAxis domain={[0, 100]} unit="%" />
        <Tooltip />
        <Legend />
        {lines.map((name, i) => {
          const style = LINE_STYLES[i % LINE_STYLES.length]!
          return (
            <Line
              key={name}
              type="monotone"
              dataKey={name}
              stroke={style.stroke}
              strokeDasharray={style.dash}
              strokeWidth={2}
              connectNulls
              isAnimationActive={false}
            />
          )
        })}
      </LineChart>
    </ResponsiveContainer>
  )
}
