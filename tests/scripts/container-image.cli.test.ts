import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import pg from 'pg';
import { startPostgres } from '../../scripts/lib/postgres-server.ts';
import { present } from '../helpers/assert-present.ts';
import { tempDatabase } from '../helpers/husly-server.ts';
import { untilListening } from '../helpers/until-listening.ts';

/**
 * The container image: Dockerfile, .dockerignore and compose.yaml. No Docker engine runs here or
 * in CI, so the image is never built by the tests; they hold the Dockerfile to what they can run
 * instead. Its CMD must be the command `npm start` runs in production; run on a fresh build in a
 * stand-in of the image's /app, that command must be healthy by the image's own HEALTHCHECK
 * command and stop cleanly on SIGTERM (what `docker stop` sends); and every package it loads
 * must be one the build stage's pruning keeps (neither `dev` nor `devOptional` in
 * package-lock.json), because the runtime stage has nothing else; the operator tasks must import
 * only "dependencies". Recorders: tests/helpers/record-imports.mjs (ES module imports) and
 * tests/helpers/record-process.mjs (argv, Node options and CommonJS modules, at exit).
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const APP = path.join(ROOT, 'node_modules', '.cache', `husly-image-test-${process.pid}`);
const IMPORTS = path.join(APP, 'imports.log');
const PROCESSES = path.join(APP, 'processes.log');
const RECORDERS = ['record-imports.mjs', 'record-process.mjs'].map((f) =>
  path.join(ROOT, 'tests/helpers', f),
);

// ---------------------------------------------------------------------------------------------
// The Dockerfile, read as Docker reads it: comments dropped, `\` continuing a line.

interface Instruction {
  readonly keyword: string;
  readonly args: string;
}

function instructions(text: string): Instruction[] {
  const out: Instruction[] = [];
  let pending = '';
  for (const line of text.split('\n')) {
    if (/^\s*#/.test(line)) continue;
    if (/\\\s*$/.test(line)) {
      pending += `${line.replace(/\\\s*$/, '')} `;
      continue;
    }
    const whole = `${pending}${line}`.trim();
    pending = '';
    const parts = /^(\w+)\s+([\s\S]*)$/.exec(whole);
    if (parts?.[1] && parts[2] !== undefined)
      out.push({ keyword: parts[1].toUpperCase(), args: parts[2] });
  }
  return out;
}

interface Stage {
  readonly from: string;
  readonly name: string | undefined;
  readonly body: Instruction[];
}

const DOCKERFILE = instructions(readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8'));
const STAGES: Stage[] = DOCKERFILE.reduce<Stage[]>((stages, i) => {
  if (i.keyword === 'FROM') {
    const [from, as, name] = i.args.split(/\s+/);
    return [
      ...stages,
      {
        from: present(from, 'FROM <image>'),
        name: as?.toUpperCase() === 'AS' ? name : undefined,
        body: [],
      },
    ];
  }
  stages.at(-1)?.body.push(i);
  return stages;
}, []);
const BUILD = present(STAGES[0], 'a build stage');
const RUNTIME = present(STAGES.at(-1), 'a runtime stage');
const argsOf = (stage: Stage, keyword: string) =>
  stage.body.filter((i) => i.keyword === keyword).map((i) => i.args);

/** A JSON array of strings (the exec form); the shell form would put /bin/sh in front. */
function execForm(args: string): string[] {
  const parsed: unknown = JSON.parse(args);
  assert.ok(Array.isArray(parsed), `exec form (a JSON array): ${args}`);
  return parsed.map((a) => {
    assert.equal(typeof a, 'string', args);
    return String(a);
  });
}

const CMD = execForm(present(argsOf(RUNTIME, 'CMD').at(-1), 'a CMD in the runtime stage'));
const HEALTHCHECK = (() => {
  const spec = present(argsOf(RUNTIME, 'HEALTHCHECK').at(-1), 'a HEALTHCHECK');
  const command = present(/\bCMD\s+(\[[\s\S]*\])\s*$/.exec(spec)?.[1], 'HEALTHCHECK … CMD [ … ]');
  return execForm(command);
})();
/** ENV lines of the runtime stage, in their `KEY=value …` form. */
const ENV = Object.fromEntries(
  argsOf(RUNTIME, 'ENV').flatMap((args) =>
    args.split(/\s+/).map((pair) => {
      const [key, ...value] = pair.split('=');
      return [present(key, 'ENV KEY=value'), value.join('=')];
    }),
  ),
);
const WORKDIR = argsOf(RUNTIME, 'WORKDIR').at(-1);

// ---------------------------------------------------------------------------------------------
// Starting the build as the image would, and what the processes recorded.

