/** The items a manager typed one per line: each line trimmed, the blank ones left out. */
export const linesOf = (text: string): string[] =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
