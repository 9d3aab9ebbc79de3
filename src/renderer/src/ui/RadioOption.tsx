import type { ReactNode } from 'react'

/** One radio button and its label, in a `.radio` label. */
export function RadioOption({
  name,
  value,
  checked,
  onChange,
  children
}: {
  name: string
  value: string
  checked: boolean
  onChange: () => void
  children: ReactNode
}) {
  return (
    <label className="radio">
      <input type="radio" name={name} value={value} checked={checked} onChange={onChange} />
      {children}
    </label>
  )
}
