/** The list with the item at `index` changed by `patch`; the others as they were. */
export function patchAt<T extends object>(
  all: readonly T[],
  index: number,
  patch: Partial<T>
): T[] {
  return all.map((item, j) => (j === index ? { ...item, ...patch } : item))
}

/** The list with the item at `index` moved one place up (-1) or down (1). */
export function moveBy<T>(all: readonly T[], index: number, by: -1 | 1): T[] {
  const next = [...all]
  const [item] = next.splice(index, 1)
  next.splice(index + by, 0, item!)
  return next
}
