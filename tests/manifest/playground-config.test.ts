import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import {
  DEMO_STAFF,
  DEMO_TENANT_ID,
  DEMO_UNITS,
  demoChannelId,
} from '../../src/demo/demo-municipality.ts';
import { MAX_PLAYGROUND_USERS, playgroundConfigYaml } from '../../src/demo/playground-config.ts';

describe('Agents Playground config', () => {
  it('the committed .m365agentsplayground.yml is the generated one (demo caseworker)', () => {
    assert.equal(readFileSync('.m365agentsplayground.yml', 'utf8'), playgroundConfigYaml());
  });

  it('mock users are demo staff in the demo tenant, at most five, unit colleagues first', () => {
    for (const staff of DEMO_STAFF) {
      const yaml = playgroundConfigYaml(staff.persona);
      assert.match(yaml, new RegExp(`currentUser:\\n  id: ${staff.teamsUserId}\\n`));
      assert.equal(
        (yaml.match(/^ {2}- id: /gm) ?? []).length,
        Math.min(MAX_PLAYGROUND_USERS, DEMO_STAFF.length - 1),
      );
      for (const colleague of DEMO_STAFF.filter((o) => o.unitKey === staff.unitKey))
        assert.ok(yaml.includes(`aadObjectId: ${colleague.aadObjectId}`));
      for (const id of yaml.match(/aadObjectId: \S+/g) ?? [])
        assert.ok(
          DEMO_STAFF.some((o) => `aadObjectId: ${o.aadObjectId}` === id),
          id,
        );
      assert.match(yaml, new RegExp(`tenantId: ${DEMO_TENANT_ID}`));
    }
    assert.throws(() => playgroundConfigYaml('nobody'));
  });

  it('shows the channel the persona’s unit is linked to in the demo', () => {
    for (const staff of DEMO_STAFF) {
      const unit = DEMO_UNITS.find((u) => u.key === staff.unitKey);
      assert.match(
        playgroundConfigYaml(staff.persona),
        new RegExp(
          `channels:\\n {4}- id: ${demoChannelId(staff.unitKey)}\\n {6}name: ${unit?.name}\\n$`,
        ),
        staff.persona,
      );
    }
  });
});
