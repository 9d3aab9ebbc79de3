import { useState } from 'react'
import type { DocumentFormat } from '@shared/documents'
import { documentToText } from '@shared/documents'
import { buildPipPacket, packetDate } from '@shared/documents/pipPacket'
import { buildSalesDayOutline } from '@shared/documents/salesDayOutline'
import { workspaceMoney } from '@shared/money'
import { checkInLogCsv } from '@shared/plans/checkInCsv'
import { expectationLines } from '@shared/plans/goals'
import { checkInCalendar } from '@shared/plans/ics'
import { today } from '../../ui/today'
import { repositories } from '../../db'
import { platform } from '../../platform'
import { kindLabel } from './format'
import { errorText } from '@shared/text/errorText'
import { sha256Hex } from '@shared/text/hash'
import { slug } from '@shared/text/fileName'
import { planCalendarReminders, type PlanDetail } from '../../db/usePlans'
import { StatusMessage } from '../../ui/StatusMessage'

/**
 * The packet for HR (PDF, DOCX) with its content hash printed on it and logged, the check-ins
 * as a calendar file and a CSV, and the rep's sales-day outline.
 */
export function ExportsPanel({ detail }: { detail: PlanDetail }) {
  const { plan } = detail
  const [status, setStatus] = useState<{ error: boolean; text: string }>()
  const [busy, setBusy] = useState(false)
  const repName = detail.rep?.name ?? 'Unknown rep'
  const base = `${slug(repName)}-${plan.kind}-${plan.startDate}`
  const money = workspaceMoney(detail.settings)

  const run = async (step: () => Promise<string | undefined>) => {
    setBusy(true)
    setStatus(undefined)
    try {
      const text = await step()
      if (text) setStatus({ error: false, text })
    } catch (e) {
      setStatus({ error: true, text: `The export failed: ${errorText(e)}` })
    } finally {
      setBusy(false)
    }
  }

  const exportPacket = (format: DocumentFormat) =>
    run(async () => {
      const input = {
        plan,
        repName,
        ...(detail.rep?.email ? { repEmail: detail.rep.email } : {}),
        milestones: detail.milestones,
        checkIns: detail.checkIns,
        auditLog: detail.auditLog,
        ...(detail.coachingPlan ? { coachingPlan: detail.coachingPlan } : {}),
        createdOn: packetDate(plan, today()),
        money,
        ...(detail.expectationSet
          ? { roleExpectations: expectationLines(detail.expectationSet, money) }
          : {})
      }
      // The hash covers the whole text except the line that prints it.
      const contentHash = await sha256Hex(documentToText(buildPipPacket(input)))
      const saved = await platform.exportDocument({
        format,
        suggestedName: `${base}-packet`,
        title: `Export the ${kindLabel(plan)} packet`,
        document: buildPipPacket({ ...input, contentHash })
      })
      if (saved.canceled) return undefined
      await repositories.plans.recordExport(plan.id, format, contentHash)
      return `Saved “${saved.name}”. Content hash (SHA-256): ${contentHash}`
    })

  const saveText = (name: string, text: string, filter: { name: string; extensions: string[] }) =>
    run(async () => {
      const saved = await platform.saveFile({
        suggestedName: name,
        filters: [filter],
        bytes: new TextEncoder().encode(text)
      })
      return saved.canceled ? undefined : `Saved “${saved.name}”.`
    })

  // The alarms follow Settings → Reminders, read when the file is made.
  const saveCalendar = () =>
    run(async () => {
      const text = checkInCalendar({
        plan,
        repName,
        checkIns: detail.checkIns,
        time: '09:00',
        minutes: 20,
        now: new Date(),
        reminders: await planCalendarReminders()
      })
      const saved = await platform.saveFile({
        suggestedName: `${base}-check-ins.ics`,
        filters: [{ name: 'Calendar', extensions: ['ics'] }],
        bytes: new TextEncoder().encode(text)
      })
      return saved.canceled ? undefined : `Saved “${saved.name}”.`
    })

  return (
    <section className="panel" aria-labelledby="exports-title">
      <h2 id="exports-title">Export</h2>
      <div className="form-row" role="group" aria-label="Plan packet">
        <button type="button" disabled={busy} onClick={() => void exportPacket('pdf')}>
          Packet as PDF
        </button>
        <button type="button" disabled={busy} onClick={() => void exportPacket('docx')}>
          Packet as DOCX
        </button>
        <button type="button" disabled={busy} onClick={() => void saveCalendar()}>
          Check-ins as calendar (ICS)
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() =>
            void saveText(`${base}-check-ins.csv`, checkInLogCsv(plan, detail.checkIns, money), {
              name: 'CSV',
              extensions: ['csv']
            })
          }
        >
          Check-in log as CSV
        </button>
        {plan.salesDay.length > 0 && (
          <button
            type="button"
            disabled={busy}
            onClick={() =>
              void run(async () => {
                const saved = await platform.exportDocument({
                  format: 'pdf',
                  suggestedName: `${slug(repName)}-sales-day`,
                  document: buildSalesDayOutline({ plan, repName, createdOn: today() })
                })
                return saved.canceled ? undefined : `Saved “${saved.name}”.`
              })
            }
          >
            Sales-day outline for the rep (PDF)
          </button>
        )}
      </div>
      {plan.finalHash && (
        <p>
          Final version’s content hash (SHA-256): <span className="hash">{plan.finalHash}</span>
        </p>
      )}
      {status && <StatusMessage status={status} />}
    </section>
  )
}
