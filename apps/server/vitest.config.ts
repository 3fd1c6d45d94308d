import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Each worker imports the server once for all its files (most of a file's cost was importing it again);
    // every file still gets its own database, and test kits keep no state across files.
    isolate: false,
    globalSetup: ['src/testing/global-setup.ts'],
  },
});
