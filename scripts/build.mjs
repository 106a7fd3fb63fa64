// npm run build: compiles src/ and dialogs/ to plain JavaScript in dist/, for production
// (`HUSLY_MODE=production npm start` runs dist/src/main.js; see README § Drift).
//
//   node scripts/build.mjs [--out-dir <dir>] [--no-check]
//
// dist/ keeps the source tree's layout (dist/src/main.js, dist/dialogs/…), and gets a copy of the
// files the code reads beside itself at run time (through `new URL('…', import.meta.url)`):
// prisma/ (the migrations and schema the build was made with) and dialogs/utterances/ (the intent
// corpus); and the intent model trained from that corpus, which production starts from
// (dialogs/understanding/understander.json). Packages still come from the project's node_modules,
// so dist/ must stay inside the project. The build goes to a scratch directory
// first: a failed build leaves the previous dist/ as it was. `--no-check` skips the typecheck
// (`npm run typecheck` does it), which the tests use to build faster.
import { spawnSync } from 'node:child_process';
import { cpSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.join(import.meta.dirname, '..');
const args = process.argv.slice(2);
const at = args.indexOf('--out-dir');
const outDir = path.resolve(at >= 0 && args[at + 1] ? args[at + 1] : path.join(root, 'dist'));
const scratch = `${outDir}.build-${process.pid}`;

/** Read at run time relative to the compiled code, so copied beside it. */
const ASSETS = [
  'prisma/schema.prisma',
  'prisma/migrations',
  // PostgreSQL's schema and migrations (DATABASE_URL=postgresql://…).
  'prisma/postgresql',
  'dialogs/utterances',
];

rmSync(scratch, { recursive: true, force: true });
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const compiled = spawnSync(
  process.execPath,
  [
    tsc,
    '--project',
    path.join(root, 'tsconfig.build.json'),
    '--outDir',
    scratch,
    ...(args.includes('--no-check') ? ['--noCheck'] : []),
  ],
  { stdio: 'inherit' },
);
if (compiled.status !== 0) {
  rmSync(scratch, { recursive: true, force: true });
  console.error('Bygget feilet (se feilene over); dist/ er ikke endret.');
  process.exit(compiled.status ?? 1);
}
for (const asset of ASSETS)
  cpSync(path.join(root, asset), path.join(scratch, asset), { recursive: true });
// ES modules even where no package.json above says so (a build inside node_modules/.cache).
writeFileSync(path.join(scratch, 'package.json'), `${JSON.stringify({ type: 'module' })}\n`);
// The intent model, trained by the code just compiled from the corpus just copied (or loaded from
// the training cache), written beside that code: a production start reads this one file instead
// of preparing the corpus (dialogs/understanding/shared-understander.ts).
const shared = pathToFileURL(path.join(scratch, 'dialogs/understanding/shared-understander.js'));
const { sharedUnderstander, BUILT_MODEL_FILE } = await import(shared.href);
const understander = await sharedUnderstander();
writeFileSync(
  path.join(scratch, 'dialogs/understanding', BUILT_MODEL_FILE),
  JSON.stringify(understander.snapshot()),
);
rmSync(outDir, { recursive: true, force: true });
renameSync(scratch, outDir);
console.log(`Bygget: ${path.relative(root, outDir) || outDir}/src/main.js`);
