import { defineConfig } from 'vitest/config';

/** Pure rules of packages/domain; the server, web and browser suites have their own configs. */
export default defineConfig({
  test: {
    include: ['packages/domain/src/**/*.test.ts'],
  },
});
