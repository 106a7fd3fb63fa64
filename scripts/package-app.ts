// npm run package [-- --out <folder>]: builds build/husly-teams-app.zip (manifest.json,
// color.png, outline.png at the root) with the bot id taken from MicrosoftAppId, after
// validating against the schema. The package needs the bot id only: no app password, tenant or
// other production setting, so an IT department can build it without the secret.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { zipSync } from 'fflate';
import { validateManifest } from './lib/schemas.ts';

/** The same check src/config.ts makes on MicrosoftAppId. */
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** The placeholder domain in the committed manifest's developer URLs. */
const EXAMPLE_DOMAIN = 'husly.example.com';

function main(): number {
  let outDir: string;
  try {
    const { values } = parseArgs({ options: { out: { type: 'string', default: 'build' } } });
    outDir = values.out;
  } catch {
    console.error('Bruk: npm run package [-- --out <mappe>]');
    return 2;
  }
  // Like the server: a .env in the working directory, the environment taking precedence.
  if (existsSync('.env')) process.loadEnvFile('.env');
  const appId = process.env.MicrosoftAppId?.trim() ?? '';
  if (!appId) {
    console.error(
      'MicrosoftAppId mangler: sett den i .env eller i miljøet (Application (client) ID fra ' +
        'app-registreringen i Entra ID), for eksempel\n' +
        '  MicrosoftAppId=<guid> npm run package',
    );
    return 1;
  }
  if (!GUID.test(appId)) {
    console.error(
      'MicrosoftAppId er ikke en GUID: bruk Application (client) ID fra app-registreringen ' +
        'i Entra ID (på formen 00000000-0000-0000-0000-000000000000).',
    );
    return 1;
  }
  const manifest = JSON.parse(readFileSync('manifest/manifest.json', 'utf8')) as {
    version: string;
    developer: Record<string, string>;
    bots: { botId: string }[];
  };
  manifest.version = (
    JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }
  ).version;
  for (const bot of manifest.bots) bot.botId = appId;
  const problems = validateManifest(manifest);
  if (problems.length > 0) {
    console.error(`manifest.json følger ikke Teams-skjemaet v1.24:\n  ${problems.join('\n  ')}`);
    return 1;
  }
  mkdirSync(outDir, { recursive: true });
  const output = path.join(outDir, 'husly-teams-app.zip');
  const zip = zipSync({
    'manifest.json': new TextEncoder().encode(JSON.stringify(manifest, null, 2)),
    'color.png': readFileSync('manifest/color.png'),
    'outline.png': readFileSync('manifest/outline.png'),
  });
  writeFileSync(output, zip);
  console.log(
    `Skrev ${output} (bot-ID ${appId}). Last den opp i Teams admin center ` +
      '(Teams-apper → Administrer apper → Last opp ny app).',
  );
  if (Object.values(manifest.developer).some((url) => url.includes(EXAMPLE_DOMAIN)))
    console.log(
      `Merk: utvikleradressene i manifest/manifest.json peker fortsatt til ${EXAMPLE_DOMAIN}. ` +
        'Bytt dem til kommunens egne sider og bygg pakken på nytt.',
    );
  return 0;
}

process.exit(main());
