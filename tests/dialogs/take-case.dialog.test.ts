import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'node:test';
import type { Activity } from 'botbuilder';
import { channelCaseCard } from '../../dialogs/cards/notice.cards.ts';
import { nb } from '../../dialogs/texts/nb.ts';
import { CaseFactsQuery } from '../../src/domain/case/queries/case-facts.query.ts';
import { present } from '../helpers/assert-present.ts';
import { dialogHarness } from '../helpers/dialog-harness.ts';
import { draft } from '../fakes/concern-draft.ts';
import { FakeCaseCards } from '../fakes/fake-case-cards.ts';
import { FakePersonalChat } from '../fakes/fake-personal-chat.ts';

const NAV_CHANNEL = '19:nav@thread.tacv2';
const TODAY = '2026-11-23';
const cardOf = (a: Partial<Activity>) => JSON.stringify(a.attachments?.[0]?.content ?? {});
const textIs = (expected: string) => (a: Partial<Activity>) => assert.equal(a.text, expected);

/**
 * The whole bot on the small municipality, with a recording CaseCards and personal chat, and
 * case 2026-0001: rent arrears reported by the landlord (Boligstiftelsen, which owns no cases
 * itself), so routed to NAV, not yet taken.
 */
async function withUntakenCase() {
  const caseCards = new FakeCaseCards();
  const personalChat = new FakePersonalChat();
  const h = await dialogHarness({ services: { caseCards, personalChat } });
  await h
    .chat('boligSaks')
    .send(h.submit({ action: 'concern.submit', submissionId: randomUUID(), ...draft() }))
    .assertReply((a) => assert.match(a.text ?? '', /registrert i sak 2026-0001/))
    .startTest();
  const kase = present(h.husly.state.cases[0], 'case 2026-0001');
  const navId = present(
    h.husly.state.units.find((u) => u.key === 'nav-bolig'),
    'NAV',
  ).id;
  /** The channel card about the case as a redraw shows it to everyone in NAV's channel now. */
  const channelCard = async () =>
    JSON.stringify(
      channelCaseCard(
        nb,
        present((await new CaseFactsQuery(h.husly).forCard(kase.id)) ?? undefined, 'the case'),
        NAV_CHANNEL,
        TODAY,
      ),
    );
  return { ...h, caseCards, personalChat, kase, navId, channelCard };
}

describe('"ta saken 2026-0001" and "Ta saken" on the owner answer (personal chat)', () => {
  it('refuses clearly: no reference, an unknown one, another unit, an admin', async () => {
    const { chat, say, husly } = await withUntakenCase();
    await chat('navSaks')
      .send(say('ta saken'))
      .assertReply(textIs(nb.notices.takeWhich))
      .send(say('ta sak 2026/99'))
      .assertReply(textIs('Fant ingen sak med nummer 2026-0099. Sjekk saksnummeret.'))
      .startTest();
    await chat('ropSaks')
      .send(say('Ta saken 2026-0001'))
      .assertReply(
        textIs(
          'Sak 2026-0001 eies av NAV boligsosialt team. Bare saksbehandlere, koordinatorer og ' +
            'ledere der kan ta den. Skriv «hvem eier 2026-0001» for å se hvem du kan kontakte.',
        ),
      )
      .startTest();
    await chat('admin')
      .send(say('ta saken 2026-0001'))
      .assertReply(textIs(nb.notices.takeRefusedAdmin))
      .startTest();
    assert.equal(husly.state.cases[0]?.coordinatorId, null, 'nobody took it');
  });

  it('takes it by command; says who has it to the next, and "already yours"', async () => {
    const { chat, say, husly, people, kase, navId, caseCards, channelCard } =
      await withUntakenCase();
    await husly.run(({ org }) =>
      org.linkUnitChannel(navId, {
        conversationId: NAV_CHANNEL,
        teamId: null,
        linkedAt: new Date(),
      }),
    );
    assert.match(await channelCard(), /"title":"Ta saken"/);
    await chat('navSaks')
      .send(say('ta sak 2026/1'))
      .assertReply(textIs('Du er nå saksansvarlig for sak 2026-0001.'))
      .assertReply((a) => {
        assert.match(cardOf(a), /Sak 2026-0001/);
        assert.doesNotMatch(cardOf(a), /case\.take/, 'no "Ta saken" on a taken case');
      })
      .send(say('ta saken 2026-0001'))
      .assertReply(textIs('Du er allerede saksansvarlig for sak 2026-0001.'))
      .startTest();
    assert.equal(husly.state.cases[0]?.coordinatorId, people.navSaks);
    assert.deepEqual(caseCards.caseIds(), [kase.id], 'the channel cards are redrawn once');
    const redrawn = await channelCard();
    assert.match(redrawn, /Tatt av navSaks/);
    assert.doesNotMatch(redrawn, /Ta saken/);
    await chat('navKoord')
      .send(say('jeg tar saken 2026-0001'))
      .assertReply(textIs('Sak 2026-0001 har allerede saksansvarlig: navSaks.'))
      .startTest();
  });

  it('an owner question in a sentence answers for the case, not as a person search', async () => {
    const { chat, say } = await withUntakenCase();
    for (const text of ['hvem har ansvaret for 2026-0001', 'Hvem følger opp sak 2026/1?'])
      await chat('navLeder')
        .send(say(text))
        .assertReply((a) => {
          assert.match(cardOf(a), /Sak 2026-0001/, text);
          assert.doesNotMatch(cardOf(a), /Hvorfor slår du opp personen/, text);
        })
        .startTest();
  });

  it('the owner answer offers "Ta saken" to the owning unit only, and takes it', async () => {
    const { chat, say, submit, husly, people, kase, caseCards } = await withUntakenCase();
    await chat('ropSaks')
      .send(say('hvem eier 2026-0001'))
      .assertReply((a) => assert.doesNotMatch(cardOf(a), /case\.take/))
      .startTest();
    await chat('navLeder')
      .send(say('hvem eier 2026-0001'))
      .assertReply((a) =>
        assert.match(
          cardOf(a),
          new RegExp(
            `"title":"Ta saken","data":\\{"action":"case.take.answer","caseId":"${kase.id}"`,
          ),
        ),
      )
      .send(submit({ action: 'case.take.answer', caseId: kase.id }))
      .assertReply(textIs('Du er nå saksansvarlig for sak 2026-0001.'))
      .assertReply((a) => {
        assert.match(cardOf(a), /Sak 2026-0001/);
        assert.doesNotMatch(cardOf(a), /case\.take/);
      })
      .startTest();
    assert.equal(husly.state.cases[0]?.coordinatorId, people.navLeder);
    assert.deepEqual(caseCards.caseIds(), [kase.id]);
    // An old answer card pressed again by a colleague: who has it, nothing changes.
    await chat('navSaks')
      .send(submit({ action: 'case.take.answer', caseId: kase.id }))
      .assertReply(textIs('Sak 2026-0001 har allerede saksansvarlig: navLeder.'))
      .startTest();
  });
});

