import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { AccessGate } from '../../../../src/domain/access/access-gate.ts';
import type { Actor } from '../../../../src/domain/actor/actor.ts';
import { LinkChannelService } from '../../../../src/domain/channel/link-channel.service.ts';
import { MAX_UNTAKEN_POSTED } from '../../../../src/domain/channel/unit-channel-cards.ts';
import { validateConcernDraft } from '../../../../src/domain/concern/concern-form.ts';
import { RegisterConcernService } from '../../../../src/domain/concern/register-concern.service.ts';
// prettier-ignore
import {
  CaseOwnershipService,
} from '../../../../src/domain/ownership/commands/case-ownership.service.ts';
import type { Notice } from '../../../../src/domain/notify/notifier.ts';
import { FakeClock, type InMemoryHusly } from '../../../fakes/in-memory-repositories.ts';
import { FakeNotifier } from '../../../fakes/fake-notifier.ts';
import { smallMunicipality } from '../../../fakes/org-fixture.ts';
import { draft, UNIT_KEYS } from '../../../fakes/concern-draft.ts';
import { present } from '../../../helpers/assert-present.ts';

const TODAY = '2026-11-23';
const NAV_CHANNEL = { id: '19:nav@thread.tacv2', type: 'channel' as const, teamId: '19:team' };
/** Synthetic (month + 80), from tests/fixtures/fodselsnummer.json. */
const PEOPLE = ['12879343745', '21907814367', '24835626977', '10910174148'];

