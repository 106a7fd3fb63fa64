import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { deployMigrations } from '../../src/persistence/migrations/migrate.ts';
import { present } from '../helpers/assert-present.ts';
import { tempDatabase } from '../helpers/husly-server.ts';
import { untilListening } from '../helpers/until-listening.ts';

/**
 * `npm run build`, then Husly started as production starts it: plain Node on the compiled
 * JavaScript. A stand-in project inside node_modules/.cache (so the compiled code finds the
 * packages, as dist/ does) holds the build and a copy of scripts/start.mjs; a developer's own
 * dist/ is left alone. A resolve hook (tests/helpers/record-imports.mjs) lists every module each
 * start imports.
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PROJECT = path.join(ROOT, 'node_modules', '.cache', `husly-build-test-${process.pid}`);
const DIST = path.join(PROJECT, 'dist');
const IMPORTS = path.join(PROJECT, 'imports.log');
const RECORDER = pathToFileURL(path.join(ROOT, 'tests/helpers/record-imports.mjs')).href;

const TENANT = '3c1d9e2f-4a5b-4c6d-8e7f-9a0b1c2d3e4f';
/** What production requires (src/config.ts); nothing here reaches Microsoft without a request. */
const PRODUCTION = {
  HUSLY_MODE: 'production',
  MicrosoftAppId: '8f2e4d6c-1b3a-4c5d-9e8f-7a6b5c4d3e2f',
  MicrosoftAppPassword: 'not-used-in-this-test',
  MicrosoftAppTenantId: TENANT,
  HUSLY_ALLOWED_TENANTS: TENANT,
  HUSLY_ID_SECRET: randomBytes(48).toString('base64'),
  HUSLY_RETENTION_CLOSED_CASE_DAYS: '730',
  HUSLY_RETENTION_AUDIT_DAYS: '1825',
};

/** Only what the start needs: nothing from the developer's shell (HUSLY_*, NODE_OPTIONS …). */
const envFor = (databaseUrl: string) => ({
  PATH: process.env.PATH ?? '',
  ...PRODUCTION,
  DATABASE_URL: databaseUrl,
  PORT: '0',
  LOG_LEVEL: 'info',
  HUSLY_REMINDER_INTERVAL_SECONDS: '0',
  NODE_OPTIONS: `--import=${RECORDER}`,
  HUSLY_IMPORT_LOG: IMPORTS,
});

interface Started {
  readonly url: string;
  readonly output: string[];
  /** SIGTERM to the process started, then its exit code. */
  stop(): Promise<number | null>;
}

/** Starts `args` with Node in the stand-in project, until Husly logs that it listens. */
async function start(args: string[], databaseUrl: string): Promise<Started> {
  rmSync(IMPORTS, { force: true });
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: PROJECT,
    env: envFor(databaseUrl),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const { port, output, exited } = await untilListening(child);
  return {
    url: `http://127.0.0.1:${port}`,
    output,
    stop: () => {
      child.kill('SIGTERM');
      return exited;
    },
  };
}

const imported = () => readFileSync(IMPORTS, 'utf8').split('\n').filter(Boolean);
const usesSchemaEngine = (urls: string[]) =>
  urls.some((u) => u.includes('schema-engine-wasm') || u.endsWith('/schema-engine.js'));
const migratedLine = (output: string[]) =>
  output
    .join('')
    .split('\n')
    .find((line) => line.includes('"event":"db.migrated"'));

/** Every file under `dir`. */
function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)],
  );
}

