export * from './model'
export { documentToText } from './text'
export { documentToMarkdown } from './markdown'
