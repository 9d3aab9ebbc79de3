import {
  CartesianGrid,
  LabelList,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis
} from 'recharts'
import type { Quadrant, QuadrantChart as Chart } from '@shared/diagnosis'

export type QuadrantPoint = { name: string; process: number; results: number; quadrant: Quadrant }

/** The quadrant drawn (recharts: its own chunk, loaded when a chart is first shown). */
export function QuadrantPlot({
  chart,
  points,
  yMax,
  yTicks
}: {
  chart: Chart
  points: QuadrantPoint[]
  yMax: number
  yTicks: number[]
}) {
  return (
    <ResponsiveContainer width="100%" height={360}>
      <ScatterChart
        margin={{ top: 16, right: 24, bottom: 32, left: 24 }}
        accessibilityLayer={false}
      >
        <CartesianGrid strokeDasharray="3 3" />
        <ReferenceArea
          x1={0}
          x2={chart.processLine}
          y1={chart.resultsLine}
          y2={yMax}
          fill="#fff4e5"
          fillOpacity={0.6}
        />
        <ReferenceArea
          x1={chart.processLine}
          x2={100}
          y1={0}
          y2={chart.resultsLine}
          fill="#eef4fb"
          fillOpacity={0.6}
        />
        <XAxis
          type="number"
          dataKey="process"
          name="Process score"
          domain={[0, 100]}
          ticks={[0, 25, 50, 75, 100]}
          unit="%"
          label={{ value: 'Process score (%)', position: 'bottom', offset: 12 }}
        />
        <YAxis
          type="number"
          dataKey="results"
          name="Attainment"
          domain={[0, yMax]}
          ticks={yTicks}
          unit="%"
          label={{ value: 'Attainment (%)', angle: -90, position: 'left', offset: 8 }}
        />
        <ReferenceLine x={chart.processLine} stroke="#4d5a6a" strokeDasharray="4 4" />
        <ReferenceLine y={chart.resultsLine} stroke="#4d5a6a" strokeDasharray="4 4" />
        <Tooltip cursor={{ strokeDasharray: '3 3' }} />
        <Scatter data={points} fill="#1f4e79" isAnimationActive={false}>
          <LabelList dataKey="name" position="right" fontSize={11} fill="#1b2430" />
        </Scatter>
      </ScatterChart>
    </ResponsiveContainer>
  )
}
