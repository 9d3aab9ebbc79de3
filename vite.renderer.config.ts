import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import type { Plugin, UserConfig } from 'vite'
import { contentSecurityPolicy } from './src/shared/security/csp'
import { version } from './package.json'

/** Puts the strict CSP into the built index.html only: the dev server needs inline HMR code. */
function cspMetaTag(): Plugin {
  return {
    name: 'fieldbook-csp-meta',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<head>',
        `<head>\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}" />`
      )
  }
}

export const alias = {
  '@shared': resolve(__dirname, 'src/shared'),
  '@renderer': resolve(__dirname, 'src/renderer/src')
}

/** The renderer's Vite config, shared by the Electron build and the browser build. */
export function rendererConfig(outDir: string): UserConfig {
  return {
    root: resolve(__dirname, 'src/renderer'),
    base: './',
    resolve: { alias },
    plugins: [react(), cspMetaTag()],
    define: { 'import.meta.env.VITE_APP_VERSION': JSON.stringify(version) },
    worker: { format: 'es' },
    build: {
      outDir: resolve(__dirname, outDir),
      emptyOutDir: true,
      rollupOptions: { input: resolve(__dirname, 'src/renderer/index.html') }
    }
  }
}
