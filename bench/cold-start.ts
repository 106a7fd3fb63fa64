/**
 * bench/cold-start — how long `npm start` takes until Husly answers, side by side: the intent
 * model's training alone, a first start on an empty database without a trained model, and
 * restarts on that database with the model from the cache `npm install` fills, and without.
 * Each start is a fresh Node process (`node --import tsx src/main.ts`), timed from spawn until
 * /healthz answers. Not a test: it prints.
 *
 *   npm run bench:cold-start
 */
import { spawn } from 'node:child_process';
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

async function startOnce(database = 'husly.db'): Promise<number> {
  const began = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: { ...env, DATABASE_URL: `file:${path.join(dir, database)}` },
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
} finally {
  rmSync(dir, { recursive: true, force: true });
}
