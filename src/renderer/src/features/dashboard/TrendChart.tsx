import type { TrendPoint } from '@shared/diagnosis'
import { formatMoney, minorToMajor } from '@shared/money'
import { ChartSlot } from '../../ui/ChartSlot'
import { lazyNamed } from '../../ui/lazyNamed'
import { TableHead } from '../../ui/formParts'
import { TableDisclosure } from '../../ui/TableDisclosure'

const TrendPlot = lazyNamed(() => import('./TrendPlot'), 'TrendPlot')

/**
 * The team's closed-won revenue per period against the sum of the targets, with the periods
 * where most of the team fell together against their own history (a market signal) shaded.
 */
export function TrendChart({
  trend,
  currency
}: {
  trend: readonly TrendPoint[]
  currency: string
}) {
  const data = trend.map((t) => ({
    label: t.range.label,
    won: Math.round(minorToMajor(t.closedWonMinor, currency)),
    target: Math.round(minorToMajor(t.targetMinor, currency)),
    shift: t.market.shift
  }))
  const shifts = trend.filter((t) => t.market.shift)
  const money = (minor: number) => formatMoney(minor, currency)
  return (
    <figure className="chart" aria-labelledby="trend-caption">
      <figcaption id="trend-caption" className="visually-hidden">
        Team closed-won revenue against target per period; the table below has the numbers.
      </figcaption>
      <div aria-hidden="true" className="chart-box">
        <ChartSlot height={300}>
          <TrendPlot data={data} currency={currency} />
        </ChartSlot>
      </div>
      {shifts.length === 0 ? (
        <p className="cell-note">
          No market signal in these periods: the team did not fall together.
        </p>
      ) : (
        <ul className="market-signals" aria-label="Market signals">
          {shifts.map((t) => (
            <li key={t.range.start}>
              <strong>Market signal, {t.range.label}:</strong> {t.market.down} of{' '}
              {t.market.reps.length} reps down against their own history.
            </li>
          ))}
        </ul>
      )}
      {shifts[0]?.market.finding && (
        <p className="cell-note">Rule: {shifts[0].market.finding.rule}</p>
      )}
      <TableDisclosure summary="The trend as a table">
        <table className="data-table compact">
          <caption>Team results per period</caption>
          <TableHead
            columns={[
              'Period',
              'Closed won',
              'Team target',
              'Attainment',
              'Activities',
              'Market signal'
            ]}
            numeric={['Closed won', 'Team target', 'Attainment', 'Activities']}
          />
          <tbody>
            {trend.map((t) => (
              <tr key={t.range.start}>
                <th scope="row">{t.range.label}</th>
                <td className="numeric">{money(t.closedWonMinor)}</td>
                <td className="numeric">{money(t.targetMinor)}</td>
                <td className="numeric">
                  {t.attainment === undefined ? '—' : `${Math.round(t.attainment)}%`}
                </td>
                <td className="numeric">{t.activities}</td>
                <td>
                  {t.market.shift
                    ? `Yes: ${t.market.down} reps down`
                    : t.market.skipped
                      ? `— (${t.market.skipped})`
                      : 'No'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableDisclosure>
    </figure>
  )
}
