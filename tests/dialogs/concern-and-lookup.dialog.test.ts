import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Activity } from 'botbuilder';
import { dialogHarness } from '../helpers/dialog-harness.ts';
import { draft } from '../fakes/concern-draft.ts';
import { nb } from '../../dialogs/texts/nb.ts';
import { TENANT } from '../fakes/org-fixture.ts';

const cardOf = (a: Partial<Activity>) => JSON.stringify(a.attachments?.[0]?.content ?? {});

/** Personal chat with the whole bot on in-memory repositories (botbuilder's TestAdapter). */
async function personalChat(who: string) {
  const { husly, notifier, chat, submit } = await dialogHarness();
  const adapter = chat(who);
  const say = (text: string): Partial<Activity> => ({
    type: 'message',
    text,
    channelData: { tenant: { id: TENANT } },
  });
  return { adapter, husly, notifier, submit, say };
}

describe('concern and lookup dialogs (TestAdapter)', () => {
  it(
    '"ny bekymring" → form; a wrong form → the same form with messages; ' +
      'a right one → receipt; the owner channel is told',
    async () => {
      const { adapter, husly, notifier, submit, say } = await personalChat('ropSaks');
      let submissionId = '';
      await adapter
        .send(say('Meld bekymring'))
        .assertReply((a) => {
          assert.match(cardOf(a), /Meld bekymring/);
          submissionId = /"submissionId":"([^"]+)"/.exec(cardOf(a))?.[1] ?? '';
        })
        .startTest();
      await adapter
        .send(submit({ action: 'concern.submit', submissionId, ...draft({ arrearsMonths: '0' }) }))
        .assertReply((a) => assert.match(cardOf(a), /Skriv antall måneder \(1–60\)\./))
        .assertReply('Noe må rettes. Se merknadene i skjemaet.')
        .send(submit({ action: 'concern.submit', submissionId, ...draft() }))
        .assertReply((a) => {
          // Arrears alone is nivå 1: the reporter's own unit owns it, and the receipt says why.
          assert.match(
            a.text ?? '',
            /^Bekymringen er registrert i sak 2026-0001\. Saken eies av Psykisk helse og rus/,
          );
          assert.ok((a.text ?? '').includes(nb.concern.ownedByOwnUnit));
          assert.match(a.text ?? '', /Saken eies av din enhet \(nivå 1/);
        })
        .startTest();
      assert.equal(husly.state.concerns.length, 1);
      assert.deepEqual(
        notifier.sent.map((s) => s.notice.kind),
        ['case.forUnit'],
      );
    },
  );

  it('"hvem eier <name>" asks why; the card carries an opaque id, never the name', async () => {
    const { adapter, submit, say } = await personalChat('ropSaks');
    await adapter
      .send(say('ny bekymring'))
      .assertReply(() => {})
      .send(
        submit({
          action: 'concern.submit',
          submissionId: '33333333-3333-4333-8333-333333333333',
          // With a § 4-18 notice it is more than advice in the own unit: routed to NAV.
          ...draft({
            noticeReceived: 'true',
            noticeDate: '2026-11-20',
            noticeReceivedDate: '2026-11-21',
          }),
        }),
      )
      .assertReply(() => {})
      .startTest();
    let lookupId = '';
    await adapter
      .send(say('hvem er ansvarlig for Kari'))
      .assertReply(
        'Skriv fullt navn (fornavn og etternavn), eller navn og fødselsdato, for eksempel ' +
          '«hvem eier Kari Nordmann» eller «hvem eier Nordmann 12.07.1987».',
      )
      .send(say('hvem er ansvarlig for Kari Nordmann'))
      .assertReply((a) => {
        const card = cardOf(a);
        assert.match(card, /Hvorfor slår du opp personen\?/);
        assert.doesNotMatch(card, /kari|nordmann/i, 'the name stays on the server');
        lookupId = /"lookupId":"([^"]+)"/.exec(card)![1]!;
      })
      .startTest();
    await adapter
      .send(submit({ action: 'lookup.purpose', lookupId, purpose: 'annet' }))
      .assertReply((a) => assert.match(cardOf(a) + (a.text ?? ''), /Skriv kort hvorfor/))
      .send(
        submit({
          action: 'lookup.purpose',
          lookupId: 'forged-or-someone-elses',
          purpose: 'samarbeid-tiltak',
        }),
      )
      .assertReply(
        'Oppslaget er for gammelt eller ikke ditt. ' +
          'Skriv «hvem eier» og det du leter etter på nytt.',
      )
      .send(submit({ action: 'lookup.purpose', lookupId, purpose: 'samarbeid-tiltak' }))
      .assertReply((a) => {
        const card = cardOf(a);
        assert.match(card, /Sak 2026-0001.*NAV boligsosialt team/s);
        assert.doesNotMatch(card, /128793|Nivå/, 'the reporter sees owner facts, not the case');
        assert.match(
          card,
          /Bekymringer enheten din har meldt.*svarer ikke/s,
          'and the concern it reported itself',
        );
      })
      .send(submit({ action: 'lookup.purpose', lookupId, purpose: 'samarbeid-tiltak' }))
      .assertReply(
        'Oppslaget er for gammelt eller ikke ditt. ' +
          'Skriv «hvem eier» og det du leter etter på nytt.',
      )
      .send(say('hvem eier 2026-0099'))
      .assertReply('Ingen sak funnet.')
      .startTest();
  });
});
