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
import type { TrendPoint } from '@shared/diagnosis'
import { formatMoney, majorToMinor, minorToMajor } from '@shared/money'

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
      <details>
        <summary>The trend as a table</summary>
        <table className="data-table compact">
          <caption>Team results per period</caption>
          <thead>
            <tr>
              <th scope="col">Period</th>
              <th scope="col" className="numeric">
                Closed won
              </th>
              <th scope="col" className="numeric">
                Team target
              </th>
              <th scope="col" className="numeric">
                Attainment
              </th>
              <th scope="col" className="numeric">
                Activities
              </th>
              <th scope="col">Market signal</th>
            </tr>
          </thead>
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
      </details>
    </figure>
  )
}
