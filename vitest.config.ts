import { defineConfig } from 'vitest/config';

// Three projects: pure unit tests; API/action tests (`*.api.test.ts`) on the embedded database;
// the same API tests on PostgreSQL when TEST_DATABASE_URL is set. Browser journeys run in Playwright.
const apiTests = ['server/**/*.api.test.ts', 'bench/**/*.api.test.ts'];

const apiProject = (engine: 'pglite' | 'postgresql') => ({
  test: {
    name: engine,
    include: apiTests,
    globalSetup: ['server/test/global-setup.ts'],
    env: { LINLI_TEST_ENGINE: engine },
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['server/**/*.test.ts', 'common/**/*.test.ts', 'web/**/*.test.ts', 'bench/**/*.test.ts'], exclude: apiTests } },
      apiProject('pglite'),
      ...(process.env.TEST_DATABASE_URL ? [apiProject('postgresql')] : []),
    ],
  },
});
