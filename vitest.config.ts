import { defineConfig } from 'vitest/config'
import { alias } from './vite.renderer.config'

export default defineConfig({
  resolve: { alias },
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    restoreMocks: true,
    // Machines here are shared and noisy: a whole-demo Dexie load can take 5 s under load. Speed
    // is measured in `npm run bench`, never by a test's time limit.
    testTimeout: 30_000
  }
})
