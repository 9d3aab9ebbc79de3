export * from './plural'
export * from './dates'
export * from './deals'
