export * from './salesProcess'
export * from './accountExecutive'
export * from './checklistTemplates'
export * from './rolePlayScenarios'
