import type { ParsedTable } from '../table'
import { ownerKey, type ImportDecisions, type RowProblem } from '../decisions'
import { isBlank, parseCalendarDate } from '../values/dates'
import { parseMoney } from '../values/money'
import { parseBoolean } from '../values/booleans'

/** How many distinct days and owners a reader remembers. */
const REMEMBERED = 8192

/**
 * Reads one row's cells by field and turns bad values into RowProblems that name the row,
 * the column as the file spells it, the value and the reason.
 */
export class RowReader {
  row: string[] = []
  rowNumber = 0
  problems: RowProblem[] = []
  /**
   * Days and owner keys already worked out, by the text in the file: a file repeats them on
   * many rows, and each record then shares one string instead of holding its own copy.
   */
  private readonly days = new Map<string, string>()
  private readonly owners = new Map<string, string>()

  constructor(
    private readonly table: ParsedTable,
    private readonly decisions: ImportDecisions
  ) {}

  start(row: string[], rowNumber: number): void {
    this.row = row
    this.rowNumber = rowNumber
    this.problems = []
  }

  has(field: string): boolean {
    return this.decisions.columns[field] !== undefined
  }

  column(field: string): string {
    const index = this.decisions.columns[field]
    return index === undefined ? field : (this.table.headers[index] ?? field)
  }

  text(field: string): string {
    const index = this.decisions.columns[field]
    return index === undefined ? '' : (this.row[index] ?? '').trim()
  }

  reject(field: string, reason: string, value = this.text(field)): undefined {
    this.problems.push({ rowNumber: this.rowNumber, column: this.column(field), value, reason })
    return undefined
  }

  required(field: string, what: string): string | undefined {
    const value = this.text(field)
    return value === '' ? this.reject(field, `${what} is blank`) : value
  }

  date(field: string): string | undefined {
    const value = this.text(field)
    if (isBlank(value)) return undefined
    const known = this.days.get(value)
    if (known !== undefined) return known
    const parsed = parseCalendarDate(value, this.decisions.dateOrder)
    if (!parsed.ok) return this.reject(field, parsed.reason)
    if (this.days.size < REMEMBERED) this.days.set(value, parsed.value)
    return parsed.value
  }

  /** The owner's key (decisions.ts ownerKey), one string per owner name. */
  ownerKey(owner: string): string {
    const known = this.owners.get(owner)
    if (known !== undefined) return known
    const key = ownerKey(owner)
    if (this.owners.size < REMEMBERED) this.owners.set(owner, key)
    return key
  }

  money(field: string, currency: string): { minor: number; currency: string } | undefined {
    const value = this.text(field)
    if (isBlank(value)) return undefined
    const parsed = parseMoney(value, { defaultCurrency: currency, decimal: this.decisions.decimal })
    return parsed.ok
      ? { minor: parsed.minor, currency: parsed.currency }
      : this.reject(field, parsed.reason)
  }

  boolean(field: string): boolean | undefined {
    if (!this.has(field)) return undefined
    const parsed = parseBoolean(this.text(field))
    return parsed.ok ? parsed.value : this.reject(field, parsed.reason)
  }

  /** A plain number written with the file's decimal separator ('1.234,5' or '1,234.5'). */
  number(field: string): number | undefined {
    const value = this.text(field)
    if (isBlank(value)) return undefined
    const cleaned = value.replace(/[%\s\u00a0]/g, '')
    const normalised =
      this.decisions.decimal === ','
        ? cleaned.replace(/\./g, '').replace(',', '.')
        : cleaned.replace(/,/g, '')
    const n = Number(normalised)
    return /^[-+]?(\d+\.?\d*|\.\d+)$/.test(normalised) && Number.isFinite(n)
      ? n
      : this.reject(field, `"${value}" is not a number`)
  }
}
