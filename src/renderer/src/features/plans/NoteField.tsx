/**
 * A label wrapping its text and a multi-line box, as the plan forms have always laid them out
 * (the box is named by the label). ui/TextAreaField names its box by the label text alone.
 */
export function NoteField({
  label,
  value,
  onChange,
  rows = 2,
  className = 'wide'
}: {
  label: string
  value: string
  onChange(value: string): void
  rows?: number
  className?: string
}) {
  return (
    <label className={className}>
      {label}
      <textarea rows={rows} value={value} onChange={(e) => onChange(e.target.value)} />
    </label>
  )
}
