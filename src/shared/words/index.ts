export * from './plural'
export * from './dates'
