// Runs every tests/**/*.test.ts with Node's built-in test runner (TypeScript through tsx).
// Node 20's `--test` neither expands globs nor finds .ts files, hence this list.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';

// tests/postgres/ needs the server `npm run test:postgres` starts; that script names it.
const ELSEWHERE = new Set(['fixtures', 'postgres']);

function find(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return ELSEWHERE.has(entry.name) ? [] : find(full);
    return entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

// `--fast` (npm run test:fast): the in-process tests for the edit loop. No child processes, no
// HTTP server, no browser: tests/unit, tests/dialogs and tests/persistence (SQLite in memory).
const FAST = ['tests/unit', 'tests/dialogs', 'tests/persistence'];
const args = process.argv.slice(2);
const fast = args.includes('--fast');
const only = args.filter((a) => a !== '--fast');
const files = (only.length > 0 ? only : fast ? FAST.flatMap(find) : find('tests')).sort();
const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-concurrency=2', ...files],
  {
    stdio: 'inherit',
    env: { ...process.env, NODE_NO_WARNINGS: '1' },
  },
);
process.exit(result.status ?? 1);
