import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { MemoryStorage, TestAdapter, type Activity, type TurnContext } from 'botbuilder';
import { turnErrorHandler } from '../../src/bot/adapter.ts';
import { DialogStateStore } from '../../src/bot/dialog-state.ts';
import { createLogger } from '../../src/log.ts';
import { testHuslyBot } from '../helpers/dialog-harness.ts';
import { FakeClock, InMemoryHusly } from '../fakes/in-memory-repositories.ts';

const TENANT = '5f0c8a2e-7d41-4b9a-9c3e-1a2b3c4d5e6f';
const ADMIN = {
  id: '29:admin',
  name: 'Ada Admin',
  aadObjectId: 'aaaaaaaa-0000-4000-8000-000000000001',
};
const CHANNEL = '19:c@thread.tacv2';

/**
 * The whole bot (identity, routing, dialogs) on in-memory repositories and botbuilder's
 * TestAdapter.
 */
async function testBot(logLines: string[] = []) {
  const husly = new InMemoryHusly();
  await husly.run(async ({ org }) => {
    await org.upsertUnit({ key: 'nav-bolig', name: 'NAV boligsosialt team', kind: 'nav' });
    await org.upsertUnit({ key: 'rop', name: 'Psykisk helse og rus', kind: 'rus-psykisk-helse' });
    await org.upsertStaff({
      aadObjectId: ADMIN.aadObjectId,
      name: ADMIN.name,
      email: 'ada@k.no',
      unitKey: 'nav-bolig',
      role: 'admin',
    });
  });
  const clock = new FakeClock();
  const logger = createLogger('debug', { write: (l: string) => void logLines.push(l) });
  const bot = testHuslyBot(husly, clock, { logger });
  // A channel conversation as Teams sends it; each test message is a new post mentioning Husly.
  const adapter = bot.adapter({
    from: { id: ADMIN.id, name: ADMIN.name, aadObjectId: ADMIN.aadObjectId },
    conversation: {
      id: `${CHANNEL};messageid=1`,
      conversationType: 'channel',
      tenantId: TENANT,
      isGroup: true,
      name: '',
    },
  });
  return { adapter, husly };
}

/** TestAdapter has no regex form of assertReply; a plain RegExp there would check nothing. */
const textMatching = (pattern: RegExp) => (activity: Partial<Activity>) =>
  assert.match(activity.text ?? '', pattern);

const inChannel = (text: string): Partial<Activity> => ({
  type: 'message',
  text: `<at>Husly</at> ${text}`,
  entities: [
    { type: 'mention', mentioned: { id: '28:bot', name: 'Husly' }, text: '<at>Husly</at>' },
  ],
  channelData: {
    tenant: { id: TENANT },
    channel: { id: CHANNEL },
    team: { id: '19:t@thread.tacv2' },
  },
});

describe('HuslyBot dialogs (TestAdapter)', () => {
  let adapter: TestAdapter;
  let husly: InMemoryHusly;
  beforeEach(async () => ({ adapter, husly } = await testBot()));

  it('asks which unit, re-asks on an unknown key, then links the channel', async () => {
    await adapter
      .send(inChannel('koble kanal'))
      .assertReply((a) => assert.match(a.text ?? '', /Hvilken enhet.*nav-bolig, rop/s))
      .send(inChannel('helse'))
      .assertReply((a) =>
        assert.match(
          a.text ?? '',
          /Fant ingen enhet med den nøkkelen\. Velg en av: nav-bolig, rop/,
        ),
      )
      .send(inChannel('ROP'))
      .assertReply(
        'Kanalen er nå koblet til Psykisk helse og rus. Varsler til enheten kommer hit. ' +
          'Enheten har ingen åpne saker uten saksansvarlig.',
      )
      .startTest();
    assert.equal(husly.state.units.find((u) => u.key === 'rop')?.channelConversationId, CHANNEL);
  });

  it('"hjelp" mid-dialog shows help and keeps the question open; "avbryt" ends it', async () => {
    await adapter
      .send(inChannel('koble kanal'))
      .assertReply((a) => assert.match(a.text ?? '', /Hvilken enhet/))
      .send(inChannel('hjelp'))
      .assertReply((a) =>
        assert.equal(a.attachments?.[0]?.contentType, 'application/vnd.microsoft.card.adaptive'),
      )
      .send(inChannel('rop'))
      .assertReply(textMatching(/koblet til Psykisk helse og rus/))
      .send(inChannel('koble kanal'))
      .assertReply(textMatching(/Hvilken enhet/))
      .send(inChannel('avbryt'))
      .assertReply('Avbrutt.')
      .send(inChannel('nav-bolig'))
      // No question is open any more: a bare unit key is no task, so Husly offers choices.
      .assertReply((a) => assert.match(JSON.stringify(a.attachments), /Mente du|forstod jeg ikke/))
      .send(inChannel('avbryt'))
      .assertReply('Det er ingenting å avbryte.')
      .startTest();
    assert.equal(husly.state.units.find((u) => u.key === 'nav-bolig')?.channelConversationId, null);
  });

  it('a new command replaces an unfinished one', async () => {
    await adapter
      .send(inChannel('koble kanal'))
      .assertReply(textMatching(/Hvilken enhet/))
      .send(inChannel('koble kanal nav-bolig'))
      .assertReply(textMatching(/koblet til NAV boligsosialt team/))
      .startTest();
  });
});

describe('onTurnError', () => {
  it(
    'tells the user in Norwegian with an error id, logs the id and code but not the message, ' +
      'and clears the dialog',
    async () => {
      const logs: string[] = [];
      const storage = new MemoryStorage();
      const state = new DialogStateStore(storage);
      const failing = new TestAdapter(async (context: TurnContext) => {
        // A dialog was in progress when the turn failed.
        await state.createProperty('dialogState').set(context, { question: 'linkChannel.unit' });
        await state.saveChanges(context);
        throw Object.assign(new Error('cannot save Kari Nordmann 12879343745'), {
          code: 'DB_DOWN',
        });
      });
      failing.onTurnError = turnErrorHandler(
        createLogger('debug', { write: (l: string) => void logs.push(l) }),
        state,
      );
      let errorId = '';
      await failing
        .send('hjelp')
        .assertReply((a) => {
          const match = /feilkode ([0-9A-F]{8})/.exec(a.text ?? '');
          assert.ok(match, a.text);
          errorId = match[1] ?? '';
          assert.match(a.text ?? '', /^Beklager, noe gikk galt/);
        })
        .startTest();
      const line = logs.find((l) => l.includes('"turn.error"'));
      assert.ok(line);
      assert.match(line, new RegExp(`"errorId":"${errorId}"`));
      assert.match(line, /"code":"DB_DOWN"/);
      assert.doesNotMatch(logs.join(''), /Kari|12879343745/);
      assert.deepEqual(
        await storage.read(['test/conversations/Convo1/users/user1/dialogs']),
        {},
        'the next message starts afresh',
      );
    },
  );
});
