import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { noticeCard } from '../../../../dialogs/cards/notice.cards.ts';
import { nb } from '../../../../dialogs/texts/nb.ts';
import { AccessGate } from '../../../../src/domain/access/access-gate.ts';
import {
  validateConcernDraft,
  type ValidConcern,
} from '../../../../src/domain/concern/concern-form.ts';
import { RegisterConcernService } from '../../../../src/domain/concern/register-concern.service.ts';
import type { Notice } from '../../../../src/domain/notify/notifier.ts';
import { FakeClock, type InMemoryHusly } from '../../../fakes/in-memory-repositories.ts';
import { FakeNotifier } from '../../../fakes/fake-notifier.ts';
import { smallMunicipality } from '../../../fakes/org-fixture.ts';
import { draft, KARI, UNIT_KEYS } from '../../../fakes/concern-draft.ts';
import { present } from '../../../helpers/assert-present.ts';

const TODAY = '2026-11-23';

/**
 * "Uten tak over hodet i natt", reported by Psykisk helse og rus. The form's own rules are
 * tested with the form; here the report is made acute directly, as the form hands it over.
 */
function acuteConcern(): ValidConcern {
  const checked = validateConcernDraft(
    draft({ description: 'Kastet ut av samboer i går, sover i trappeoppgangen.' }),
    TODAY,
    { allowSyntheticIds: true, unitKeys: UNIT_KEYS },
  );
  assert.ok(checked.ok, JSON.stringify(!checked.ok && checked.errors));
  return {
    ...checked.value,
    report: {
      ...checked.value.report,
      category: 'uten-egen-bolig',
      subcategory: 'uten-tak-over-hodet',
      rentArrears: null,
      acute: true,
    },
  };
}

/** What may never reach a channel: the person, the number, what the reporter wrote. */
const RESIDENT_DATA = ['Kari', 'Nordmann', KARI, KARI.slice(0, 6), 'samboer', 'trappeoppgangen'];

describe('an acute concern ("uten tak over hodet i natt") is told at once', () => {
  let husly: InMemoryHusly;
  let people: Record<string, string>;
  let actor: Awaited<ReturnType<typeof smallMunicipality>>['actor'];
  let notifier: FakeNotifier;
  let register: RegisterConcernService;
  let navId: string;

  beforeEach(async () => {
    ({ husly, people, actor } = await smallMunicipality());
    const clock = new FakeClock(new Date('2026-11-23T21:30:00Z'));
    notifier = new FakeNotifier();
    register = new RegisterConcernService(husly, new AccessGate(clock), notifier, clock, {
      idSecret: 's'.repeat(40),
      timeZone: 'Europe/Oslo',
    });
    navId = present(
      husly.state.units.find((u) => u.key === 'nav-bolig'),
      'NAV',
    ).id;
  });

  const sentTo = (to: 'unit' | 'staff', id: string | undefined): Notice[] =>
    notifier.sent.filter((s) => s.to === to && s.id === id).map((s) => s.notice);

  it('to NAV (§ 27): the channel gets the acute card and every leader is told', async () => {
    const done = await register.register(await actor('ropSaks'), acuteConcern(), 'acute-1');
    assert.equal(done.owningUnit.key, 'nav-bolig', 'shelter tonight is NAV’s duty');
    assert.equal(done.kase.timeline.acuteDate, TODAY);
    const [channel, ...more] = sentTo('unit', navId);
    assert.deepEqual(more, [], 'one card in the channel, not a plain one besides');
    assert.deepEqual(channel, {
      kind: 'case.acute',
      caseId: done.kase.id,
      reference: '2026-0001',
      owningUnitName: 'NAV boligsosialt team',
      coordinatorName: null,
    });
    assert.deepEqual(sentTo('staff', people.navLeder), [channel], 'the leader: the same, no more');
    assert.deepEqual(
      [...sentTo('staff', people.navSaks), ...sentTo('staff', people.navKoord)],
      [],
      'with the channel reached, only the leaders are told personally',
    );
    assert.deepEqual(done.acuteAlert, {
      channelReached: true,
      channelRetrying: false,
      people: [{ name: 'navLeder', delivered: true, retrying: false }],
    });
    assert.equal(done.ownerChannelReached, true);
  });

  it('shows the channel no name and no details: reference, owner, § 27, "Ta saken"', async () => {
    await register.register(await actor('ropSaks'), acuteConcern(), 'acute-2');
    const channel = present(sentTo('unit', navId)[0], 'the channel notice');
    const card = JSON.stringify(noticeCard(nb, channel));
    for (const payload of [JSON.stringify(channel), card])
      for (const secret of RESIDENT_DATA) assert.ok(!payload.includes(secret), secret);
    assert.match(card, /Akutt: sak 2026-0001/);
    assert.match(card, /Uten tak over hodet i natt – sosialtjenesteloven § 27/);
    assert.match(card, /NAV boligsosialt team/);
    assert.match(card, /"verb":"case.take"/);
  });

  it('without a channel, leaders and coordinators are told; the result says so', async () => {
    notifier = new FakeNotifier(new Set([navId]));
    const clock = new FakeClock(new Date('2026-11-23T21:30:00Z'));
    register = new RegisterConcernService(husly, new AccessGate(clock), notifier, clock, {
      idSecret: 's'.repeat(40),
      timeZone: 'Europe/Oslo',
    });
    const done = await register.register(await actor('ropSaks'), acuteConcern(), 'acute-3');
    assert.deepEqual(done.acuteAlert, {
      channelReached: false,
      channelRetrying: false,
      people: [
        { name: 'navKoord', delivered: true, retrying: false },
        { name: 'navLeder', delivered: true, retrying: false },
      ],
    });
    assert.equal(done.ownerChannelReached, true, 'reached through people');
    assert.equal(present(sentTo('staff', people.navLeder)[0], 'leader').kind, 'case.acute');
  });

  it('a leader who reports it is not told again; an ordinary concern tells no leader', async () => {
    const done = await register.register(await actor('navLeder'), acuteConcern(), 'acute-4');
    assert.deepEqual(done.acuteAlert, {
      channelReached: true,
      channelRetrying: false,
      people: [],
    });
    notifier.sent.length = 0;
    const plain = await register.register(
      await actor('ropSaks'),
      (() => {
        const checked = validateConcernDraft(
          draft({ nationalId: '21907814367', name: 'Jonas Fjell' }),
          TODAY,
          { allowSyntheticIds: true, unitKeys: UNIT_KEYS },
        );
        assert.ok(checked.ok);
        return checked.value;
      })(),
      'plain-1',
    );
    assert.equal(plain.acuteAlert, null);
    assert.deepEqual(
      notifier.sent.map((s) => [s.to, s.notice.kind]),
      [['unit', 'case.forUnit']],
    );
  });

  it('the acute card in the linked channel is the case’s card, redrawn later', async () => {
    await husly.run(({ org }) =>
      org.linkUnitChannel(navId, {
        conversationId: '19:nav@thread.tacv2',
        teamId: null,
        linkedAt: new Date(),
      }),
    );
    notifier.unitConversations.set(navId, '19:nav@thread.tacv2');
    const done = await register.register(await actor('ropSaks'), acuteConcern(), 'acute-5');
    assert.deepEqual(
      husly.state.cards.map((c) => [c.caseId, c.conversationId]),
      [[done.kase.id, '19:nav@thread.tacv2']],
    );
  });
});
