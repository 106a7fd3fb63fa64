import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { tempDatabase } from '../helpers/husly-server.ts';

describe('start-up with a bad configuration', () => {
  it('exits 1 before touching the database, listing every problem in Norwegian', () => {
    const temp = tempDatabase();
    try {
      const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
        env: {
          ...process.env,
          NODE_NO_WARNINGS: '1',
          DATABASE_URL: temp.url,
          PORT: 'abc',
          HUSLY_MODE: 'production',
          MicrosoftAppId: '',
          HUSLY_ID_SECRET: '',
        },
        encoding: 'utf8',
        timeout: 30_000,
      });
      assert.equal(run.status, 1);
      assert.match(run.stderr, /Husly kan ikke starte: konfigurasjonen er ugyldig/);
      for (const name of ['PORT', 'MicrosoftAppId', 'HUSLY_ALLOWED_TENANTS', 'HUSLY_ID_SECRET'])
        assert.match(run.stderr, new RegExp(`\\b${name}:`));
      assert.match(run.stderr, /Se \.env\.example/);
    } finally {
      temp.cleanup();
    }
  });
});
