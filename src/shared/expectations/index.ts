export * from './metricCatalog'
export * from './format'
export * from './standards'
export * from './validate'
