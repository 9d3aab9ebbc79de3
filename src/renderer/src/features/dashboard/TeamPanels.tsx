import { TableFrame } from '../../ui/TableFrame'
import { WORDS } from '@shared/words'
import { count } from '../../ui/words'
import type { Rep } from '@shared/domain'
import {
  RECOGNITION_GUIDE,
  RECOGNITION_RATIO_FORMULA,
  type PairingSuggestion,
  type RecognitionBalance
} from '@shared/diagnosis'
import { TableHead } from '../../ui/formParts'

/** Strong closers next to strong-process reps: who learns what from whom, with the numbers. */
export function PairingsPanel({
  pairings,
  reps
}: {
  pairings: readonly PairingSuggestion[]
  reps: readonly Rep[]
}) {
  const name = (id: string) => reps.find((r) => r.id === id)?.name ?? id
  return (
    <section className="panel" aria-labelledby="pairings-title">
      <h2 id="pairings-title">Pairing suggestions</h2>
      {pairings.length === 0 ? (
        <p className="subtle">
          No pairs this period: nobody has strong results with weak process while someone else has
          the reverse.
        </p>
      ) : (
        <ul className="pairings">
          {pairings.map((p) => (
            <li key={`${p.closerRepId}-${p.processRepId}`}>
              <strong>
                {name(p.closerRepId)} with {name(p.processRepId)}
              </strong>
              <p>{p.why}</p>
              <dl className="facts">
                {p.numbers.map((n) => (
                  <div key={n.label} className="fact">
                    <dt>{n.label}</dt>
                    <dd>{n.value}</dd>
                  </div>
                ))}
              </dl>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

/** How often each rep hears what went well against what to fix, against a 3 : 1 guide. */
export function RecognitionPanel({
  balance,
  reps
}: {
  balance: readonly RecognitionBalance[]
  reps: readonly Rep[]
}) {
  const name = (id: string) => reps.find((r) => r.id === id)?.name ?? id
  return (
    <section className="panel" aria-labelledby="recognition-title">
      <h2 id="recognition-title">Recognition to correction</h2>
      <p className="cell-note">
        {RECOGNITION_RATIO_FORMULA} A guide, not a rule: below {RECOGNITION_GUIDE} : 1 the balance
        leans to correction.
      </p>
      <TableFrame label="Recognitions and corrections per rep, scrollable">
        <table className="data-table compact">
          <caption className="visually-hidden">Recognitions and corrections per rep</caption>
          <TableHead
            columns={['Rep', 'Recognitions', 'Corrections', 'Ratio', 'Balance']}
            numeric={['Recognitions', 'Corrections', 'Ratio']}
          />
          <tbody>
            {balance.map((b) => (
              <tr key={b.repId}>
                <th scope="row">{name(b.repId)}</th>
                <td className="numeric">{b.recognitions}</td>
                <td className="numeric">
                  {b.correctionsTotal}
                  <span className="cell-note">
                    {count(b.corrections.findings, WORDS.finding)},{' '}
                    {count(b.corrections.focusAreas, WORDS.focusArea)},{' '}
                    {count(b.corrections.plans, WORDS.plan)}
                  </span>
                </td>
                <td className="numeric">{b.text}</td>
                <td className={b.belowGuide ? 'warn' : undefined}>
                  {b.correctionsTotal === 0
                    ? 'No corrections'
                    : b.belowGuide
                      ? `⚠ Below ${RECOGNITION_GUIDE} : 1`
                      : `✓ At or above ${RECOGNITION_GUIDE} : 1`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableFrame>
    </section>
  )
}
