import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MemoryStorage, type Activity } from 'botbuilder';
import { TestAdapter } from 'botbuilder';
import { MainDialog } from '../../dialogs/main.dialog.ts';
import { turnErrorHandler } from '../../src/bot/adapter.ts';
import { DialogStateStore } from '../../src/bot/dialog-state.ts';
import { HuslyBot } from '../../src/bot/husly-bot.ts';
import { AccessGate } from '../../src/domain/access/access-gate.ts';
import { IdentifyActorService } from '../../src/domain/actor/identify-actor.service.ts';
// prettier-ignore
import {
  RecordConversationService,
} from '../../src/domain/conversation/record-conversation.service.ts';
import { createLogger } from '../../src/log.ts';
import { present } from '../helpers/assert-present.ts';
import { draft } from '../fakes/concern-draft.ts';
import { dialogServices } from '../fakes/dialog-services.ts';
import { FakeCaseCards } from '../fakes/fake-case-cards.ts';
import { FakeNotifier } from '../fakes/fake-notifier.ts';
import { FakeClock } from '../fakes/in-memory-repositories.ts';
import { smallMunicipality, TENANT } from '../fakes/org-fixture.ts';

/**
 * The whole bot on in-memory repositories, with each person in their own personal chat, and a
 * recording CaseCards: which cases' channel cards the dialogs asked to redraw.
 */
async function municipality() {
  const { husly, people } = await smallMunicipality();
  const clock = new FakeClock(new Date('2026-11-23T10:00:00Z'));
  const caseCards = new FakeCaseCards();
  const repos = husly.repositories();
  const state = new DialogStateStore(new MemoryStorage());
  const logger = createLogger('silent');
  const bot = new HuslyBot({
    identify: new IdentifyActorService(repos.org, repos.audit, new AccessGate(clock), {
      allowedTenants: [],
    }),
    conversations: new RecordConversationService(husly, clock),
    main: new MainDialog(
      state.createProperty('dialogState'),
      dialogServices(husly, clock, new FakeNotifier(), { caseCards }),
    ),
    state,
    logger,
  });
  const chat = (who: string) => {
    const staff = present(
      husly.state.staff.find((s) => s.id === people[who]),
      `staff member ${who}`,
    );
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
    return adapter;
  };
  const submit = (value: Record<string, unknown>): Partial<Activity> => ({
    type: 'message',
    value,
    channelData: { tenant: { id: TENANT } },
  });
  return { husly, people, caseCards, chat, submit };
}

describe('the channel cards about a case are redrawn after it changes (dialogs)', () => {
  it('after a hand-over and after closing, and not after a refused attempt', async () => {
    const { husly, people, caseCards, chat, submit } = await municipality();
    await chat('ropSaks')
      .send(
        submit({
          action: 'concern.submit',
          submissionId: '44444444-4444-4444-8444-444444444444',
          ...draft(),
        }),
      )
      .assertReply((a) => assert.match(a.text ?? '', /Saken eies av NAV boligsosialt team/))
      .startTest();
    const caseId = present(husly.state.cases[0], 'the case the concern opened').id;
    assert.deepEqual(caseCards.caseIds(), [], 'registering posts a new card, nothing to redraw');

    const handOver = (note: string) =>
      submit({
        action: 'handover.submit',
        caseId,
        unitKey: 'tildeling',
        coordinatorId: present(people.tilKoord, 'tilKoord'),
        note,
      });
    // A caseworker in another unit may not hand it over: nothing changed, nothing redrawn.
    await chat('ropSaks')
      .send(handOver('Feil enhet'))
      .assertReply('Du har ikke tilgang til å gjøre dette.')
      .startTest();
    assert.deepEqual(caseCards.caseIds(), []);

    await chat('navKoord')
      .send(handOver('Trenger midlertidig bolig'))
      .assertReply((a) => assert.match(a.text ?? '', /er overført til Tildelingsteam/))
      .assertReply(() => {})
      .startTest();
    assert.deepEqual(caseCards.refreshed, [{ caseId, exceptConversationId: null }]);

    const close = (reason: string) =>
      submit({ action: 'resolution.close', caseId, reason, note: '' });
    // "annet" without a note: the form comes back, the case stays open, no redraw.
    await chat('tilKoord')
      .send(close('annet'))
      .assertReply(() => {})
      .startTest();
    assert.equal(caseCards.refreshed.length, 1);

    await chat('tilKoord')
      .send(close('bolig-sikret'))
      .assertReply((a) => assert.match(a.text ?? '', /er avsluttet/))
      .startTest();
    assert.deepEqual(caseCards.caseIds(), [caseId, caseId], 'redrawn after closing too');
    assert.equal(husly.state.cases[0]?.status, 'closed');
  });
});
