import type { ChecklistTemplate } from '@shared/domain'
import type { Draft } from './draftState'
import type { ObservationData } from './useObservationData'

export interface StepProps {
  draft: Draft
  setDraft: (change: (d: Draft) => Draft) => void
  data: ObservationData
  template: ChecklistTemplate | undefined
}
