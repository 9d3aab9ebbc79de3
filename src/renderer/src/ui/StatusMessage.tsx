/** What an action did, or why it failed: read out by screen readers (status / alert). */
export type Status = { error: boolean; text: string; problems?: string[] }

export function StatusMessage({ status, inline }: { status: Status; inline?: boolean }) {
  const role = status.error ? 'alert' : 'status'
  const className = status.error ? 'error' : 'success'
  if (inline)
    return (
      <span role={role} className={className}>
        {status.text}
      </span>
    )
  if (!status.problems)
    return (
      <p role={role} className={className}>
        {status.text}
      </p>
    )
  return (
    <div role={role} className={className}>
      <p>{status.text}</p>
      <ul className="problems">
        {status.problems.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
    </div>
  )
}

/** Why a step failed, read out at once (role alert); nothing while there is no error. */
export function ErrorMessage({ text }: { text: string | null | undefined }) {
  if (!text) return null
  return (
    <p role="alert" className="error">
      {text}
    </p>
  )
}
