import { useState } from 'react'
import type { Observation } from '@shared/domain'
import { observationDocument } from '@shared/documents/observation'
import { KIND_LABELS, templateOf } from '@shared/observations'
import { today } from '../../ui/today'
import { readOpportunity } from '../../db/reads'
import { workspace } from '../../db/workspaceActions'
import { platform } from '../../platform'
import type { ObservationData } from '../../db/useObservationData'
import { managerNameAndTitle } from '@shared/team'
import { errorText } from '@shared/text/errorText'
import { StatusMessage } from '../../ui/StatusMessage'

/** One observation as a PDF the rep can read: plan, checklist with scores, strength, focus. */
export function ExportObservationPdf({
  observation: o,
  data
}: {
  observation: Observation
  data: ObservationData
}) {
  const [status, setStatus] = useState<{ error: boolean; text: string }>()
  const [busy, setBusy] = useState(false)
  const exportPdf = async () => {
    const template = templateOf(o, data.templates)
    const rep = data.reps.find((r) => r.id === o.repId)
    if (!template || !rep) return
    setBusy(true)
    try {
      const [settings, opportunity] = await Promise.all([
        workspace.readSettings(),
        o.opportunityId ? readOpportunity(o.opportunityId) : undefined
      ])
      const document = observationDocument({
        observation: o,
        template,
        repName: rep.name,
        managerName: managerNameAndTitle(settings) || undefined,
        process: data.process,
        opportunityName: opportunity?.name,
        scenario: data.scenarios.find((s) => s.id === o.scenarioId),
        createdOn: today(),
        ...(settings?.locale ? { locale: settings.locale } : {})
      })
      const saved = await platform.exportDocument({
        format: 'pdf',
        title: 'Save the observation as a PDF',
        suggestedName: `${KIND_LABELS[o.kind]} ${rep.name} ${o.date}`,
        document
      })
      if (!saved.canceled) setStatus({ error: false, text: `Saved ${saved.name}.` })
    } catch (e) {
      setStatus({ error: true, text: errorText(e) })
    } finally {
      setBusy(false)
    }
  }
  return (
    <p className="actions">
      <button type="button" onClick={() => void exportPdf()} disabled={busy}>
        {busy ? 'Exporting…' : 'Export PDF for the rep'}
      </button>{' '}
      {status && <StatusMessage status={status} inline />}
    </p>
  )
}
