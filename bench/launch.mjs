// Runs the benchmark's TypeScript (bench/run.ts) in plain Node through Vite's module runner,
// with the same path aliases as the app (@shared, @renderer). Packages from node_modules are
// loaded by Node itself, so dexie, fake-indexeddb, papaparse and zod run as they ship.
// Nothing new to install: Vite is already a dev dependency.
import { dirname, resolve } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { createServer, createServerModuleRunner } from 'vite'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const server = await createServer({
  configFile: false,
  root,
  logLevel: 'warn',
  resolve: {
    alias: {
      '@shared': resolve(root, 'src/shared'),
      '@renderer': resolve(root, 'src/renderer/src')
    }
  },
  server: { middlewareMode: true, hmr: false, watch: null },
  optimizeDeps: { noDiscovery: true, include: [] }
})
const runner = createServerModuleRunner(server.environments.ssr, { hmr: false })
let code
try {
  const { main } = await runner.import(resolve(root, 'bench/run.ts'))
  code = await main(process.argv.slice(2))
} catch (error) {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`
  )
  code = 1
} finally {
  await runner.close()
  await server.close()
}
process.exit(code)
