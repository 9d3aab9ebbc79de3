// The CRM importer's shared rules: reading (./read), recognising, normalising and working out
// an import's change set.
// Pure: no I/O; the same code runs in main, in Web Workers, in the renderer and in tests.
export * from './analyse'
export * from './decisions'
export * from './detect'
export * from './fields'
export * from './importChanges'
export * from './normalise'
export * from './recordSlices'
export * from './owners'
export * from './stages'
export * from './table'
export * from './tableRows'
export * from './team'
