// npm run playground [-- --as koordinator --no-browser --port 56150]
// Opens the Microsoft 365 Agents Playground (a local Teams-like client) against the running
// bot. Start the bot first with `npm start`.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { DEMO_STAFF } from '../src/demo/demo-municipality.ts';
import { DEFAULT_PERSONA, playgroundConfigYaml } from '../src/demo/playground-config.ts';
import { parsePlaygroundArgs } from './lib/playground-args.ts';

const botPort = process.env.PORT || '3978';

async function main(): Promise<void> {
  const args = parsePlaygroundArgs(
    process.argv.slice(2),
    DEMO_STAFF.map((s) => s.persona),
    DEFAULT_PERSONA,
  );
  if (!args.ok) {
    console.error(args.message);
    process.exit(2);
  }
  const { persona, openBrowser, port } = args.options;
  const healthy = await fetch(`http://127.0.0.1:${botPort}/healthz`).then(
    (r) => r.ok,
    () => false,
  );
  if (!healthy) {
    console.error(
      `Husly svarer ikke på port ${botPort}. ` +
        'Start den først med «npm start» i et annet terminalvindu.',
    );
    process.exit(1);
  }
  // The default persona uses the committed .m365agentsplayground.yml; others get a generated copy.
  let configPath = path.resolve('.m365agentsplayground.yml');
  if (persona !== DEFAULT_PERSONA) {
    mkdirSync('devTools', { recursive: true });
    configPath = path.resolve(`devTools/playground-${persona}.yml`);
    writeFileSync(configPath, playgroundConfigYaml(persona));
  }
  const cli = createRequire(import.meta.url).resolve('@microsoft/m365agentsplayground/cli.js');
  const child = spawn(
    process.execPath,
    [
      cli,
      '-e',
      `http://127.0.0.1:${botPort}/api/messages`,
      '-c',
      'msteams',
      '--dt',
      '-p',
      String(port),
    ],
    {
      stdio: 'inherit',
      env: {
        ...process.env,
        M365_AGENTS_PLAYGROUND_CONFIG_PATH: configPath,
        ...(openBrowser ? {} : { TEAMSAPPTESTER_BROWSER: 'none' }),
      },
    },
  );
  console.log(`Agents Playground: http://localhost:${port} (du er ${persona}). Ctrl+C avslutter.`);
  const stop = () => child.kill('SIGTERM');
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  child.on('exit', (code) => process.exit(code ?? 0));
}

void main();
