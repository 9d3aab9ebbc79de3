export * from './scoring'
export * from './templates'
export * from './rollups'
export * from './draft'
