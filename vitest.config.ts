import { defineConfig } from 'vitest/config';

// Three projects: unit (pure modules, schemas, build checks), model (every scenario path), e2e (real Chromium
// against the built site; tests/run.mjs builds it first and global-setup serves it).
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 120_000 } },
      { test: { name: 'model', include: ['tests/model/**/*.test.ts'], testTimeout: 60_000 } },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // one Chromium at a time keeps a 2-core machine responsive
          fileParallelism: false,
        },
      },
    ],
  },
});
