// The Dockerfile's build stage runs this after `npm prune --omit=dev`, which keeps the packages
// package-lock.json marks `devOptional`: ones the devDependencies bring in that a production
// package also names as an optional peer. Here that is the Prisma CLI and TypeScript (optional
// peers of @prisma/client) and what the CLI brings (Prisma Studio, PGlite, React, …): about
// 250 MB that nothing Husly runs in production loads (tests/scripts/container-image.cli.test.ts
// holds it so). `--omit=optional` is no answer: it would drop real optional packages too, such as
// esbuild's binary, which tsx needs for the npm run tasks.
//
//   node scripts/prune-dev-optional.mjs      (in the project folder, after npm prune --omit=dev)
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const { packages } = JSON.parse(readFileSync('package-lock.json', 'utf8'));
let removed = 0;
for (const [dir, entry] of Object.entries(packages))
  if (dir !== '' && entry.devOptional && existsSync(dir)) {
    rmSync(dir, { recursive: true, force: true });
    removed += 1;
  }
// Their commands (prisma, tsc …) would point nowhere.
const bin = path.join('node_modules', '.bin');
for (const name of existsSync(bin) ? readdirSync(bin) : [])
  if (!existsSync(path.join(bin, name))) rmSync(path.join(bin, name), { force: true });
console.log(`Fjernet ${removed} pakker som bare utviklingsverktøyene trenger (devOptional).`);
