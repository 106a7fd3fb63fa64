import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
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
    assert.deepEqual([...manifest.bots[0].scopes].sort(), ['groupChat', 'personal', 'team']);
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

  it('npm run package builds a zip with the manifest (bot id from config) and both icons at the root', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'husly-pkg-'));
    try {
      const appId = '7e9c1b2a-3d4e-4f5a-8b6c-7d8e9f0a1b2c';
      const env = {
        ...process.env,
        MicrosoftAppId: appId,
        MicrosoftAppPassword: 'x',
        MicrosoftAppType: 'MultiTenant',
        // An app id means production rules, also for packaging.
        HUSLY_ALLOWED_TENANTS: '5f0c8a2e-7d41-4b9a-9c3e-1a2b3c4d5e6f',
        HUSLY_ID_SECRET: 'Vq3+8rLkT0wZbN5yHc1uJx7dPfS2gMe9aK4oYi6nRtW/Ul0sBhXv3QzCpG8jDmFE',
        HUSLY_RETENTION_CLOSED_CASE_DAYS: '730',
        HUSLY_RETENTION_AUDIT_DAYS: '1825',
        HUSLY_PACKAGE_DIR: out,
      };
      const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/package-app.ts'], {
        env,
        encoding: 'utf8',
      });
      assert.equal(run.status, 0, run.stderr);
      const files = unzipSync(readFileSync(path.join(out, 'husly-teams-app.zip')));
      assert.deepEqual(Object.keys(files).sort(), ['color.png', 'manifest.json', 'outline.png']);
      const packed = JSON.parse(new TextDecoder().decode(files['manifest.json'])) as Manifest;
      assert.equal(packed.bots[0].botId, appId);
      assert.equal(
        packed.version,
        (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version,
      );
      assert.deepEqual(validateManifest(packed), []);
      assert.deepEqual(files['color.png'], new Uint8Array(readFileSync('manifest/color.png')));

      const missing = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/package-app.ts'], {
        env: { ...env, MicrosoftAppId: '' },
        encoding: 'utf8',
      });
      assert.equal(missing.status, 1);
      assert.match(missing.stderr, /MicrosoftAppId mangler/);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
