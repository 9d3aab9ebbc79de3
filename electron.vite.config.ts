import { defineConfig } from 'electron-vite'
import { alias, rendererConfig } from './vite.renderer.config'

export default defineConfig({
  main: {
    resolve: { alias },
    build: { outDir: 'out/main' }
  },
  preload: {
    resolve: { alias },
    // A sandboxed preload can only require('electron'): bundle everything else into it.
    build: { outDir: 'out/preload', externalizeDeps: false }
  },
  renderer: rendererConfig('out/renderer')
})