const TENANT = '3c1d9e2f-4a5b-4c6d-8e7f-9a0b1c2d3e4f';
/** What production requires (src/config.ts), as compose's .env gives it; nothing reaches out. */
const SETTINGS = {
  MicrosoftAppId: '8f2e4d6c-1b3a-4c5d-9e8f-7a6b5c4d3e2f',
  MicrosoftAppPassword: 'not-used-in-this-test',
  MicrosoftAppTenantId: TENANT,
  HUSLY_ALLOWED_TENANTS: TENANT,
  HUSLY_ID_SECRET: randomBytes(48).toString('base64'),
  HUSLY_RETENTION_CLOSED_CASE_DAYS: '730',
  HUSLY_RETENTION_AUDIT_DAYS: '1825',
};

interface Started {
  readonly port: number;
  readonly output: string[];
  stop(): Promise<number | null>;
}

/** `command` (node first) in the stand-in /app, until Husly logs that it listens. */
async function start(command: string[], databaseUrl: string): Promise<Started> {
  rmSync(IMPORTS, { force: true });
  rmSync(PROCESSES, { force: true });
  const [node, ...args] = command;
  assert.equal(node, 'node');
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: APP,
    // Only what the image and compose give it: nothing from the developer's shell.
    env: {
      PATH: process.env.PATH ?? '',
      ...ENV,
      ...SETTINGS,
      DATABASE_URL: databaseUrl,
      PORT: '0',
      HUSLY_REMINDER_INTERVAL_SECONDS: '0',
      NODE_OPTIONS: RECORDERS.map((f) => `--import=${pathToFileURL(f).href}`).join(' '),
      HUSLY_IMPORT_LOG: IMPORTS,
      HUSLY_PROCESS_LOG: PROCESSES,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const { port, output, exited } = await untilListening(child);
  return {
    port,
    output,
    stop: () => {
      child.kill('SIGTERM');
      return exited;
    },
  };
}

interface Recorded {
  readonly argv: string[];
  readonly execArgv: string[];
  readonly required: string[];
}

/** The processes that exited (start.mjs and Husly, or Husly alone), as record-process.mjs saw. */
const processes = (): Recorded[] =>
  readFileSync(PROCESSES, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Recorded);

/** Every file the last start loaded (the recorders aside): ES modules and CommonJS modules. */
function loadedFiles(): string[] {
  const esm = readFileSync(IMPORTS, 'utf8')
    .split('\n')
    .filter((url) => url.startsWith('file:'))
    .map((url) => fileURLToPath(url));
  const all = new Set([...esm, ...processes().flatMap((p) => p.required)]);
  return [...all].filter((f) => !RECORDERS.includes(f)).sort();
}

/**
 * Loaded here because a devDependency brought them, but only tried: `debug` (under restify and
 * the Bot Framework's HTTP agents) requires supports-color inside a try/catch, for colours, and
 * goes on without it.
 */
const TRIED_ONLY = new Set(['node_modules/supports-color', 'node_modules/has-flag']);

/** `node_modules/a/node_modules/@s/b`: the package-lock.json key of the package holding `file`. */
function packageOf(file: string): string | undefined {
  if (file.startsWith(APP + path.sep)) return undefined;
  const parts = path.relative(ROOT, file).split(path.sep);
  const key: string[] = [];
  for (let i = 0; parts[i] === 'node_modules' && i + 1 < parts.length;) {
    const scoped = parts[i + 1]?.startsWith('@') === true;
    const name = scoped ? parts.slice(i + 1, i + 3) : parts.slice(i + 1, i + 2);
    key.push('node_modules', ...name);
    i += 1 + name.length;
  }
  return key.length > 0 ? key.join('/') : undefined;
}

/** The image's HEALTHCHECK command, against Husly on `port`. */
const healthcheck = (port: number) =>
  spawnSync(process.execPath, HEALTHCHECK.slice(1), {
    env: { PATH: process.env.PATH ?? '', PORT: String(port) },
    encoding: 'utf8',
    timeout: 10_000,
  });
type Checked = ReturnType<typeof healthcheck>;

/** /healthz answers 503 until the intent model is ready: the HEALTHCHECK fails until then. */
async function becomesHealthy(port: number): Promise<Checked> {
  let checked = healthcheck(port);
  for (let tries = 0; tries < 50 && checked.status !== 0; tries++) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    checked = healthcheck(port);
  }
  return checked;
}

/**
 * Asserts that `files` are the compiled build's and packages' only, and that every package is
 * one the runtime stage has: neither `dev` in package-lock.json (`npm prune --omit=dev`) nor
 * `devOptional` (scripts/prune-dev-optional.mjs). Returns the packages.
 */
