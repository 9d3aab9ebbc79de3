import { useId } from 'react'

/**
 * A labelled multi-line box. Named by its label text alone: a wrapping label would also read
 * out the box's whole content as part of its name.
 */
export function TextAreaField({
  label,
  value,
  onChange,
  className = 'wide'
}: {
  label: string
  value: string
  onChange: (value: string) => void
  className?: string
}) {
  const id = useId()
  return (
    <label className={className}>
      <span id={id}>{label}</span>
      <textarea aria-labelledby={id} value={value} onChange={(e) => onChange(e.target.value)} />
    </label>
  )
}
