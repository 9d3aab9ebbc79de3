export * from './roster'
export * from './targets'
