import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { AccessGate } from '../../../../src/domain/access/access-gate.ts';
import type { Actor } from '../../../../src/domain/actor/actor.ts';
import type { ChannelTarget } from '../../../../src/domain/channel/link-channel.service.ts';
import { noticeKey } from '../../../../src/domain/notify/notice-outbox.ts';
import {
  WorklistScheduleService,
  type ScheduleRequest,
} from '../../../../src/domain/overview/worklist-schedule.service.ts';
import { worklistPostEvent } from '../../../../src/domain/overview/worklist-week.ts';
import { InMemoryNoticeOutbox } from '../../../fakes/in-memory-notice-outbox.ts';
import { FakeClock, type InMemoryHusly } from '../../../fakes/in-memory-repositories.ts';
import { smallMunicipality } from '../../../fakes/org-fixture.ts';
import { present } from '../../../helpers/assert-present.ts';

const NAV_CHANNEL: ChannelTarget = { id: '19:nav@thread.tacv2', type: 'channel', teamId: '19:t' };
const TIL_CHANNEL: ChannelTarget = { id: '19:til@thread.tacv2', type: 'channel', teamId: '19:t' };
const MONDAY_0830: ScheduleRequest = { weekday: 1, time: '08:30' };

describe('when the worklist is posted to a unit’s channel (worklist schedule)', () => {
  let husly: InMemoryHusly;
  let actor: (key: string) => Promise<Actor>;
  let clock: FakeClock;
  let outbox: InMemoryNoticeOutbox;
  let service: WorklistScheduleService;
  let navId: string;

  const nav = () =>
    present(
      husly.state.units.find((u) => u.id === navId),
      'NAV',
    );
  const scheduleAudits = () => husly.state.audit.filter((e) => e.action === 'worklist.schedule');

  beforeEach(async () => {
    ({ husly, actor } = await smallMunicipality());
    // Monday 23 November 2026, 11:00 in Oslo.
    clock = new FakeClock(new Date('2026-11-23T10:00:00Z'));
    outbox = new InMemoryNoticeOutbox();
    service = new WorklistScheduleService(husly, new AccessGate(clock), outbox, 'Europe/Oslo');
    navId = present(
      husly.state.units.find((u) => u.key === 'nav-bolig'),
      'NAV',
    ).id;
    await husly.run(async ({ org }) => {
      await org.linkUnitChannel(navId, {
        conversationId: NAV_CHANNEL.id,
        teamId: '19:t',
        linkedAt: clock.now(),
      });
      const til = present((await org.findUnitByKey('tildeling')) ?? undefined, 'tildeling');
      await org.linkUnitChannel(til.id, {
        conversationId: TIL_CHANNEL.id,
        teamId: '19:t',
        linkedAt: clock.now(),
      });
      // A leader of another unit than NAV.
      await org.upsertStaff({
        aadObjectId: 'aaaaaaaa-0000-4000-8000-000000000099',
        name: 'tilLeder',
        email: 'tilLeder@k.no',
        unitKey: 'tildeling',
        role: 'leder',
      });
    });
  });

  const tilLeder = async (): Promise<Actor> => {
    const staff = present(
      husly.state.staff.find((s) => s.name === 'tilLeder'),
      'tilLeder',
    );
    const unit = present(
      husly.state.units.find((u) => u.id === staff.unitId),
      'unit',
    );
    return { staff, unit, tenantId: 't' };
  };

  it('a leader sets it for their own unit’s channel: stored, audited, posts now', async () => {
    const set = await service.set(await actor('navLeder'), NAV_CHANNEL, MONDAY_0830);
    assert.ok(set.ok);
    assert.equal(set.value.unit.id, navId);
    assert.deepEqual(set.value.schedule, { weekday: 1, time: '08:30' });
    // Monday 11:00: this week's 08:30 has passed and nothing was posted yet.
    assert.equal(set.value.postsNow, true);
    assert.deepEqual(nav().worklistSchedule, { weekday: 1, time: '08:30' });
    const [audit] = scheduleAudits();
    assert.equal(audit?.outcome, 'ok');
    assert.deepEqual(audit?.detail, { unitId: navId, weekday: 1, time: '08:30' });
  });

  it('set for later this week, or already posted this week: not now', async () => {
    const friday = await service.set(await actor('navLeder'), NAV_CHANNEL, {
      weekday: 5,
      time: '14:00',
    });
    assert.ok(friday.ok);
    assert.equal(friday.value.postsNow, false);
    await outbox.add(
      {
        key: noticeKey(worklistPostEvent(navId, '2026-W48'), 'unit.worklist', {
          kind: 'unit',
          id: navId,
        }),
        recipient: { kind: 'unit', id: navId },
        kind: 'unit.worklist',
        caseId: null,
        reference: null,
        payload: 'sealed',
      },
      'other',
      clock.now(),
      1000,
    );
    const monday = await service.set(await actor('navLeder'), NAV_CHANNEL, MONDAY_0830);
    assert.ok(monday.ok);
    assert.equal(monday.value.postsNow, false, 'this week’s list is already out');
  });

  it('an admin sets it for any unit’s channel', async () => {
    const set = await service.set(await actor('admin'), NAV_CHANNEL, { weekday: 3, time: '13:15' });
    assert.ok(set.ok);
    assert.deepEqual(nav().worklistSchedule, { weekday: 3, time: '13:15' });
  });

  it('a saksbehandler or koordinator is refused, even in their own unit’s channel', async () => {
    for (const who of ['navSaks', 'navKoord']) {
      const set = await service.set(await actor(who), NAV_CHANNEL, MONDAY_0830);
      assert.deepEqual(set, { ok: false, code: 'ACCESS.DENIED' }, who);
    }
    assert.equal(nav().worklistSchedule ?? null, null);
    assert.deepEqual(
      scheduleAudits().map((e) => [e.outcome, e.detail?.code]),
      [
        ['denied', 'ACCESS.DENIED'],
        ['denied', 'ACCESS.DENIED'],
      ],
    );
  });

  it('a leader of another unit is refused in this unit’s channel', async () => {
    const set = await service.set(await tilLeder(), NAV_CHANNEL, MONDAY_0830);
    assert.deepEqual(set, { ok: false, code: 'ACCESS.DENIED' });
    assert.equal(nav().worklistSchedule ?? null, null);
    assert.deepEqual(scheduleAudits()[0]?.detail, { code: 'ACCESS.DENIED', unitId: navId });
    // In their own unit's channel they may.
    assert.ok((await service.set(await tilLeder(), TIL_CHANNEL, MONDAY_0830)).ok);
  });

  it('a day or time that is not real is refused, and nothing changes', async () => {
    await service.set(await actor('navLeder'), NAV_CHANNEL, MONDAY_0830);
    for (const bad of [
      { weekday: 0, time: '08:30' },
      { weekday: 8, time: '08:30' },
      { weekday: 2, time: '25:00' },
      { weekday: 2, time: '08:75' },
      { weekday: null, time: '8:5' },
    ]) {
      const set = await service.set(await actor('navLeder'), NAV_CHANNEL, bad);
      assert.deepEqual(set, { ok: false, code: 'WORKLIST.INVALID_SCHEDULE' }, JSON.stringify(bad));
    }
    assert.deepEqual(nav().worklistSchedule, { weekday: 1, time: '08:30' });
  });

  it('a missing day or time is kept from the current setting, else refused', async () => {
    const leader = await actor('navLeder');
    for (const partial of [
      { weekday: null, time: '08:30' },
      { weekday: 1, time: null },
      { weekday: null, time: null },
    ])
      assert.deepEqual(
        await service.set(leader, NAV_CHANNEL, partial),
        { ok: false, code: 'WORKLIST.INVALID_SCHEDULE' },
        JSON.stringify(partial),
      );
    await service.set(leader, NAV_CHANNEL, MONDAY_0830);
    const later = await service.set(leader, NAV_CHANNEL, { weekday: null, time: '10:00' });
    assert.ok(later.ok);
    assert.deepEqual(later.value.schedule, { weekday: 1, time: '10:00' });
    const thursday = await service.set(leader, NAV_CHANNEL, { weekday: 4, time: null });
    assert.ok(thursday.ok);
    assert.deepEqual(thursday.value.schedule, { weekday: 4, time: '10:00' });
  });

  it('stop: the schedule is removed, and that is audited', async () => {
    await service.set(await actor('navLeder'), NAV_CHANNEL, MONDAY_0830);
    const stopped = await service.set(await actor('navLeder'), NAV_CHANNEL, null);
    assert.ok(stopped.ok);
    assert.equal(stopped.value.schedule, null);
    assert.equal(stopped.value.postsNow, false);
    assert.equal(nav().worklistSchedule, null);
    assert.deepEqual(scheduleAudits().at(-1)?.detail, { unitId: navId, stopped: true });
  });

  it('outside a channel, or in a channel no unit is linked to, it cannot be set', async () => {
    const personal: ChannelTarget = { id: 'a:1', type: 'personal', teamId: null };
    const group: ChannelTarget = { id: '19:g@thread.v2', type: 'groupChat', teamId: null };
    const unlinked: ChannelTarget = {
      id: '19:other@thread.tacv2',
      type: 'channel',
      teamId: '19:t',
    };
    const leader = await actor('navLeder');
    assert.deepEqual(await service.set(leader, personal, MONDAY_0830), {
      ok: false,
      code: 'CHANNEL.NOT_A_CHANNEL',
    });
    assert.deepEqual(await service.set(leader, group, MONDAY_0830), {
      ok: false,
      code: 'CHANNEL.NOT_A_CHANNEL',
    });
    assert.deepEqual(await service.set(leader, unlinked, MONDAY_0830), {
      ok: false,
      code: 'UNIT.NOT_FOUND',
    });
    assert.deepEqual(await service.show(personal), { ok: false, code: 'CHANNEL.NOT_A_CHANNEL' });
    assert.deepEqual(await service.show(unlinked), { ok: false, code: 'UNIT.NOT_FOUND' });
    assert.equal(nav().worklistSchedule ?? null, null);
  });

  it('anyone may see the setting in the channel', async () => {
    assert.deepEqual(await service.show(NAV_CHANNEL), {
      ok: true,
      value: { unit: nav(), schedule: null, postsNow: false },
    });
    await service.set(await actor('navLeder'), NAV_CHANNEL, { weekday: 2, time: '09:00' });
    const shown = await service.show(NAV_CHANNEL);
    assert.ok(shown.ok);
    assert.deepEqual(shown.value.schedule, { weekday: 2, time: '09:00' });
    assert.equal(shown.value.postsNow, false, 'Tuesday 09:00 has not come yet');
  });
});
