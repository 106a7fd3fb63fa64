import { AccessGate } from '../../../../src/domain/access/access-gate.ts';
import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { IdentifyActorService } from '../../../../src/domain/actor/identify-actor.service.ts';
import type { Actor } from '../../../../src/domain/actor/actor.ts';
import { LinkChannelService } from '../../../../src/domain/channel/link-channel.service.ts';
import { FakeClock, InMemoryHusly } from '../../../fakes/in-memory-repositories.ts';
import { FakeNotifier } from '../../../fakes/fake-notifier.ts';

const TENANT = '5f0c8a2e-7d41-4b9a-9c3e-1a2b3c4d5e6f';
const ADMIN = 'aaaaaaaa-0000-4000-8000-000000000001';
const WORKER = 'aaaaaaaa-0000-4000-8000-000000000002';

async function organisation() {
  const husly = new InMemoryHusly();
  await husly.run(async ({ org }) => {
    await org.upsertUnit({ key: 'nav-bolig', name: 'NAV boligsosialt team', kind: 'nav' });
    await org.upsertStaff({
      aadObjectId: ADMIN,
      name: 'Ada Admin',
      email: 'ada@k.no',
      unitKey: 'nav-bolig',
      role: 'admin',
    });
    await org.upsertStaff({
      aadObjectId: WORKER,
      name: 'Sara Saks',
      email: 'sara@k.no',
      unitKey: 'nav-bolig',
      role: 'saksbehandler',
    });
  });
  return husly;
}

describe('IdentifyActorService', () => {
  let husly: InMemoryHusly;
  const identifyWith = (allowedTenants: string[]) => {
    const repos = husly.repositories();
    return new IdentifyActorService(repos.org, repos.audit, new AccessGate(new FakeClock()), {
      allowedTenants,
    });
  };
  beforeEach(async () => (husly = await organisation()));

  it('turns a registered Entra object id into an actor with its unit (any case)', async () => {
    const result = await identifyWith([]).identify(TENANT, {
      tenantId: TENANT,
      aadObjectId: WORKER.toUpperCase(),
    });
    assert.ok(result.ok);
    assert.equal(result.value.staff.name, 'Sara Saks');
    assert.equal(result.value.unit.key, 'nav-bolig');
  });

  it('refuses an unknown or missing object id, and audits it', async () => {
    const service = identifyWith([]);
    assert.deepEqual(
      await service.identify(TENANT, {
        tenantId: TENANT,
        aadObjectId: 'bbbbbbbb-0000-4000-8000-000000000009',
      }),
      { ok: false, code: 'ACTOR.NOT_REGISTERED' },
    );
    assert.deepEqual(await service.identify(TENANT, { tenantId: TENANT, aadObjectId: null }), {
      ok: false,
      code: 'ACTOR.NOT_REGISTERED',
    });
    assert.deepEqual(
      husly.state.audit.map((a) => a.action),
      ['actor.unregistered', 'actor.unregistered'],
    );
  });

  it('accepts any tenant when none is configured, only the listed ones otherwise', async () => {
    assert.ok((await identifyWith([]).checkTenant({ tenantId: 'whatever', aadObjectId: null })).ok);
    const strict = identifyWith([TENANT]);
    assert.ok((await strict.checkTenant({ tenantId: TENANT.toUpperCase(), aadObjectId: null })).ok);
    assert.deepEqual(await strict.checkTenant({ tenantId: 'other', aadObjectId: WORKER }), {
      ok: false,
      code: 'TENANT.NOT_ALLOWED',
    });
    assert.deepEqual(await strict.checkTenant({ tenantId: null, aadObjectId: WORKER }), {
      ok: false,
      code: 'TENANT.NOT_ALLOWED',
    });
    assert.deepEqual(
      husly.state.audit.map((a) => [a.action, a.tenantId]),
      [
        ['tenant.refused', 'other'],
        ['tenant.refused', null],
      ],
    );
  });

  it('names the administrators for people who are not registered', async () => {
    assert.deepEqual(
      (await identifyWith([]).administrators()).map((s) => s.name),
      ['Ada Admin'],
    );
  });
});

