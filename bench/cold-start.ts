/**
 * bench/cold-start — how long `npm start` takes until Husly answers, side by side: the intent
 * model's training alone, a first start on an empty database without a trained model, and
 * restarts on that database with the model from the cache `npm install` fills, and without; then
 * restarts of the compiled JavaScript (`npm run build`, built here into a scratch directory), in
 * development and as production runs it. Each start is a fresh Node process (`node --import tsx
 * src/main.ts`, or `node dist/src/main.js`), timed from spawn until /healthz answers. Not a test:
 * it prints.
 *
 *   npm run bench:cold-start
 */
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { sharedUnderstander } from '../dialogs/understanding/shared-understander.ts';
import { Understander } from '../dialogs/understanding/understand.ts';

const MODEL_CACHE = new URL('../node_modules/.cache/husly/', import.meta.url);

const RESTARTS = Number(process.env.BENCH_RUNS ?? 5);
const PORT = 3990;
const dir = mkdtempSync(path.join(tmpdir(), 'husly-bench-start-'));
const env = {
  ...process.env,
  NODE_NO_WARNINGS: '1',
  DATABASE_URL: `file:${path.join(dir, 'husly.db')}`,
  PORT: String(PORT),
  HUSLY_MODE: 'development',
  LOG_LEVEL: 'silent',
};

const SOURCES = ['--import', 'tsx', 'src/main.ts'];
/** The compiled build, in a scratch directory inside node_modules (as dist/ finds packages). */
const built = path.join('node_modules', '.cache', `husly-bench-build-${process.pid}`);
const COMPILED = [path.join(built, 'src/main.js')];
const TENANT = '3c1d9e2f-4a5b-4c6d-8e7f-9a0b1c2d3e4f';
/** Production's required settings, dummies: Microsoft is contacted only when a request comes. */
const PRODUCTION = {
  HUSLY_MODE: 'production',
  MicrosoftAppId: '8f2e4d6c-1b3a-4c5d-9e8f-7a6b5c4d3e2f',
  MicrosoftAppPassword: 'not-used-in-this-bench',
  MicrosoftAppTenantId: TENANT,
  HUSLY_ALLOWED_TENANTS: TENANT,
  HUSLY_ID_SECRET: randomBytes(48).toString('base64'),
  HUSLY_RETENTION_CLOSED_CASE_DAYS: '730',
  HUSLY_RETENTION_AUDIT_DAYS: '1825',
};

async function startOnce(
  database = 'husly.db',
  args = SOURCES,
  settings: Record<string, string> = {},
): Promise<number> {
  const began = performance.now();
  const child = spawn(process.execPath, args, {
    env: { ...env, ...settings, DATABASE_URL: `file:${path.join(dir, database)}` },
  });
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`Husly exited with ${child.exitCode}`);
      try {
        const res = await fetch(`http://127.0.0.1:${PORT}/healthz`);
        if (res.ok) return performance.now() - began;
      } catch {
        // Not listening yet.
      }
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/** Empties the trained-model cache (`npm install` fills it; see scripts/train-nlu.ts). */
const dropModelCache = () => rmSync(MODEL_CACHE, { recursive: true, force: true });

try {
  const trainStart = performance.now();
  await Understander.train();
  const training = performance.now() - trainStart;
  dropModelCache();
  const fresh = await startOnce();
  const freshCached = await startOnce('second.db');
  const cached: number[] = [];
  for (let i = 0; i < RESTARTS; i += 1) cached.push(await startOnce());
  const build = spawnSync(
    process.execPath,
    ['scripts/build.mjs', '--out-dir', built, '--no-check'],
    { stdio: 'inherit' },
  );
  if (build.status !== 0) throw new Error('npm run build failed');
  const compiledDev: number[] = [];
  for (let i = 0; i < RESTARTS; i += 1) compiledDev.push(await startOnce('husly.db', COMPILED));
  const compiledProd: number[] = [];
  for (let i = 0; i < RESTARTS; i += 1)
    compiledProd.push(await startOnce('husly.db', COMPILED, PRODUCTION));
  const untrained: number[] = [];
  for (let i = 0; i < RESTARTS; i += 1) {
    dropModelCache();
    untrained.push(await startOnce());
  }
  await sharedUnderstander(); // Leaves the cache as `npm install` does.
  const list = (xs: number[]) =>
    `median ${median(xs).toFixed(0)} ms (${xs.map((ms) => ms.toFixed(0)).join(', ')})`;
  console.log(`Intent model training alone (in this process): ${training.toFixed(0)} ms`);
  console.log(
    `First start, empty database and no trained model: ${fresh.toFixed(0)} ms ` +
      '(migrations, demo data and training)',
  );
  console.log(
    `First start, empty database, model from the cache (a fresh clone after npm install): ` +
      `${freshCached.toFixed(0)} ms`,
  );
  console.log(`Restart, model from the cache (as after npm install): ${list(cached)}`);
  console.log(`Restart, model trained at start (cache emptied):     ${list(untrained)}`);
  console.log('Goal: under 3000 ms from spawn to answering.');
  console.log(`Restart, compiled (node dist/src/main.js), development: ${list(compiledDev)}`);
  console.log(
    `Restart, compiled, production (node dist/src/main.js, no tsx): ${list(compiledProd)}`,
  );
  console.log('Goal for the compiled production restart: under 1500 ms.');
} finally {
  rmSync(dir, { recursive: true, force: true });
  rmSync(built, { recursive: true, force: true });
}
