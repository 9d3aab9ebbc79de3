import { isFooterRow } from '../values/footers'

/**
 * Why a row is not data, or undefined when it is. Report footers ("Grand Totals (12
 * records)", confidentiality and copyright lines) and pivot subtotals ("Jane Doe Total" in a
 * row with no record ID) are left out with this reason.
 */
export function footerReason(row: string[], idCell: string | undefined): string | undefined {
  const first = row.map((c) => c.trim()).find((c) => c !== '')
  if (first === undefined) return 'blank row'
  if (isFooterRow(row)) return `report footer or total row (“${first}”)`
  const noId = idCell === undefined || idCell.trim() === ''
  if (noId && row.some((c) => /^(.+\s)?(sub)?total\b/i.test(c.trim()))) {
    return `subtotal row (“${first}”)`
  }
  return undefined
}
