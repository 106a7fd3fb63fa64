import { AccessGate } from '../../../../src/domain/access/access-gate.ts';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { validateConcernDraft } from '../../../../src/domain/concern/concern-form.ts';
import { RegisterConcernService } from '../../../../src/domain/concern/register-concern.service.ts';
import { RoutingService } from '../../../../src/domain/concern/routing.service.ts';
import { draft, UNIT_KEYS } from '../../../fakes/concern-draft.ts';
import { FakeNotifier } from '../../../fakes/fake-notifier.ts';
import { FakeClock } from '../../../fakes/in-memory-repositories.ts';
import { smallMunicipality } from '../../../fakes/org-fixture.ts';

describe('RoutingService', () => {
  it('shows rules and defaults by unit kind; only admins change them; new cases obey', async () => {
    const { husly, actor } = await smallMunicipality();
    const clock = new FakeClock();
    const routing = new RoutingService(husly, new AccessGate(clock));
    const table = Object.fromEntries(
      (await routing.table()).map((e) => [e.type, [e.unit?.key, e.explicit]]),
    );
    assert.deepEqual(table, {
      akutt: ['nav-bolig', false],
      utkastelsesdato: ['tildeling', true],
      namsmann: ['nav-bolig', false],
      varsel: ['nav-bolig', false],
      oppsigelse: ['nav-bolig', false],
      utleiervarsel: ['nav-bolig', false],
      husleierestanse: ['nav-bolig', true],
      kontraktslutt: ['tildeling', false],
      annet: ['tildeling', false],
    });
    assert.deepEqual(await routing.set(await actor('navLeder'), 'husleierestanse', 'bolig'), {
      ok: false,
      code: 'ACCESS.DENIED',
    });
    assert.deepEqual(await routing.set(await actor('admin'), 'husleie', 'bolig'), {
      ok: false,
      code: 'ROUTING.UNKNOWN_TYPE',
    });
    assert.deepEqual(await routing.set(await actor('admin'), 'husleierestanse', 'finnes-ikke'), {
      ok: false,
      code: 'UNIT.NOT_FOUND',
    });
    assert.ok((await routing.set(await actor('admin'), 'husleierestanse', 'bolig')).ok);
    const valid = validateConcernDraft(draft(), '2026-11-23', {
      allowSyntheticIds: true,
      unitKeys: UNIT_KEYS,
    });
    assert.ok(valid.ok);
    const done = await new RegisterConcernService(
      husly,
      new AccessGate(clock),
      new FakeNotifier(),
      clock,
      { idSecret: 'x'.repeat(40), timeZone: 'Europe/Oslo' },
    ).register(await actor('boligSaks'), valid.value, 's'); // owns no cases: routed, not kept
    assert.equal(done.owningUnit.key, 'bolig');
    assert.deepEqual(
      husly.state.audit.filter((a) => a.action === 'routing.set').map((a) => a.outcome),
      ['denied', 'ok'],
    );
  });
});
