import { defineConfig } from 'vite'
import { rendererConfig } from './vite.renderer.config'

/** The same renderer as a static web app (no window.fieldbook: the web platform is used). */
export default defineConfig({
  ...rendererConfig('out/web'),
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true }
})
