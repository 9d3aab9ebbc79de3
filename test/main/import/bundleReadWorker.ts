import { join, resolve } from 'node:path'
import { build } from 'vite'
import { alias } from '../../../vite.renderer.config'

/**
 * Bundles the real worker entry (src/main/import/readWorker.ts) with Vite into `outDir`, as one
 * self-contained CommonJS file, so tests can start it in a real worker_threads Worker. The app's
 * build does the same through electron-vite's `?modulePath` (dependencies stay external there).
 */
export async function bundleReadWorker(outDir: string): Promise<string> {
  await build({
    configFile: false,
    logLevel: 'silent',
    resolve: { alias },
    ssr: { noExternal: true },
    build: {
      ssr: resolve(__dirname, '../../../src/main/import/readWorker.ts'),
      outDir,
      emptyOutDir: false,
      minify: false,
      rollupOptions: { output: { format: 'cjs', entryFileNames: 'readWorker.cjs' } }
    }
  })
  return join(outDir, 'readWorker.cjs')
}
