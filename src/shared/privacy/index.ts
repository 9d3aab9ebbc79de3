export * from './sealedText'
export * from './privateFields'
export * from './passphrase'
