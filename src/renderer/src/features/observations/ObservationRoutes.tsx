import { useState } from 'react'
import { Link, useParams, useSearchParams } from 'react-router-dom'
import { repositoryContext } from '../../db'
import { useObservation } from '../../db/reads'
import { today } from '../../ui/today'
import { ObservationFlow } from './ObservationFlow'
import { ObservationView } from './ObservationView'
import { newDraft, parseKind, type Draft } from './draftState'
import './observations.css'
import { screens } from '../../ui/routes'

/** /observations/new?kind=…&repId=…&stage=…&scenario=…: every parameter optional. */
export function NewObservationRoute() {
  const [params] = useSearchParams()
  const key = params.toString()
  return <NewObservation key={key} params={params} />
}

function NewObservation({ params }: { params: URLSearchParams }) {
  const [initial] = useState<Draft>(() =>
    newDraft({
      id: repositoryContext.newId(),
      kind: parseKind(params.get('kind')),
      repId: params.get('repId') ?? '',
      stageKey: params.get('stage') ?? '',
      scenarioId: params.get('scenario') ?? undefined,
      date: today()
    })
  )
  return <ObservationFlow initial={initial} />
}

/** /observations/:id — a draft reopens in its flow where it was left; a saved one is shown. */
export function ObservationRoute() {
  const { id = '' } = useParams()
  const observation = useObservation(id)
  // The flow owns a draft once it is open: later writes come from the flow itself.
  const [opened, setOpened] = useState<Draft | null>(null)
  if (observation === undefined) return <p className="loading">Loading…</p>
  if (observation === null && !opened)
    return (
      <section aria-labelledby="screen-title">
        <h1 id="screen-title">Observation not found</h1>
        <p>
          It may have been a draft that was discarded.{' '}
          <Link to={screens.observations}>Back to observations</Link>
        </p>
      </section>
    )
  if (observation?.status === 'final') return <ObservationView observation={observation} />
  if (opened || observation?.status === 'draft') {
    const draft = opened ?? (observation as Draft)
    if (!opened) setOpened(draft)
    return <ObservationFlow key={draft.id} initial={draft} />
  }
  return null
}
