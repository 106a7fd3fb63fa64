import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { AccessGate } from '../../../../../src/domain/access/access-gate.ts';
import { BreakGlassService } from '../../../../../src/domain/access/break-glass.service.ts';
import type { Actor } from '../../../../../src/domain/actor/actor.ts';
import { CaseFactsQuery } from '../../../../../src/domain/case/queries/case-facts.query.ts';
import { validateConcernDraft } from '../../../../../src/domain/concern/concern-form.ts';
// prettier-ignore
import {
  RegisterConcernService,
} from
  '../../../../../src/domain/concern/register-concern.service.ts';
import { draft, UNIT_KEYS } from '../../../../fakes/concern-draft.ts';
import { FakeNotifier } from '../../../../fakes/fake-notifier.ts';
import { InMemoryReminderOutbox } from '../../../../fakes/in-memory-outbox.ts';
import { FakeClock, type InMemoryHusly } from '../../../../fakes/in-memory-repositories.ts';
import { smallMunicipality } from '../../../../fakes/org-fixture.ts';

/**
 * Dialogs that only need a case's reference (to word a reply) or to decide which form to offer
 * must not read the case through an audited lookup: that wrote 'case.open' events for reads
 * nobody made, and a resident's access report listed them.
 */
describe('side-effect-free case facts', () => {
  let husly: InMemoryHusly;
  let actor: (key: string) => Promise<Actor>;
  let clock: FakeClock;
  let caseId: string;
  let reference: string;

  beforeEach(async () => {
    ({ husly, actor } = await smallMunicipality());
    clock = new FakeClock(new Date('2026-11-23T10:00:00Z'));
    const gate = new AccessGate(clock);
    const register = new RegisterConcernService(husly, gate, new FakeNotifier(), clock, {
      idSecret: 's'.repeat(40),
      timeZone: 'Europe/Oslo',
    });
    const valid = validateConcernDraft(draft({}), '2026-11-23', {
      allowSyntheticIds: true,
      unitKeys: UNIT_KEYS,
    });
    assert.ok(valid.ok);
    const { kase } = await register.register(await actor('navSaks'), valid.value, 'first');
    ({ id: caseId, reference } = kase);
    husly.state.audit.length = 0;
  });

  it('turns a case id into its reference, writing nothing to the audit trail', async () => {
    const facts = new CaseFactsQuery(husly);
    assert.equal(await facts.referenceOf(caseId), reference);
    assert.equal(await facts.referenceOf('no-such-case'), null);
    assert.equal(await facts.referenceOf(''), null);
    assert.equal(husly.state.audit.length, 0);
  });

  it('decides the break-glass form without writing to the audit trail', async () => {
    const glass = new BreakGlassService(
      husly,
      new AccessGate(clock),
      new FakeNotifier(),
      new InMemoryReminderOutbox(),
      clock,
      'Europe/Oslo',
    );
    assert.deepEqual(await glass.formFor(await actor('tilKoord'), { reference }), {
      ok: true,
      value: { caseId, reference },
    });
    assert.equal(husly.state.audit.length, 0, 'offering the form is no read');

    assert.deepEqual(await glass.formFor(await actor('navSaks'), { caseId }), {
      ok: false,
      code: 'BREAKGLASS.NOT_NEEDED',
    });
    assert.deepEqual(await glass.formFor(await actor('admin'), { caseId }), {
      ok: false,
      code: 'ACCESS.DENIED',
    });
    assert.deepEqual(await glass.formFor(await actor('tilKoord'), { reference: '2099-9999' }), {
      ok: false,
      code: 'CASE.NOT_FOUND',
    });
    assert.equal(husly.state.audit.length, 0, 'a refused form is no break-glass either');

    const opened = await glass.open(await actor('tilKoord'), caseId, 'x'.repeat(30));
    assert.ok(opened.ok);
    assert.deepEqual(await glass.formFor(await actor('tilKoord'), { caseId }), {
      ok: false,
      code: 'BREAKGLASS.NOT_NEEDED',
    });
  });
});
