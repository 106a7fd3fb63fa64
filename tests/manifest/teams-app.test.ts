import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { MemoryStorage, ConversationState } from 'botbuilder';
import { unzipSync } from 'fflate';
import { PNG } from 'pngjs';
import { COMMANDS, matchCommand } from '../../dialogs/commands.ts';
import { MainDialog } from '../../dialogs/main.dialog.ts';
import { validateManifest } from '../../scripts/lib/schemas.ts';
import { dialogServices } from '../fakes/dialog-services.ts';
import { InMemoryHusly } from '../fakes/in-memory-repositories.ts';
import { present } from '../helpers/assert-present.ts';

interface Manifest {
  version: string;
  bots: {
    botId: string;
    scopes: string[];
    commandLists: { scopes: string[]; commands: { title: string }[] }[];
  }[];
}
const manifest = JSON.parse(readFileSync('manifest/manifest.json', 'utf8')) as Manifest;
const png = (file: string) => PNG.sync.read(readFileSync(file));

describe('Teams app package', () => {
  it('manifest.json follows the Teams v1.24 schema', () => {
    assert.deepEqual(validateManifest(manifest), []);
    assert.notDeepEqual(
      validateManifest({ ...manifest, bots: [{ botId: 'x', scopes: ['everywhere'] }] }),
      [],
      'validator bites',
    );
  });

  it('offers the bot in personal, team and group chat', () => {
    const bot = present(manifest.bots[0], 'the bot');
    assert.deepEqual([...bot.scopes].sort(), ['groupChat', 'personal', 'team']);
  });

  it('lists only commands that exist and have a handler', () => {
    const dialog = new MainDialog(
      new ConversationState(new MemoryStorage()).createProperty('d'),
      dialogServices(new InMemoryHusly()),
    );
    const handled = new Set(dialog.handledCommands());
    const titles = manifest.bots.flatMap((b) =>
      b.commandLists.flatMap((l) => l.commands.map((c) => c.title)),
    );
    assert.ok(titles.length > 0);
    for (const title of titles) {
      const command = COMMANDS.find((c) => c.manifestTitle === title);
      assert.ok(command, `manifest command "${title}" is not in dialogs/commands.ts`);
      assert.ok(handled.has(command.id), `no handler for "${title}"`);
      assert.equal(matchCommand(title)?.id, command.id, `typing "${title}" does not trigger it`);
    }
  });

  it('has a 192×192 colour icon and a 32×32 white-on-transparent outline icon', () => {
    const color = png('manifest/color.png');
    assert.deepEqual([color.width, color.height], [192, 192]);
    const outline = png('manifest/outline.png');
    assert.deepEqual([outline.width, outline.height], [32, 32]);
    let ink = 0;
    for (let i = 0; i < outline.data.length; i += 4) {
      const [r, g, b, a] = outline.data.subarray(i, i + 4);
      if (a === 0) continue;
      ink++;
      assert.deepEqual([r, g, b], [255, 255, 255], 'outline pixels are white');
    }
    assert.ok(ink > 20, 'the outline icon is not empty');
  });

  it('npm run package builds a zip: the manifest with the bot id, both icons at the root', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'husly-pkg-'));
    try {
      const appId = '7e9c1b2a-3d4e-4f5a-8b6c-7d8e9f0a1b2c';
      // A full production configuration: packaging ignores everything but the app id.
      const env = {
        ...process.env,
        MicrosoftAppId: appId,
        MicrosoftAppPassword: 'x',
        MicrosoftAppType: 'MultiTenant',
        HUSLY_ALLOWED_TENANTS: '5f0c8a2e-7d41-4b9a-9c3e-1a2b3c4d5e6f',
        HUSLY_ID_SECRET: 'Vq3+8rLkT0wZbN5yHc1uJx7dPfS2gMe9aK4oYi6nRtW/Ul0sBhXv3QzCpG8jDmFE',
        HUSLY_RETENTION_CLOSED_CASE_DAYS: '730',
        HUSLY_RETENTION_AUDIT_DAYS: '1825',
      };
      const run = packageApp(env, out);
      assert.equal(run.status, 0, run.stderr);
      const files = unzipSync(readFileSync(path.join(out, 'husly-teams-app.zip')));
      assert.deepEqual(Object.keys(files).sort(), ['color.png', 'manifest.json', 'outline.png']);
      const packed = JSON.parse(new TextDecoder().decode(files['manifest.json'])) as Manifest;
      assert.equal(packed.bots[0]?.botId, appId);
      assert.equal(
        packed.version,
        (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version,
      );
      assert.deepEqual(validateManifest(packed), []);
      assert.deepEqual(files['color.png'], new Uint8Array(readFileSync('manifest/color.png')));

      const missing = packageApp({ ...env, MicrosoftAppId: '' }, out);
      assert.equal(missing.status, 1);
      assert.match(missing.stderr, /MicrosoftAppId mangler/);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('npm run package needs only MicrosoftAppId: no app password, tenant or secret', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'husly-pkg-'));
    try {
      const appId = '0b8e4c6a-1f2d-4e3c-9a5b-6c7d8e9f0a1b';
      const run = packageApp(onlyAppId(appId), out);
      assert.equal(run.status, 0, run.stderr);
      assert.match(run.stdout, new RegExp(`bot-ID ${appId}`));
      const files = unzipSync(readFileSync(path.join(out, 'husly-teams-app.zip')));
      assert.deepEqual(Object.keys(files).sort(), ['color.png', 'manifest.json', 'outline.png']);
      const packed = JSON.parse(new TextDecoder().decode(files['manifest.json'])) as Manifest;
      assert.deepEqual(
        packed.bots.map((b) => b.botId),
        [appId],
      );
      assert.deepEqual(validateManifest(packed), []);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('npm run package refuses a missing or non-GUID app id, in Norwegian, writing nothing', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'husly-pkg-'));
    try {
      for (const appId of [
        'husly-bot',
        '7e9c1b2a3d4e4f5a8b6c7d8e9f0a1b2c',
        '7e9c1b2a-3d4e-4f5a-8b6c-7d8e9f0a1b2',
      ]) {
        const run = packageApp(onlyAppId(appId), out);
        assert.equal(run.status, 1, appId);
        assert.match(run.stderr, /MicrosoftAppId er ikke en GUID/, appId);
        assert.doesNotMatch(run.stderr, /at .*\(|Error/, 'a message, not a stack trace');
      }
      const missing = packageApp(onlyAppId('  '), out);
      assert.equal(missing.status, 1);
      assert.match(missing.stderr, /MicrosoftAppId mangler/);
      assert.deepEqual(readdirSync(out), [], 'no zip is written');
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});

/** Runs `npm run package` (its script) with exactly `env`, writing to `out`. */
function packageApp(env: NodeJS.ProcessEnv, out: string) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/package-app.ts', '--out', out], {
    env,
    encoding: 'utf8',
  });
}

/** An environment holding only MicrosoftAppId, and what a shell always has (PATH, HOME). */
function onlyAppId(appId: string): NodeJS.ProcessEnv {
  const { PATH, HOME } = process.env;
  return { PATH, HOME, MicrosoftAppId: appId };
}
