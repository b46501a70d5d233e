import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

/**
 * Fault tests: each file starts its own production server (scripts/start.ts, on the existing
 * build) on its own database and port, and breaks something. One file at a time: 2 cores.
 */
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('../..', import.meta.url)) } },
  test: {
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: ['tests/faults/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
