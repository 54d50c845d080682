import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

/**
 * With SAMORDNA_SELF_CHECK=1 each project runs only its planted failing test: `npm test` runs
 * them first and stops unless each run fails (scripts/test.mjs), so that a failing test can never
 * again leave the exit code at 0 unnoticed.
 */
const selfCheck = process.env.SAMORDNA_SELF_CHECK === '1';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'server',
          include: selfCheck
            ? ['src/server/testing/self-check/*.check.ts']
            : ['src/server/**/*.test.ts', 'src/shared/**/*.test.ts', 'packages/*/test/**/*.test.ts', 'scripts/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['src/server/testing/vitest-global.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'client',
          include: selfCheck ? ['src/client/testing/self-check/*.check.tsx'] : ['src/client/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['src/client/testing/setup.ts'],
        },
      },
    ],
  },
});
