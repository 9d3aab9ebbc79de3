// Pure value parsers for CRM import: no I/O, so they run in main, renderer and tests alike.
export * from './booleans'
export * from './dates'
export * from './footers'
export * from './headers'
export * from './ids'
export * from './money'
