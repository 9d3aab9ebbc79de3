import { defineConfig } from 'vitest/config'
import { alias } from './vite.renderer.config'

export default defineConfig({
  resolve: { alias },
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    restoreMocks: true
  }
})
