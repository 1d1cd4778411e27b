/** Unit tests: pure `shared/` code and the main-process store, in Node (no Electron, no DOM). */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/unit/**/*.test.ts'],
    setupFiles: ['tests/unit/support/fast-check-seed.ts'],
    testTimeout: 60_000,
    pool: 'forks',
  },
});
