import { defineConfig } from 'drizzle-kit';

// Only used to generate migrations from db/schema.ts; the app applies them itself at start.
export default defineConfig({
  dialect: 'sqlite',
  schema: './db/schema.ts',
  out: './db/migrations',
});
