// npm run bench:fanout:postgres (and any command): runs a command with a PostgreSQL 17 server
// started for it, as `npm run test:postgres` starts one, so that `tempDatabase()` and the test
// server in benchmarks make their databases there. The server is stopped when the command ends.
//
//   node --import tsx scripts/with-postgres.ts <command> [arguments…]
import { spawnSync } from 'node:child_process';
import { startTestPostgres } from './lib/postgres-server.ts';

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error('Bruk: with-postgres.ts <kommando> [argumenter …]');
  process.exit(2);
}
const { server, env } = await startTestPostgres();
let status: number;
try {
  status =
    spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;
} finally {
  await server.stop();
}
process.exit(status);