function productionOnly(files: string[]): string[] {
  assert.ok(files.includes(path.join(APP, 'dist/src/main.js')));
  // Only the compiled build and packages: the image's source files are not what it runs.
  const outside = files.filter(
    (f) => !f.startsWith(path.join(APP, 'dist') + path.sep) && packageOf(f) === undefined,
  );
  assert.deepEqual(outside, []);
  const lock = (
    JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { dev?: boolean; devOptional?: boolean }>;
    }
  ).packages;
  const packages = [...new Set(files.map(packageOf).filter((p) => p !== undefined))].sort();
  const pruned = packages.filter(
    (p) => !TRIED_ONLY.has(p) && (!lock[p] || lock[p].dev || lock[p].devOptional),
  );
  assert.deepEqual(pruned, [], 'packages the runtime stage does not have');
  return packages;
}

/** The npm run tasks the README gives an operator, which the image runs through tsx. */
const OPERATOR_TASKS = [
  'db:migrate',
  'db:backup',
  'db:restore',
  'org:import',
  'import:restanser',
  'audit:resident',
  'innsyn',
  'retention',
  'audit:review',
  'report',
];

/** An import or re-export at the start of a line: `type`-only ones are erased by tsx. */
const STATIC_IMPORT = /^\s*(?:import|export)\s+(type\s+)?(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;

/**
 * The packages `entry` and every project file it imports statically need (a dynamic `import()`
 * on a development path aside), each with the first file that imports it.
 */
function staticPackages(entry: string): Map<string, string> {
  const packages = new Map<string, string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !/\.(ts|mjs|js)$/.test(file)) return;
    seen.add(file);
    for (const [, typeOnly, spec] of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) {
      if (typeOnly || spec === undefined || spec.startsWith('node:')) continue;
      if (spec.startsWith('.')) visit(path.resolve(path.dirname(file), spec));
      else {
        const name = spec
          .split('/')
          .slice(0, spec.startsWith('@') ? 2 : 1)
          .join('/');
        if (!packages.has(name)) packages.set(name, path.relative(ROOT, file));
      }
    }
  };
  visit(path.join(ROOT, entry));
  return packages;
}

