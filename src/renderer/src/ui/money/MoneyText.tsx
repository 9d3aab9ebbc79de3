import { formatMoney, type MoneyFormatOptions } from '@shared/money'
import { useWorkspaceMoney } from '../../db/useWorkspaceMoney'

/** An amount stored in minor units, shown as money in the workspace's currency and locale. */
export function MoneyText({
  minor,
  currency,
  precision = 'exact'
}: {
  minor: number | undefined
  currency?: string | undefined
  precision?: MoneyFormatOptions['precision']
}) {
  const workspace = useWorkspaceMoney()
  if (minor === undefined) return <span>—</span>
  return (
    <span className="money">
      {formatMoney(minor, currency ?? workspace.currency, workspace.locale, { precision })}
    </span>
  )
}
