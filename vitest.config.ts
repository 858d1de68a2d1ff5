import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'packages/*/src/**/*.test.ts',
      'packages/*/scripts/**/*.test.ts',
      'scripts/**/*.test.ts',
      'docs/**/*.test.ts',
    ],
    testTimeout: 30000,
    // Starting Chromium for the browser tests takes seconds on a loaded machine: more than the 10 s default.
    hookTimeout: 60000,
  },
});
