// npm run package: builds build/husly-teams-app.zip (manifest.json, color.png, outline.png at
// the root) with the bot id taken from MicrosoftAppId, after validating against the schema.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { zipSync } from 'fflate';
import { loadConfig } from '../src/config.ts';
import { validateManifest } from './lib/schemas.ts';

// HUSLY_PACKAGE_DIR lets tests build elsewhere; everyone else gets build/.
const OUT_DIR = process.env.HUSLY_PACKAGE_DIR || 'build';
const OUTPUT = `${OUT_DIR}/husly-teams-app.zip`;

function main(): number {
  const config = loadConfig();
  if (!config.ok) {
    console.error(`Ugyldig konfigurasjon:\n  ${config.problems.join('\n  ')}`);
    return 1;
  }
  const appId = config.config.bot.appId;
  if (!appId) {
    console.error(
      'MicrosoftAppId mangler: sett den i .env (Application (client) ID fra bot-registreringen) og prøv igjen.',
    );
    return 1;
  }
  const manifest = JSON.parse(readFileSync('manifest/manifest.json', 'utf8')) as {
    version: string;
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
  mkdirSync(OUT_DIR, { recursive: true });
  const zip = zipSync({
    'manifest.json': new TextEncoder().encode(JSON.stringify(manifest, null, 2)),
    'color.png': readFileSync('manifest/color.png'),
    'outline.png': readFileSync('manifest/outline.png'),
  });
  writeFileSync(OUTPUT, zip);
  console.log(
    `Skrev ${OUTPUT} (bot-ID ${appId}). Last den opp i Teams admin center eller under «Apper → Administrer apper».`,
  );
  return 0;
}

process.exit(main());