describe('npm run build, and production on the compiled JavaScript', () => {
  before(() => {
    rmSync(PROJECT, { recursive: true, force: true });
    mkdirSync(path.join(PROJECT, 'scripts'), { recursive: true });
    cpSync(path.join(ROOT, 'scripts/start.mjs'), path.join(PROJECT, 'scripts/start.mjs'));
    // No typecheck here: `npm run typecheck` does it, and a half-edited file elsewhere must not
    // fail this test.
    const build = spawnSync(
      process.execPath,
      ['scripts/build.mjs', '--out-dir', DIST, '--no-check'],
      { cwd: ROOT, encoding: 'utf8' },
    );
    assert.equal(build.status, 0, `build failed:\n${build.stdout}\n${build.stderr}`);
  });
  after(() => rmSync(PROJECT, { recursive: true, force: true }));

  it('emits dist/src/main.js importing no .ts file, with the files it reads beside it', () => {
    const js = walk(DIST).filter((f) => f.endsWith('.js'));
    assert.ok(js.includes(path.join(DIST, 'src/main.js')));
    const tsImports = js.filter((f) =>
      /(from|import\()\s*["']\.{1,2}\/[^"']*\.ts["']/.test(readFileSync(f, 'utf8')),
    );
    assert.deepEqual(tsImports, []);
    assert.deepEqual(
      readdirSync(path.join(DIST, 'prisma/migrations')).sort(),
      readdirSync(path.join(ROOT, 'prisma/migrations')).sort(),
    );
    assert.ok(existsSync(path.join(DIST, 'dialogs/utterances/nb.txt')));
    const model = JSON.parse(
      readFileSync(path.join(DIST, 'dialogs/understanding/understander.json'), 'utf8'),
    ) as { format: string };
    assert.equal(model.format, 'husly-understander-1', 'the trained intent model, beside the code');
  });

  const db = tempDatabase();
  after(() => db.cleanup());

  it('npm start in production: plain Node on dist/, healthy, Bot Framework auth on', async () => {
    const husly = await start(['scripts/start.mjs'], db.url);
    try {
      assert.equal((await fetch(`${husly.url}/healthz`)).status, 200);
      const unsigned = await fetch(`${husly.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ type: 'message', text: 'hei' }),
      });
      assert.equal(unsigned.status, 401);
      assert.match(husly.output.join(''), /"mode":"production","auth":"bot-framework-jwt"/);
    } finally {
      assert.equal(await husly.stop(), 0, 'SIGTERM reaches Husly through start.mjs');
    }
    const urls = imported();
    assert.ok(urls.includes(pathToFileURL(path.join(DIST, 'src/main.js')).href));
    assert.deepEqual(
      urls.filter((u) => u.includes('/node_modules/tsx/') || /\.[cm]?ts$/.test(u)),
      [],
      'no TypeScript loader, no TypeScript file',
    );
    assert.ok(migratedLine(husly.output), 'a fresh database is migrated');
    assert.ok(usesSchemaEngine(urls), 'by the schema engine');
  });

  it('restarts on a migrated database without the schema engine or the corpus', async () => {
    // Without the corpus, only the model the build trained can make Husly healthy.
    const corpus = path.join(DIST, 'dialogs/utterances');
    renameSync(corpus, `${corpus}.away`);
    const husly = await start(['--disable-warning=DEP0111', 'dist/src/main.js'], db.url);
    try {
      assert.equal((await fetch(`${husly.url}/healthz`)).status, 200);
    } finally {
      assert.equal(await husly.stop(), 0);
      renameSync(`${corpus}.away`, corpus);
    }
    assert.equal(migratedLine(husly.output), undefined);
    assert.equal(usesSchemaEngine(imported()), false, 'schema engine imported');
    assert.deepEqual(
      imported().filter((u) => /@nlpjs\/(nlp|nlu|neural|lang-no\/src\/index)/.test(u)),
      [],
      'the intent model from the build, not NLP.js training',
    );
  });

  it('applies a pending migration from dist/', async () => {
    // A database from before the latest migration: every other one applied.
    const older = tempDatabase();
    const prisma = mkdtempSync(path.join(tmpdir(), 'husly-prisma-'));
    try {
      cpSync(path.join(ROOT, 'prisma'), prisma, { recursive: true });
      const latest = present(
        readdirSync(path.join(prisma, 'migrations'))
          .filter((n) => /^\d{14}_/.test(n))
          .sort()
          .at(-1),
        'a migration',
      );
      rmSync(path.join(prisma, 'migrations', latest), { recursive: true });
      await deployMigrations(older.url, {
        schemaFile: path.join(prisma, 'schema.prisma'),
        migrationsDir: path.join(prisma, 'migrations'),
      });
      const husly = await start(['--disable-warning=DEP0111', 'dist/src/main.js'], older.url);
      try {
        assert.equal((await fetch(`${husly.url}/healthz`)).status, 200);
      } finally {
        assert.equal(await husly.stop(), 0);
      }
      const migrated = JSON.parse(present(migratedLine(husly.output), 'db.migrated')) as {
        migrations: string[];
      };
      assert.deepEqual(migrated.migrations, [latest]);
      assert.ok(usesSchemaEngine(imported()));
    } finally {
      older.cleanup();
      rmSync(prisma, { recursive: true, force: true });
    }
  });

  it('without a build, a production start says in Norwegian to run npm run build', () => {
    const bare = mkdtempSync(path.join(tmpdir(), 'husly-no-build-'));
    const startIn = (env: Record<string, string>) =>
      spawnSync(process.execPath, ['scripts/start.mjs'], {
        cwd: bare,
        env: { PATH: process.env.PATH ?? '', ...env },
        encoding: 'utf8',
      });
    try {
      mkdirSync(path.join(bare, 'scripts'));
      cpSync(path.join(ROOT, 'scripts/start.mjs'), path.join(bare, 'scripts/start.mjs'));
      // Production as src/config.ts decides it: HUSLY_MODE, or an app id alone, or either in .env.
      const { HUSLY_MODE: _, ...appIdOnly } = PRODUCTION;
      const runs = [startIn(PRODUCTION), startIn(appIdOnly)];
      writeFileSync(path.join(bare, '.env'), 'HUSLY_MODE=production\n');
      runs.push(startIn({}));
      for (const run of runs) {
        assert.equal(run.status, 1);
        assert.match(run.stderr, /den kompilerte koden mangler/);
        assert.match(run.stderr, /Kjør `npm run build` først/);
      }
    } finally {
      rmSync(bare, { recursive: true, force: true });
    }
  });
});