describe('LinkChannelService', () => {
  let husly: InMemoryHusly;
  let service: LinkChannelService;
  const channel = {
    id: '19:c@thread.tacv2',
    type: 'channel' as const,
    teamId: '19:t@thread.tacv2',
  };
  const actor = async (aad: string): Promise<Actor> => {
    const repos = husly.repositories();
    const staff = (await repos.org.findStaffByAadObjectId(aad))!;
    return { staff, unit: (await repos.org.findUnitById(staff.unitId))!, tenantId: TENANT };
  };
  beforeEach(async () => {
    husly = await organisation();
    service = new LinkChannelService(
      husly,
      new AccessGate(new FakeClock()),
      new FakeNotifier(),
      'Europe/Oslo',
    );
  });

  it('links a unit to the channel for an admin, with an audit event', async () => {
    const result = await service.link(await actor(ADMIN), ' NAV-bolig ', channel);
    assert.ok(result.ok);
    assert.equal(husly.state.units[0]?.channelConversationId, channel.id);
    assert.deepEqual(
      husly.state.audit.map((a) => [a.action, a.outcome]),
      [['channel.link', 'ok']],
    );
  });

  it('refuses non-admins, chats and unknown units, changing nothing', async () => {
    assert.deepEqual(await service.link(await actor(WORKER), 'nav-bolig', channel), {
      ok: false,
      code: 'ACCESS.DENIED',
    });
    assert.deepEqual(
      await service.link(await actor(ADMIN), 'nav-bolig', { ...channel, type: 'personal' }),
      { ok: false, code: 'CHANNEL.NOT_A_CHANNEL' },
    );
    assert.deepEqual(await service.link(await actor(ADMIN), 'finnes-ikke', channel), {
      ok: false,
      code: 'UNIT.NOT_FOUND',
    });
    assert.equal(husly.state.units[0]?.channelConversationId, null);
    assert.deepEqual(
      husly.state.audit.map((a) => a.outcome),
      ['denied', 'denied', 'denied'],
    );
  });

  it('offers the units to choose from only to an admin in a channel', async () => {
    const allowed = await service.check(await actor(ADMIN), channel);
    assert.deepEqual(allowed.ok && allowed.value.map((u) => u.key), ['nav-bolig']);
    assert.deepEqual(await service.check(await actor(WORKER), channel), {
      ok: false,
      code: 'ACCESS.DENIED',
    });
  });

  it('keeps a recognised caller for 30 s; an org import takes effect within that', async () => {
    let now = 0;
    const repos = husly.repositories();
    let reads = 0;
    const counting: typeof repos.org = Object.assign(Object.create(repos.org), {
      findStaffByAadObjectId: (aad: string) => {
        reads++;
        return repos.org.findStaffByAadObjectId(aad);
      },
    });
    const service = new IdentifyActorService(
      counting,
      repos.audit,
      new AccessGate(new FakeClock()),
      { allowedTenants: [] },
      30_000,
      () => now,
    );
    const caller = { tenantId: TENANT, aadObjectId: WORKER };
    assert.ok((await service.identify(TENANT, caller)).ok);
    now = 29_000;
    assert.ok((await service.identify(TENANT, caller)).ok);
    assert.equal(reads, 1, 'the second turn within 30 s reads nothing');
    const sara = husly.state.staff.find((s) => s.aadObjectId === WORKER)!;
    await husly.run(({ org }) => org.deactivateStaff(sara.id, new Date()));
    now = 30_001;
    assert.deepEqual(await service.identify(TENANT, caller), {
      ok: false,
      code: 'ACTOR.NOT_REGISTERED',
    });
    assert.equal(reads, 2);
  });
});
