import { lazy, type FunctionComponent, type LazyExoticComponent, type ReactNode } from 'react'

/** The component type of a module export (never when the export is not a component). */
type ComponentOf<T> = T extends (props: infer P) => ReactNode ? FunctionComponent<P> : never

/**
 * `React.lazy` for a module's named export: the module (and what only it imports) becomes its
 * own chunk, loaded the first time the component renders (inside a `Suspense`).
 */
export function lazyNamed<M, K extends keyof M>(
  load: () => Promise<M>,
  name: K
): LazyExoticComponent<ComponentOf<M[K]>> {
  return lazy(async () => ({ default: (await load())[name] as ComponentOf<M[K]> }))
}
