export * from './format'
export * from './validate'
export * from './references'
export { findJsonSyntaxProblem, type JsonSyntaxProblem } from './jsonError'
