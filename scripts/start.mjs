// npm start: Husly in the mode its configuration gives (the rule of src/config.ts: production
// when HUSLY_MODE=production or MicrosoftAppId is set, read from the environment and .env).
// Development runs the TypeScript sources through tsx, as it always has. Production runs the
// compiled JavaScript from `npm run build` with plain Node, no TypeScript loader:
//
//   node --disable-warning=DEP0111 dist/src/main.js
//
// which a service manager (systemd, a container) can also run directly, from the project root.
// This script stays in front as the parent process and passes signals on.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

if (existsSync('.env')) process.loadEnvFile('.env');
const setting = (name) => process.env[name]?.trim() || undefined;
const production =
  setting('HUSLY_MODE') === 'production' || setting('MicrosoftAppId') !== undefined;

const compiled = path.join(import.meta.dirname, '../dist/src/main.js');
if (production && !existsSync(compiled)) {
  console.error(
    'Husly kan ikke starte i produksjon: den kompilerte koden mangler (dist/src/main.js).\n' +
      'Kjør `npm run build` først, og på nytt etter hver oppdatering av Husly.',
  );
  process.exit(1);
}

// V8 sizes its heap by the machine's memory and collects lazily: on a 24 GB host Husly's
// resident memory grew to 430–540 MB under load while under 100 MB of it was live. A limit
// makes it collect sooner, and a young generation of 2 MB semi-spaces more so: 191 MB steady in
// bench/turn-latency with both (311 MB without), throughput unchanged. An operator's own
// NODE_OPTIONS setting wins.
const heapLimit = (process.env.NODE_OPTIONS ?? '').includes('--max-old-space-size')
  ? []
  : ['--max-old-space-size=256', '--max-semi-space-size=2'];

// DEP0111: restify's spdy reaches for process.binding; nothing Husly can change.
const child = spawn(
  process.execPath,
  production
    ? ['--disable-warning=DEP0111', ...heapLimit, compiled]
    : [
        '--disable-warning=DEP0111',
        '--import',
        'tsx',
        path.join(import.meta.dirname, '../src/main.ts'),
      ],
  { stdio: 'inherit' },
);
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];
for (const signal of SIGNALS) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => {
  if (signal === null) process.exit(code ?? 1);
  // Ended by a signal: end the same way, so whoever started npm sees it.
  for (const s of SIGNALS) process.removeAllListeners(s);
  process.kill(process.pid, signal);
});
