import type { ChecklistTemplate } from '@shared/domain'
import type { FieldProblem } from '@shared/observations'
import type { Draft } from './draftState'
import type { ObservationData } from '../../db/useObservationData'

export interface StepProps {
  draft: Draft
  setDraft: (change: (d: Draft) => Draft) => void
  data: ObservationData
  template: ChecklistTemplate | undefined
  /** This step's problems, shown at their fields once the manager tried to move on. */
  problems: FieldProblem[]
}
