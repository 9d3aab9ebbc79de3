export { generateDemoWorkspace } from './generate'
export { createRng, hashString, type Rng } from './random'
export {
  ARCHETYPES,
  type Archetype,
  type DemoFacts,
  type DemoWorkspace,
  type GenerateDemoOptions
} from './types'
