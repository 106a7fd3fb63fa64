// Runs the Prisma CLI offline. The CLI insists on a native schema-engine binary even for
// `generate`, `validate` and `format`, and cannot download one here; pointing
// PRISMA_SCHEMA_ENGINE_BINARY at any executable makes it fall back to the bundled WebAssembly.
// Migrations do not go through the CLI at all: see scripts/migrate.ts.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const cli = require.resolve('prisma/build/index.js');
const result = spawnSync(process.execPath, [cli, ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
    CHECKPOINT_DISABLE: '1',
    PRISMA_HIDE_UPDATE_MESSAGE: '1',
  },
});
process.exit(result.status ?? 1);
