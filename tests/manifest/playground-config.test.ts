import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { DEMO_STAFF, DEMO_TENANT_ID } from '../../src/demo/demo-municipality.ts';
import { playgroundConfigYaml } from '../../src/demo/playground-config.ts';

describe('Agents Playground config', () => {
  it('the committed .m365agentsplayground.yml is the generated one (demo caseworker)', () => {
    assert.equal(readFileSync('.m365agentsplayground.yml', 'utf8'), playgroundConfigYaml());
  });

  it('every mock user is a demo staff member, five besides the current user, in the demo tenant', () => {
    for (const staff of DEMO_STAFF) {
      const yaml = playgroundConfigYaml(staff.persona);
      assert.match(yaml, new RegExp(`currentUser:\\n  id: ${staff.teamsUserId}\\n`));
      assert.equal((yaml.match(/^  - id: /gm) ?? []).length, 5);
      for (const other of DEMO_STAFF) assert.ok(yaml.includes(`aadObjectId: ${other.aadObjectId}`));
      assert.match(yaml, new RegExp(`tenantId: ${DEMO_TENANT_ID}`));
    }
    assert.throws(() => playgroundConfigYaml('nobody'));
  });
});
