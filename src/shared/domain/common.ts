import { z } from 'zod'

/** Opaque id made by an injected generator (UUIDs in the app, counters in tests). */
export const Id = z.string().min(1).max(128)
export type Id = z.infer<typeof Id>

/** A calendar date with no time zone: `yyyy-MM-dd`. Close dates never shift a day. */
export const CalendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as yyyy-MM-dd')
  // Round-trips through a UTC date, so 2026-02-30 (which Date.parse rolls into March) fails.
  .refine((s) => {
    const parsed = Date.parse(`${s}T00:00:00Z`)
    return !Number.isNaN(parsed) && new Date(parsed).toISOString().slice(0, 10) === s
  }, 'not a real calendar date')
export type CalendarDate = z.infer<typeof CalendarDate>

/** An instant in time, ISO 8601 in UTC (`2026-01-31T09:15:00.000Z`). */
export const Timestamp = z.iso.datetime({ offset: false })
export type Timestamp = z.infer<typeof Timestamp>

export const CurrencyCode = z.string().regex(/^[A-Z]{3}$/, 'expected a 3-letter currency code')

/** Money as integer minor units (cents) with its currency: no floating-point drift. */
export const Money = z.object({
  minor: z.number().int(),
  currency: CurrencyCode
})
export type Money = z.infer<typeof Money>

/** Fields every stored record has; repositories stamp them. */
export const RecordStamp = z.object({
  id: Id,
  createdAt: Timestamp,
  updatedAt: Timestamp
})

/** What a repository needs from the outside world: injected, never read from globals. */
export interface Clock {
  now(): Date
}
export type IdGenerator = () => string

export const NonEmptyText = z.string().trim().min(1, 'must not be empty')
