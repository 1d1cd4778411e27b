import { defineConfig } from 'vitest/config';

/** Shell tests run against the build output (out/), so `npm run build` must come first. */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/shell/**/*.test.ts'],
    testTimeout: 60_000,
    pool: 'forks',
  },
});
