import { format } from 'date-fns'

/** Today's calendar date on this laptop, yyyy-MM-dd. */
export const today = (): string => format(new Date(), 'yyyy-MM-dd')
