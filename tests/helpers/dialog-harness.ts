import { MemoryStorage, TestAdapter, type Activity } from 'botbuilder';
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
import { createLogger, type Logger } from '../../src/log.ts';
import { dialogServices } from '../fakes/dialog-services.ts';
import { FakeNotifier } from '../fakes/fake-notifier.ts';
import { FakeClock, type InMemoryHusly } from '../fakes/in-memory-repositories.ts';
import { smallMunicipality, TENANT } from '../fakes/org-fixture.ts';
import { present } from './assert-present.ts';

/** Options for the dialog services (fakes to record with), as `dialogServices` takes them. */
type ServiceOptions = Parameters<typeof dialogServices>[3];

/**
 * The whole bot (identity, routing, dialogs) on the given in-memory repositories, and
 * `adapter(template)`: botbuilder's TestAdapter on it for one conversation, its activities
 * coming from Teams (`template` says who sends them and in which conversation).
 */
export function testHuslyBot(
  husly: InMemoryHusly,
  clock: FakeClock,
  options: { notifier?: FakeNotifier; services?: ServiceOptions; logger?: Logger } = {},
) {
  const repos = husly.repositories();
  const state = new DialogStateStore(new MemoryStorage());
  const logger = options.logger ?? createLogger('silent');
  const services = dialogServices(husly, clock, options.notifier, options.services);
  const bot = new HuslyBot({
    identify: new IdentifyActorService(repos.org, repos.audit, new AccessGate(clock), {
      allowedTenants: [],
    }),
    conversations: new RecordConversationService(husly, clock),
    main: new MainDialog(state.createProperty('dialogState'), services),
    state,
    logger,
  });
  const adapter = (template: Pick<Activity, 'from' | 'conversation'>) => {
    const test = new TestAdapter((context) => bot.run(context), {
      channelId: 'msteams',
      serviceUrl: 'https://smba.example/emea/',
      recipient: { id: '28:bot', name: 'Husly' },
      ...template,
    });
    test.onTurnError = turnErrorHandler(logger, state);
    return test;
  };
  return { adapter };
}

/** A card's Action.Submit, as Teams sends it. */
const submit = (value: unknown): Partial<Activity> => ({
  type: 'message',
  value,
  channelData: { tenant: { id: TENANT } },
});

/**
 * The whole bot on the small municipality in memory (Monday 23 November 2026), with `chat(who)`:
 * a TestAdapter for that staff member's personal chat, and `submit(value)`: a card's submit.
 * `notifier` (a FakeNotifier unless given) and `services` go to the dialog services.
 */
export async function dialogHarness(
  options: { notifier?: FakeNotifier; services?: ServiceOptions } = {},
) {
  const { husly, people } = await smallMunicipality();
  const clock = new FakeClock(new Date('2026-11-23T10:00:00Z'));
  const notifier = options.notifier ?? new FakeNotifier();
  const { adapter } = testHuslyBot(husly, clock, { notifier, services: options.services });
  const chat = (who: string) => {
    const staff = present(
      husly.state.staff.find((s) => s.id === people[who]),
      `staff member ${who}`,
    );
    return adapter({
      from: { id: `29:${who}`, name: staff.name, aadObjectId: staff.aadObjectId },
      conversation: {
        id: `a:${who}`,
        conversationType: 'personal',
        tenantId: TENANT,
        isGroup: false,
        name: '',
      },
    });
  };
  /** A TestAdapter for that staff member in a team channel (`channelId`, not a thread). */
  const inChannel = (who: string, channelId: string) => {
    const staff = present(
      husly.state.staff.find((s) => s.id === people[who]),
      `staff member ${who}`,
    );
    return adapter({
      from: { id: `29:${who}`, name: staff.name, aadObjectId: staff.aadObjectId },
      conversation: {
        id: `${channelId};messageid=1`,
        conversationType: 'channel',
        tenantId: TENANT,
        isGroup: true,
        name: '',
      },
    });
  };
  /** A message that @mentions Husly, as Teams sends it in a channel. */
  const mention = (text: string, channelId: string): Partial<Activity> => ({
    type: 'message',
    text: `<at>Husly</at> ${text}`,
    entities: [
      { type: 'mention', mentioned: { id: '28:bot', name: 'Husly' }, text: '<at>Husly</at>' },
    ],
    channelData: { tenant: { id: TENANT }, channel: { id: channelId }, team: { id: '19:team' } },
  });
  /** A message typed in personal chat. */
  const say = (text: string): Partial<Activity> => ({
    type: 'message',
    text,
    channelData: { tenant: { id: TENANT } },
  });
  /** A card's Action.Execute press ("Ta saken", Utført…), as Teams sends it. */
  const execute = (verb: string, data: unknown): Partial<Activity> => ({
    type: 'invoke',
    name: 'adaptiveCard/action',
    value: { action: { type: 'Action.Execute', verb, data } },
    channelData: { tenant: { id: TENANT } },
  });
  return { husly, people, clock, notifier, chat, inChannel, submit, mention, say, execute };
}
