import type { Rep } from '@shared/domain'

/** One `<option>` per rep, named; its value is the rep's id (or name, with `by="name"`). */
export function RepOptions({
  reps,
  by = 'id'
}: {
  reps: readonly Pick<Rep, 'id' | 'name'>[]
  by?: 'id' | 'name'
}) {
  return (
    <>
      {reps.map((r) => (
        <option key={r.id} value={by === 'id' ? r.id : r.name}>
          {r.name}
        </option>
      ))}
    </>
  )
}
