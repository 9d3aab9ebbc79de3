/** A logged value in words: the record of changes is read by people, not parsed. */
export function describeValue(v: unknown): string {
  if (v === undefined || v === null) return ''
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return String(v)
  if (Array.isArray(v)) {
    if (v.every((x) => typeof x === 'string') && v.length <= 3) return v.join(', ')
    const goals = v.filter(
      (x): x is { description: string; target?: number } =>
        typeof x === 'object' && x !== null && 'description' in x
    )
    if (goals.length === v.length)
      return goals.map((g) => `${g.description}: target ${g.target ?? '—'}`).join('; ')
    return `${v.length} items${typeof v[0] === 'string' ? `, ${v[0]} to ${String(v.at(-1))}` : ''}`
  }
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>
    if ('refusedToSign' in o)
      return o['refusedToSign'] ? 'refused to sign' : `signed ${String(o['signedOn'] ?? '')}`.trim()
    if ('result' in o)
      return `${String(o['result'])}${o['extendedTo'] ? ` to ${String(o['extendedTo'])}` : ''}`
    if ('hash' in o) return `${String(o['format'] ?? '').toUpperCase()} ${String(o['hash'])}`.trim()
    if ('status' in o)
      return `${String(o['status'])}${o['heldOn'] ? ` on ${String(o['heldOn'])}` : ''}`
  }
  const json = JSON.stringify(v)
  return json.length > 160 ? `${json.slice(0, 159)}…` : json
}

/** Standard PDF fonts have no arrow: "draft → hrReview" is written "draft to hrReview". */
export const noArrows = (text: string): string => text.replace(/\s*→\s*/g, ' to ')
