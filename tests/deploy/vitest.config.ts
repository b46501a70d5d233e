import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

/** `npm run test:deploy`: nginx with deploy/nginx/pressline.conf in front of two app processes (the existing build). */
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('../..', import.meta.url)) } },
  test: {
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: ['tests/deploy/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