describe('in the unit’s channel: linking posts the untaken case; "@Husly ta saken"', () => {
  it('the admin links the channel, the card is posted; a colleague takes it there', async () => {
    const {
      inChannel,
      mention,
      notifier,
      husly,
      navId,
      kase,
      caseCards,
      personalChat,
      channelCard,
    } = await withUntakenCase();
    // As the Teams notifier would: NAV's notices land in the channel it is linked to.
    notifier.unitConversations.set(navId, NAV_CHANNEL);
    notifier.sent.length = 0;
    await inChannel('admin', NAV_CHANNEL)
      .send(mention('koble kanal nav-bolig', NAV_CHANNEL))
      .assertReply(
        textIs(
          'Kanalen er nå koblet til NAV boligsosialt team. Varsler til enheten kommer hit. ' +
            'Én sak uten saksansvarlig er lagt ut her. Trykk «Ta saken» på den du tar, eller ' +
            'skriv «@Husly ta saken [saksnummer]».',
        ),
      )
      .startTest();
    assert.deepEqual(
      notifier.sent.map((s) => [s.to, s.id, s.notice.kind]),
      [['unit', navId, 'case.forUnit']],
    );
    assert.deepEqual(
      husly.state.cards.map((c) => [c.caseId, c.conversationId]),
      [[kase.id, NAV_CHANNEL]],
    );
    assert.match(await channelCard(), /"title":"Ta saken"/);

    await inChannel('ropSaks', NAV_CHANNEL)
      .send(mention('ta saken 2026-0001', NAV_CHANNEL))
      .assertReply((a) => assert.match(a.text ?? '', /^Sak 2026-0001 eies av NAV boligsosialt/))
      .startTest();
    await inChannel('navKoord', NAV_CHANNEL)
      .send(mention('ta saken 2026-0001', NAV_CHANNEL))
      .assertReply(textIs('navKoord er nå saksansvarlig for sak 2026-0001.'))
      .startTest();
    assert.deepEqual(caseCards.caseIds(), [kase.id], 'the posted card is redrawn');
    assert.match(await channelCard(), /Tatt av navKoord/);
    assert.deepEqual(personalChat.sent, [], 'answered in the channel: owner facts only');
  });
});

describe('an acute concern through the form', () => {
  it('tells the reporter who was told; a leader presses "Ta saken" in personal chat', async () => {
    const caseCards = new FakeCaseCards();
    const h = await dialogHarness({ services: { caseCards } });
    await h
      .chat('ropSaks')
      .send(
        h.submit({
          action: 'concern.submit',
          submissionId: randomUUID(),
          ...draft({
            category: 'uten-egen-bolig/uten-tak-over-hodet',
            acute: 'true',
            rentArrears: 'false',
          }),
        }),
      )
      .assertReply((a) => {
        assert.match(a.text ?? '', /registrert i sak 2026-0001\. Saken eies av NAV boligsosialt/);
        assert.match(
          a.text ?? '',
          new RegExp(
            'Uten tak over hodet i natt: kanalen til NAV boligsosialt team og navLeder ' +
              'er varslet nå\\.',
          ),
        );
      })
      .startTest();
    const kase = present(h.husly.state.cases[0], 'the acute case');
    const leader = present(
      h.notifier.sent.find((s) => s.to === 'staff' && s.id === h.people.navLeder),
      'the leader’s alert',
    );
    assert.equal(leader.notice.kind, 'case.acute');
    // The leader takes it from the alert in personal chat: the card says who has it now.
    await h
      .chat('navLeder')
      .send(h.execute('case.take', { caseId: kase.id }))
      .assertReply((a) => {
        const body = JSON.stringify(a.value);
        assert.match(body, /Akutt: sak 2026-0001/);
        assert.match(body, /Tatt av navLeder/);
        assert.doesNotMatch(body, /"verb":"case.take"/);
      })
      .startTest();
    assert.equal(h.husly.state.cases[0]?.coordinatorId, h.people.navLeder);
    assert.deepEqual(caseCards.caseIds(), [kase.id]);
  });
});