describe('linking a unit’s channel posts its cases nobody has taken', () => {
  let husly: InMemoryHusly;
  let actor: (key: string) => Promise<Actor>;
  let notifier: FakeNotifier;
  let register: RegisterConcernService;
  let ownership: CaseOwnershipService;
  let link: LinkChannelService;
  let navId: string;

  beforeEach(async () => {
    ({ husly, actor } = await smallMunicipality());
    const clock = new FakeClock(new Date('2026-11-23T10:00:00Z'));
    const gate = new AccessGate(clock);
    notifier = new FakeNotifier();
    register = new RegisterConcernService(husly, gate, notifier, clock, {
      idSecret: 's'.repeat(40),
      timeZone: 'Europe/Oslo',
    });
    ownership = new CaseOwnershipService(husly, gate, notifier, clock);
    link = new LinkChannelService(husly, gate, notifier, 'Europe/Oslo');
    navId = present(
      husly.state.units.find((u) => u.key === 'nav-bolig'),
      'NAV',
    ).id;
    // As the Teams notifier would: NAV's notices land in the channel it is linked to.
    notifier.unitConversations.set(navId, NAV_CHANNEL.id);
  });

  /** A rent-arrears concern about person `i` (routed to NAV), or with `overrides`. */
  const report = async (i: number, overrides: Record<string, string> = {}) => {
    const checked = validateConcernDraft(
      draft({ nationalId: PEOPLE[i], name: `Person ${i}`, ...overrides }),
      TODAY,
      { allowSyntheticIds: true, unitKeys: UNIT_KEYS },
    );
    assert.ok(checked.ok, JSON.stringify(!checked.ok && checked.errors));
    // The landlord reports (it owns no cases itself), so routing gives NAV the case.
    return (await register.register(await actor('boligSaks'), checked.value, `sub-${i}`)).kase;
  };
  const channelNotices = (): Notice[] =>
    notifier.sent.filter((s) => s.to === 'unit' && s.id === navId).map((s) => s.notice);

  it('posts one "Ta saken" card per untaken case, records it, and says how many', async () => {
    const first = await report(0);
    const second = await report(1);
    const taken = await report(2);
    assert.ok((await ownership.take(await actor('navKoord'), taken.id)).ok);
    notifier.sent.length = 0;

    const linked = await link.link(await actor('admin'), 'nav-bolig', NAV_CHANNEL);
    assert.ok(linked.ok);
    assert.deepEqual(linked.value.cards, { posted: 2, alreadyThere: 0, notPosted: 0 });
    assert.deepEqual(
      channelNotices().map((n) => [n.kind, 'reference' in n && n.reference]),
      [
        ['case.forUnit', first.reference],
        ['case.forUnit', second.reference],
      ],
      'the taken case is not posted',
    );
    for (const notice of channelNotices())
      assert.ok('coordinatorName' in notice && notice.coordinatorName === null, 'Ta saken');
    assert.deepEqual(
      husly.state.cards.map((c) => [c.caseId, c.conversationId]),
      [
        [first.id, NAV_CHANNEL.id],
        [second.id, NAV_CHANNEL.id],
      ],
      'recorded as the cases’ cards, so "Ta saken" redraws them',
    );
    assert.deepEqual(
      husly.state.audit.filter((a) => a.action === 'channel.link').map((a) => a.outcome),
      ['ok'],
    );
  });

  it('linking again posts nothing twice; a case without a card yet is posted', async () => {
    await report(0);
    assert.ok((await link.link(await actor('admin'), 'nav-bolig', NAV_CHANNEL)).ok);
    // Opened after the link: its own card went to the channel when it was registered.
    await report(1);
    notifier.sent.length = 0;
    const again = await link.link(await actor('admin'), 'nav-bolig', NAV_CHANNEL);
    assert.ok(again.ok);
    assert.deepEqual(again.value.cards, { posted: 0, alreadyThere: 2, notPosted: 0 });
    assert.deepEqual(channelNotices(), []);
  });

  it('the acute case is posted as the acute card, most urgent first', async () => {
    await report(0);
    const acute = await report(1, {
      rentArrears: 'false',
      acute: 'true',
      category: 'uten-egen-bolig/uten-tak-over-hodet',
    });
    assert.equal(acute.timeline.acuteDate, TODAY);
    notifier.sent.length = 0;
    assert.ok((await link.link(await actor('admin'), 'nav-bolig', NAV_CHANNEL)).ok);
    assert.deepEqual(
      channelNotices().map((n) => n.kind),
      ['case.acute', 'case.forUnit'],
    );
  });

  it('a refused link posts nothing', async () => {
    await report(0);
    notifier.sent.length = 0;
    assert.deepEqual(await link.link(await actor('navLeder'), 'nav-bolig', NAV_CHANNEL), {
      ok: false,
      code: 'ACCESS.DENIED',
    });
    assert.deepEqual(notifier.sent, []);
    assert.deepEqual(husly.state.cards, []);
  });

  it(`posts at most ${MAX_UNTAKEN_POSTED}, and counts the rest`, async () => {
    const template = await report(0);
    await husly.run(async ({ cases }) => {
      for (let i = 0; i < MAX_UNTAKEN_POSTED + 2; i++)
        await cases.create(`2026-${String(100 + i).padStart(4, '0')}`, {
          residentId: template.residentId,
          category: template.category,
          subcategory: template.subcategory,
          level: 1,
          owningUnitId: navId,
          openedAt: new Date('2026-11-01T10:00:00Z'),
          timeline: template.timeline,
        });
    });
    const linked = await link.link(await actor('admin'), 'nav-bolig', NAV_CHANNEL);
    assert.ok(linked.ok);
    // 23 untaken: the reported one and 22 more.
    assert.deepEqual(linked.value.cards, {
      posted: MAX_UNTAKEN_POSTED,
      alreadyThere: 0,
      notPosted: 3,
    });
  });

  it('Husly added to a channel a unit is already linked to posts that unit’s cases', async () => {
    assert.equal(await link.addedTo(NAV_CHANNEL), null, 'no unit is linked here yet');
    await report(0);
    await husly.run(({ org }) =>
      org.linkUnitChannel(navId, {
        conversationId: NAV_CHANNEL.id,
        teamId: null,
        linkedAt: new Date(),
      }),
    );
    notifier.sent.length = 0;
    const added = await link.addedTo(NAV_CHANNEL);
    assert.equal(added?.unit.key, 'nav-bolig');
    assert.deepEqual(added?.cards, { posted: 1, alreadyThere: 0, notPosted: 0 });
    assert.equal(channelNotices().length, 1);
    assert.equal(await link.addedTo({ ...NAV_CHANNEL, type: 'groupChat' }), null);
  });
});
