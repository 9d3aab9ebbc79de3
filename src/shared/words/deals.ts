import type { Opportunity } from '../domain'
import { formatDay } from './dates'

/**
 * A deal as a manager tells it from the rep's other deals: its name, its account (when the
 * name does not already say it) and when it is due to close. A CRM often names deals after the
 * product ("GTX Basic"), so a rep can have many open deals of the same name.
 */
export function dealLabel(
  deal: Pick<Opportunity, 'name' | 'account' | 'closeDate'>,
  locale?: string
): string {
  const parts = [deal.name]
  const account = deal.account.trim()
  if (account && !deal.name.toLowerCase().includes(account.toLowerCase())) parts.push(account)
  if (deal.closeDate) parts.push(`closes ${formatDay(deal.closeDate, locale)}`)
  return parts.join(' · ')
}