describe('the container image: Dockerfile, .dockerignore, compose.yaml', () => {
  before(() => {
    rmSync(APP, { recursive: true, force: true });
    mkdirSync(path.join(APP, 'scripts'), { recursive: true });
    cpSync(path.join(ROOT, 'scripts/start.mjs'), path.join(APP, 'scripts/start.mjs'));
    const build = spawnSync(
      process.execPath,
      ['scripts/build.mjs', '--out-dir', path.join(APP, 'dist'), '--no-check'],
      { cwd: ROOT, encoding: 'utf8' },
    );
    assert.equal(build.status, 0, `build failed:\n${build.stdout}\n${build.stderr}`);
  });
  after(() => rmSync(APP, { recursive: true, force: true }));
  // Its directory: SQLite here, whatever database the suite runs on.
  const db = tempDatabase();
  const sqlite = `file:${path.join(db.dir, 'husly.db')}`;
  after(() => db.cleanup());

  it('builds in one stage and runs in another, on one Node image, as the node user', () => {
    assert.equal(STAGES.length, 2);
    assert.equal(BUILD.name, 'build');
    // better-sqlite3 is compiled in the build stage for the Node of the runtime stage.
    assert.equal(RUNTIME.from, BUILD.from, 'the same base image');
    const image = present(
      DOCKERFILE.find(
        (i) => i.keyword === 'ARG' && i.args.startsWith(`${BUILD.from.slice(2, -1)}=`),
      ),
      'the base image as an ARG',
    ).args.split('=')[1];
    assert.match(present(image, 'its default'), /^node:\d+-[a-z]+-slim$/);

    const build = argsOf(BUILD, 'RUN').join('\n');
    const steps = ['npm ci', 'npm run build', 'npm prune --omit=dev', 'prune-dev-optional.mjs'].map(
      (s) => build.indexOf(s),
    );
    assert.ok(
      steps.every((at, n) => at >= 0 && (n === 0 || at > (steps[n - 1] ?? -1))),
      build,
    );

    // The runtime stage installs nothing: it takes the pruned result of the build stage.
    assert.deepEqual(
      argsOf(RUNTIME, 'RUN').filter((r) => /\bnpm\b/.test(r)),
      [],
    );
    const copied = argsOf(RUNTIME, 'COPY');
    assert.ok(
      copied.every((c) => c.startsWith('--from=build ')),
      copied.join('\n'),
    );
    for (const needed of ['/app/node_modules', '/app/dist', '/app/scripts'])
      assert.ok(
        copied.some((c) => c.includes(needed)),
        needed,
      );
    assert.equal(WORKDIR, '/app');
    assert.equal(argsOf(RUNTIME, 'USER').at(-1), 'node', 'not root');
    assert.equal(ENV.HUSLY_MODE, 'production');
    assert.match(argsOf(RUNTIME, 'EXPOSE').join(' '), /\b3978\b/);
    assert.equal(HEALTHCHECK[0], 'node', 'node itself: the slim image has no curl');
    assert.match(HEALTHCHECK.join(' '), /\/healthz/);
  });

  it('keeps secrets, host builds and databases out of the build context', () => {
    const ignored = readFileSync(path.join(ROOT, '.dockerignore'), 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'));
    // node_modules and dist of the host: built for another platform, maybe another Node.
    for (const entry of ['.env', 'node_modules', 'dist', 'data', '*.db', '.git'])
      assert.ok(ignored.includes(entry), `.dockerignore lists ${entry}`);
  });

  it('runs in its CMD exactly what npm start runs in production', async () => {
    const husly = await start(['node', 'scripts/start.mjs'], sqlite);
    assert.equal(await husly.stop(), 0);
    const main = present(
      processes().find((p) => p.argv[1]?.endsWith(path.join('dist', 'src', 'main.js'))),
      'Husly, started by start.mjs',
    );
    assert.deepEqual(CMD, [
      'node',
      ...main.execArgv,
      path.relative(APP, present(main.argv[1], 'its main')),
    ]);
  });

  it('its CMD: healthy by its HEALTHCHECK, stops on SIGTERM, loads production code', async () => {
    const husly = await start(CMD, sqlite);
    let healthy: Checked;
    try {
      healthy = await becomesHealthy(husly.port);
    } finally {
      assert.equal(await husly.stop(), 0, 'SIGTERM: a clean stop');
    }
    assert.equal(healthy.status, 0, `HEALTHCHECK: ${healthy.stderr}`);
    assert.notEqual(healthcheck(husly.port).status, 0, 'unhealthy when Husly is gone');
    assert.match(husly.output.join(''), /"mode":"production"/);
    const packages = productionOnly(loadedFiles());
    assert.ok(packages.includes('node_modules/better-sqlite3'), packages.join('\n'));
    // Required only inside CommonJS packages (botframework-connector): the require cache counts.
    assert.ok(packages.includes('node_modules/jsonwebtoken'), packages.join('\n'));
  });

  it('its CMD on PostgreSQL, as compose.yaml runs it: an empty database made ready', async () => {
    const server = await startPostgres();
    try {
      // What the postgres image makes of POSTGRES_DB: an empty database its user owns.
      const admin = new pg.Client({ connectionString: server.url });
      await admin.connect();
      await admin.query('CREATE DATABASE husly');
      await admin.end();
      const url = new URL(server.url);
      url.pathname = '/husly';
      const husly = await start(CMD, url.toString());
      let healthy: Checked;
      try {
        healthy = await becomesHealthy(husly.port);
      } finally {
        assert.equal(await husly.stop(), 0);
      }
      assert.equal(healthy.status, 0, `HEALTHCHECK: ${healthy.stderr}\n${husly.output.join('')}`);
      assert.match(husly.output.join(''), /"event":"db\.migrated"/, 'its tables created');
      const packages = productionOnly(loadedFiles());
      assert.ok(packages.includes('node_modules/pg'), packages.join('\n'));
    } finally {
      await server.stop();
    }
  });

  it('runs the operator tasks with the production dependencies alone', () => {
    const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
      dependencies: Record<string, string>;
    };
    const entries = OPERATOR_TASKS.map((task) => {
      const script = present(manifest.scripts[task], `npm run ${task}`);
      return present(/^node --import tsx (scripts\/\S+\.ts)/.exec(script)?.[1], script);
    });
    const missing = ['src/main.ts', ...entries].flatMap((entry) =>
      [...staticPackages(entry)]
        .filter(([name]) => !(name in manifest.dependencies))
        .map(([name, importer]) => `${entry}: ${name} (imported by ${importer})`),
    );
    assert.deepEqual(missing, [], 'packages not in "dependencies"');
  });

  it('compose.yaml runs the image on PostgreSQL, each with a health check', () => {
    const compose = readFileSync(path.join(ROOT, 'compose.yaml'), 'utf8');
    assert.match(compose, /^\s+image: postgres:1[67]\b/m);
    assert.match(compose, /^\s+- \S+:\/var\/lib\/postgresql\/data$/m, 'a volume for the data');
    assert.match(compose, /pg_isready/);
    assert.match(compose, /^\s+build: \.$/m, 'Husly from this Dockerfile');
    assert.match(
      compose,
      /DATABASE_URL: postgresql:\/\/husly:\$\{POSTGRES_PASSWORD[^}]*\}@postgres:5432\/husly/,
    );
    assert.match(compose, /condition: service_healthy/);
    assert.doesNotMatch(compose, /^\s+(command|entrypoint):/m, "the image's own CMD");
    assert.doesNotMatch(compose, /POSTGRES_PASSWORD: [^$\s]/, 'no password in the file');
  });
});
