import { AccessGate } from '../../src/domain/access/access-gate.ts';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MemoryStorage, type Activity } from 'botbuilder';
import { TestAdapter } from 'botbuilder';
import { MainDialog } from '../../dialogs/main.dialog.ts';
import { turnErrorHandler } from '../../src/bot/adapter.ts';
import { DialogStateStore } from '../../src/bot/dialog-state.ts';
import { HuslyBot } from '../../src/bot/husly-bot.ts';
import { IdentifyActorService } from '../../src/domain/actor/identify-actor.service.ts';
// prettier-ignore
import {
  RecordConversationService,
} from '../../src/domain/conversation/record-conversation.service.ts';
import { createLogger } from '../../src/log.ts';
import { draft } from '../fakes/concern-draft.ts';
import { dialogServices } from '../fakes/dialog-services.ts';
import { FakeNotifier } from '../fakes/fake-notifier.ts';
import { FakeClock } from '../fakes/in-memory-repositories.ts';
import { smallMunicipality, TENANT } from '../fakes/org-fixture.ts';

const cardOf = (a: Partial<Activity>) => JSON.stringify(a.attachments?.[0]?.content ?? {});

/** Personal chat with the whole bot on in-memory repositories (botbuilder's TestAdapter). */
async function personalChat(who: string) {
  const { husly, people } = await smallMunicipality();
  const clock = new FakeClock(new Date('2026-11-23T10:00:00Z'));
  const notifier = new FakeNotifier();
  const repos = husly.repositories();
  const staff = husly.state.staff.find((s) => s.id === people[who])!;
  const state = new DialogStateStore(new MemoryStorage());
  const logger = createLogger('silent');
  const bot = new HuslyBot({
    identify: new IdentifyActorService(repos.org, repos.audit, new AccessGate(clock), {
      allowedTenants: [],
    }),
    conversations: new RecordConversationService(husly, clock),
    main: new MainDialog(
      state.createProperty('dialogState'),
      dialogServices(husly, clock, notifier),
    ),
    state,
    logger,
  });
  const adapter = new TestAdapter((context) => bot.run(context), {
    channelId: 'msteams',
    serviceUrl: 'https://smba.example/emea/',
    from: { id: `29:${who}`, name: staff.name, aadObjectId: staff.aadObjectId },
    recipient: { id: '28:bot', name: 'Husly' },
    conversation: {
      id: `a:${who}`,
      conversationType: 'personal',
      tenantId: TENANT,
      isGroup: false,
      name: '',
    },
  });
  adapter.onTurnError = turnErrorHandler(logger, state);
  const submit = (value: Record<string, unknown>): Partial<Activity> => ({
    type: 'message',
    value,
    channelData: { tenant: { id: TENANT } },
  });
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
        .assertReply((a) =>
          assert.match(
            a.text ?? '',
            /^Bekymringen er registrert i sak 2026-0001\. Saken eies av NAV boligsosialt team/,
          ),
        )
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
          ...draft(),
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
