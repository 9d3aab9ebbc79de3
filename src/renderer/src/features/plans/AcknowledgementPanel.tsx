import { useState, type FormEvent } from 'react'
import { AcknowledgementMethod, PlanAcknowledgement, type Plan } from '@shared/domain'
import { RECEIPT_NOT_AGREEMENT } from '@shared/documents/pipPacket'
import { today } from '../../ui/today'
import { repositories } from '../../db'
import { errorText } from '@shared/text/errorText'
import { DateField, LabelOptions, Radio, TextField } from '../../ui/formParts'
import { ErrorMessage } from '../../ui/StatusMessage'
import { NoteField } from './NoteField'

const METHODS: Record<AcknowledgementMethod, string> = {
  inPerson: 'In person',
  email: 'By email',
  videoCall: 'On a video call',
  phone: 'By phone',
  other: 'Other'
}

/** Receipt of the plan: date and how, signed or refused, the employee's own comments. */
export function AcknowledgementPanel({ plan }: { plan: Plan }) {
  const ack = plan.acknowledgement
  const [receivedOn, setReceivedOn] = useState(today())
  const [method, setMethod] = useState<AcknowledgementMethod>('inPerson')
  const [signed, setSigned] = useState<'signed' | 'refused'>('signed')
  const [comments, setComments] = useState('')
  const [witness, setWitness] = useState('')
  const [error, setError] = useState<string>()
  const submit = async (e: FormEvent) => {
    e.preventDefault()
    setError(undefined)
    try {
      await repositories.plans.acknowledge(
        plan.id,
        PlanAcknowledgement.parse({
          receivedOn,
          method,
          refusedToSign: signed === 'refused',
          ...(signed === 'signed' ? { signedOn: receivedOn } : {}),
          employeeComments: comments,
          witness
        })
      )
    } catch (err) {
      setError(errorText(err))
    }
  }
  return (
    <section className="panel" aria-labelledby="ack-title">
      <h2 id="ack-title">Acknowledgement</h2>
      <p className="subtle">{RECEIPT_NOT_AGREEMENT}</p>
      {ack ? (
        <dl className="facts">
          <dt>Received on</dt>
          <dd>{ack.receivedOn ?? ack.signedOn ?? '—'}</dd>
          <dt>How</dt>
          <dd>{ack.method ? METHODS[ack.method] : '—'}</dd>
          <dt>Signature</dt>
          <dd>
            {ack.refusedToSign
              ? 'Refused to sign'
              : ack.signedOn
                ? `Signed on ${ack.signedOn}`
                : 'Not signed'}
          </dd>
          {ack.witness && (
            <>
              <dt>Witness</dt>
              <dd>{ack.witness}</dd>
            </>
          )}
          <dt>Employee’s comments</dt>
          <dd className="long-text">{ack.employeeComments || 'No comments.'}</dd>
        </dl>
      ) : plan.status !== 'active' ? (
        <p>Recorded when the plan is active and has been handed to the employee.</p>
      ) : (
        <form onSubmit={(e) => void submit(e)} aria-label="Record receipt">
          <div className="form-row">
            <DateField label="Received on" value={receivedOn} onChange={setReceivedOn} />
            <label>
              How it was handed over
              <select
                value={method}
                onChange={(e) => setMethod(AcknowledgementMethod.parse(e.target.value))}
              >
                <LabelOptions labels={METHODS} />
              </select>
            </label>
            <fieldset>
              <legend>Signature</legend>
              <Radio
                name="signed"
                checked={signed === 'signed'}
                onChange={() => setSigned('signed')}
              >
                Signed to confirm receipt
              </Radio>
              <Radio
                name="signed"
                checked={signed === 'refused'}
                onChange={() => setSigned('refused')}
              >
                Refused to sign
              </Radio>
            </fieldset>
            <TextField label="Witness (optional)" value={witness} onChange={setWitness} />
            <NoteField
              label="Employee’s comments"
              rows={3}
              value={comments}
              onChange={setComments}
            />
          </div>
          <button type="submit">Record receipt</button>
        </form>
      )}
      <ErrorMessage text={error} />
    </section>
  )
}
