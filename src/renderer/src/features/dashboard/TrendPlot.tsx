import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ReferenceArea,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis
} from 'recharts'
import { formatMoney, majorToMinor } from '@shared/money'

export type TrendRow = { label: string; won: number; target: number; shift: boolean }

/** The trend drawn (recharts: its own chunk, loaded when a chart is first shown). */
export function TrendPlot({ data, currency }: { data: TrendRow[]; currency: string }) {
  return (
    <ResponsiveContainer width="100%" height={300}>
      <ComposedChart
        data={data}
        margin={{ top: 16, right: 24, bottom: 8, left: 24 }}
        accessibilityLayer={false}
      >
        <CartesianGrid strokeDasharray="3 3" />
        {data
          .filter((d) => d.shift)
          .map((d) => (
            <ReferenceArea
              key={d.label}
              x1={d.label}
              x2={d.label}
              fill="#fde2c8"
              fillOpacity={0.8}
              label={{ value: 'Market', position: 'insideTop', fontSize: 11 }}
            />
          ))}
        <XAxis dataKey="label" fontSize={11} />
        <YAxis
          fontSize={11}
          tickFormatter={(v: number) => formatMoney(majorToMinor(v, currency), currency)}
          width={90}
        />
        <Tooltip formatter={(v) => formatMoney(majorToMinor(Number(v), currency), currency)} />
        <Legend />
        <Bar dataKey="won" name="Closed won" fill="#1f4e79" isAnimationActive={false} />
        <Line
          dataKey="target"
          name="Team target"
          stroke="#9a3d00"
          strokeWidth={2}
          dot
          isAnimationActive={false}
        />
      </ComposedChart>
    </ResponsiveContainer>
  )
}
