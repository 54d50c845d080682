import { defineConfig } from 'vitest/config';

/**
 * For `npm test` inside this package. The repository's own run (`npm test` at its root) lists
 * these tests in its server project and does not read this file.
 */
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    // The property tests feed thousands of files to every reader: slow on a busy machine.
    testTimeout: 30_000,
  },
});
