export * from './csv'
