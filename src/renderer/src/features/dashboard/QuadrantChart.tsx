import { ChartSlot } from '../../ui/ChartSlot'
import { lazyNamed } from '../../ui/lazyNamed'
import type { Rep } from '@shared/domain'
import type { Quadrant, QuadrantChart as Chart } from '@shared/diagnosis'
import { TableHead } from '../../ui/formParts'
import { TableDisclosure } from '../../ui/TableDisclosure'

const QuadrantPlot = lazyNamed(() => import('./QuadrantPlot'), 'QuadrantPlot')

export const QUADRANT_WORDS: Record<Quadrant, string> = {
  strongBoth: 'Results and process',
  resultsOnly: 'Results, process below the standard',
  processOnly: 'Process, results below target',
  neither: 'Neither yet',
  unknown: 'Not enough data'
}

const round = (n: number | undefined): string => (n === undefined ? '—' : `${Math.round(n)}%`)

/**
 * Results (attainment) against process (hygiene, activity, next steps): the top producer who
 * skips the CRM sits top-left, the spotless CRM that does not close bottom-right. A table
 * under the chart gives the same numbers to read.
 */
export function QuadrantChart({ chart, reps }: { chart: Chart; reps: readonly Rep[] }) {
  const names = new Map(reps.map((r) => [r.id, r.name]))
  const points = chart.points
    .filter((p) => p.results !== undefined && p.process !== undefined)
    .map((p) => ({
      name: names.get(p.repId) ?? p.repId,
      process: Math.round(p.process ?? 0),
      // Very large attainment would squash everyone else: cap the dot, keep the number.
      results: Math.min(200, Math.round(p.results ?? 0)),
      quadrant: p.quadrant
    }))
  const yMax = Math.ceil(Math.max(150, ...points.map((p) => p.results + 10)) / 50) * 50
  const yTicks = Array.from({ length: yMax / 50 + 1 }, (_, i) => i * 50)
  return (
    <figure className="chart" aria-labelledby="quadrant-caption">
      <figcaption id="quadrant-caption" className="visually-hidden">
        Results against process, one dot per rep. The same numbers are in the table below.
      </figcaption>
      <div aria-hidden="true" className="chart-box">
        <ChartSlot height={360}>
          <QuadrantPlot chart={chart} points={points} yMax={yMax} yTicks={yTicks} />
        </ChartSlot>
      </div>
      <p className="cell-note">
        Lines at {chart.resultsLine}% attainment and a process score of {chart.processLine}%.
        Shaded: results without process (top left), process without results (bottom right).{' '}
        {chart.formula}
      </p>
      <TableDisclosure summary="Results and process per rep, as a table">
        <table className="data-table compact">
          <caption>Results and process per rep</caption>
          <TableHead
            columns={['Rep', 'Attainment', 'Process score', 'Where', 'Process parts']}
            numeric={['Attainment', 'Process score']}
          />
          <tbody>
            {chart.points.map((p) => (
              <tr key={p.repId}>
                <th scope="row">{names.get(p.repId) ?? p.repId}</th>
                <td className="numeric">{round(p.results)}</td>
                <td className="numeric">{round(p.process)}</td>
                <td>{QUADRANT_WORDS[p.quadrant]}</td>
                <td>
                  {p.processParts.map((part) => (
                    <span key={part.label} className="cell-note" title={part.formula}>
                      {part.label}: {round(part.value)}
                    </span>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableDisclosure>
    </figure>
  )
}
