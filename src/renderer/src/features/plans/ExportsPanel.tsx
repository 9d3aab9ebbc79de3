import { useState } from 'react'
import type { DocumentFormat } from '@shared/documents'
import { buildPipPacket, packetDate } from '@shared/documents/pipPacket'
import { buildSalesDayOutline } from '@shared/documents/salesDayOutline'
import { workspaceMoney } from '@shared/money'
import { checkInLogCsv } from '@shared/plans/checkInCsv'
import { exportedFiles, type ExportedFile } from '@shared/plans/exportRecords'
import { expectationLines } from '@shared/plans/goals'
import { checkInCalendar } from '@shared/plans/ics'
import { today } from '../../ui/today'
import { repositories } from '../../db'
import { platform } from '../../platform'
import { ExportedFilesList } from './ExportedFilesList'
import { errorText } from '@shared/text/errorText'
import { sha256HexOfBytes } from '@shared/text/hash'
import { slug } from '@shared/text/fileName'
import { planCalendarReminders, type PlanDetail } from '../../db/usePlans'
import { StatusMessage } from '../../ui/StatusMessage'

type Saved = { canceled: true } | { canceled: false; name: string; sha256: string }

/**
 * The packet for HR (PDF, DOCX), the check-ins as a calendar file and a CSV, and the rep's
 * sales-day outline. Every saved file is logged in the plan's record of changes with the
 * SHA-256 of its bytes (issue 17), and listed below with that hash.
 */
export function ExportsPanel({ detail }: { detail: PlanDetail }) {
  const { plan } = detail
  const [status, setStatus] = useState<{ error: boolean; text: string }>()
  const [busy, setBusy] = useState(false)
  const repName = detail.rep?.name ?? 'Unknown rep'
  const base = `${slug(repName)}-${plan.kind}-${plan.startDate}`
  const money = workspaceMoney(detail.settings)
  const packetName = plan.kind === 'pip' ? 'PIP packet' : 'coaching plan'

  /** Runs an export; a saved file is logged with its hash, and the status says so. */
  const run = (document: string, format: string, save: () => Promise<Saved>, packet = false) =>
    void (async () => {
      setBusy(true)
      setStatus(undefined)
      try {
        const saved = await save()
        if (saved.canceled) return
        const file: ExportedFile = { document, format, fileName: saved.name, sha256: saved.sha256 }
        await repositories.plans.recordExport(plan.id, file, packet)
        setStatus({
          error: false,
          text: `Saved “${saved.name}”. Its SHA-256, logged in the record of changes: ${saved.sha256}`
        })
      } catch (e) {
        setStatus({ error: true, text: `The export failed: ${errorText(e)}` })
      } finally {
        setBusy(false)
      }
    })()

  /** file:save of text, with the hash of the bytes handed over. */
  const saveBytes = async (
    name: string,
    text: string,
    filter: { name: string; extensions: string[] }
  ): Promise<Saved> => {
    const bytes = new TextEncoder().encode(text)
    const saved = await platform.saveFile({ suggestedName: name, filters: [filter], bytes })
    return saved.canceled ? saved : { ...saved, sha256: sha256HexOfBytes(bytes) }
  }

  const exportPacket = (format: DocumentFormat) =>
    run(
      packetName,
      format,
      () =>
        platform.exportDocument({
          format,
          suggestedName: `${base}-packet`,
          title: `Export the ${packetName}`,
          document: buildPipPacket({
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
          })
        }),
      true
    )

  // The alarms follow Settings → Reminders, read when the file is made.
  const saveCalendar = () =>
    run('check-in calendar', 'ics', async () =>
      saveBytes(
        `${base}-check-ins.ics`,
        checkInCalendar({
          plan,
          repName,
          checkIns: detail.checkIns,
          time: '09:00',
          minutes: 20,
          now: new Date(),
          reminders: await planCalendarReminders()
        }),
        { name: 'Calendar', extensions: ['ics'] }
      )
    )

  return (
    <section className="panel" aria-labelledby="exports-title">
      <h2 id="exports-title">Export</h2>
      <div className="form-row" role="group" aria-label="Plan packet">
        <button type="button" disabled={busy} onClick={() => exportPacket('pdf')}>
          Packet as PDF
        </button>
        <button type="button" disabled={busy} onClick={() => exportPacket('docx')}>
          Packet as DOCX
        </button>
        <button type="button" disabled={busy} onClick={saveCalendar}>
          Check-ins as calendar (ICS)
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() =>
            run('check-in log', 'csv', () =>
              saveBytes(`${base}-check-ins.csv`, checkInLogCsv(plan, detail.checkIns, money), {
                name: 'CSV',
                extensions: ['csv']
              })
            )
          }
        >
          Check-in log as CSV
        </button>
        {plan.salesDay.length > 0 && (
          <button
            type="button"
            disabled={busy}
            onClick={() =>
              run('sales-day outline', 'pdf', () =>
                platform.exportDocument({
                  format: 'pdf',
                  suggestedName: `${slug(repName)}-sales-day`,
                  document: buildSalesDayOutline({ plan, repName, createdOn: today() })
                })
              )
            }
          >
            Sales-day outline for the rep (PDF)
          </button>
        )}
      </div>
      {status && <StatusMessage status={status} />}
      {plan.finalHash && (
        <p>
          {exportedFiles(detail.auditLog).some((f) => f.sha256 === plan.finalHash)
            ? `Final version’s SHA-256 (the first ${packetName} file exported after closing): `
            : 'Final version’s content hash (SHA-256 of the packet’s text, logged before files were hashed): '}
          <span className="hash">{plan.finalHash}</span>
        </p>
      )}
      <ExportedFilesList entries={detail.auditLog} />
    </section>
  )
}
