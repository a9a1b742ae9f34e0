import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tools/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/**/*.test.ts'],
          // Fixture sites copy src/ (with its unit tests) under tests/.tmp/: never collect those.
          exclude: ['tests/.tmp/**', '**/node_modules/**'],
          environment: 'node',
          testTimeout: 300_000,
          hookTimeout: 600_000,
          // Fixture builds are CPU-heavy: one file at a time on a 2-core runner.
          fileParallelism: false,
        },
      },
    ],
  },
});
