import { defineConfig } from 'vitest/config';

/** Browser journeys: a real server on a fresh database, driven through Debian Chromium. */
export default defineConfig({
  test: {
    include: ['**/*.e2e.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
