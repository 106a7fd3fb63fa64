// A module resolve hook that writes every module a process imports (its URL, one a line) to the
// file named by HUSLY_IMPORT_LOG. Plain JavaScript, so it loads no TypeScript itself. The build
// test starts the compiled server with `NODE_OPTIONS=--import=<this file>` and reads the list:
// no tsx, no .ts file, and no schema engine on a database that needs no migration.
import { appendFileSync } from 'node:fs';
import { register } from 'node:module';
import { isMainThread } from 'node:worker_threads';

// Imported with --import in the main thread; the hooks below then run in a loader thread.
if (isMainThread) register(import.meta.url);

export async function resolve(specifier, context, nextResolve) {
  const resolved = await nextResolve(specifier, context);
  const log = process.env.HUSLY_IMPORT_LOG;
  if (log) appendFileSync(log, `${resolved.url}\n`);
  return resolved;
}
