// Loaded with --import beside record-imports.mjs: when the process exits, appends one JSON line
// to the file named by HUSLY_PROCESS_LOG with its argv, its execArgv (the Node options it was
// started with, without NODE_OPTIONS) and every CommonJS module it loaded, from require's cache:
// the resolve hook of record-imports.mjs sees ES module imports only, not a CommonJS package's
// own require() calls. Plain JavaScript, so it loads no TypeScript itself.
import { appendFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isMainThread } from 'node:worker_threads';

const require = createRequire(import.meta.url);

if (isMainThread)
  process.on('exit', () => {
    const log = process.env.HUSLY_PROCESS_LOG;
    if (!log) return;
    const line = {
      argv: process.argv,
      execArgv: process.execArgv,
      required: Object.keys(require.cache),
    };
    appendFileSync(log, `${JSON.stringify(line)}\n`);
  });
