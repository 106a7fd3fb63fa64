// Used by the Prisma CLI (generate/validate/format). Prisma 7 does not read .env files, and the
// app never uses this file: it builds its own client from the validated config (src/config.ts).
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'file:./data/husly.db' },
});
