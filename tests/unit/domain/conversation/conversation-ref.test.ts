import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { conversationSeenOf } from '../../../../src/bot/activity-mapping.ts';
import {
  applyConversationEvent,
  isInstalled,
  teamsLocale,
  type ConversationSeen,
} from '../../../../src/domain/conversation/conversation-ref.ts';
// prettier-ignore
import {
  RecordConversationService,
} from '../../../../src/domain/conversation/record-conversation.service.ts';
import { FakeClock, InMemoryHusly } from '../../../fakes/in-memory-repositories.ts';

const seen: ConversationSeen = {
  conversationId: 'a:1',
  conversationType: 'personal',
  tenantId: 't',
  serviceUrl: 'https://smba/emea/',
  botId: '28:b',
  aadObjectId: 'u',
  teamId: null,
  channelId: null,
  locale: 'nb-NO',
};
const t = (h: number) => new Date(Date.UTC(2026, 10, 23, h));

describe('conversation references', () => {
  it('records install, activity and uninstall, refreshing serviceUrl every time', () => {
    const installed = applyConversationEvent(null, seen, 'installed', t(1));
    assert.ok(isInstalled(installed));
    const moved = applyConversationEvent(
      installed,
      { ...seen, serviceUrl: 'https://smba/no/' },
      'seen',
      t(2),
    );
    assert.equal(moved.serviceUrl, 'https://smba/no/');
    assert.deepEqual(moved.installedAt, t(1));
    assert.deepEqual(moved.lastSeenAt, t(2));
    const removed = applyConversationEvent(moved, seen, 'removed', t(3));
    assert.equal(isInstalled(removed), false);
    const back = applyConversationEvent(removed, seen, 'installed', t(4));
    assert.ok(isInstalled(back), 'reinstalling after removal counts as installed again');
    assert.deepEqual(back.installedAt, t(4));
  });

  it('keeps team and channel ids an activity leaves out', () => {
    const first = applyConversationEvent(
      null,
      { ...seen, conversationType: 'channel', teamId: 'T', channelId: 'C', aadObjectId: null },
      'seen',
      t(1),
    );
    const next = applyConversationEvent(
      first,
      { ...seen, conversationType: 'channel', teamId: null, channelId: null, aadObjectId: null },
      'seen',
      t(2),
    );
    assert.equal(next.teamId, 'T');
    assert.equal(next.channelId, 'C');
  });

  it('keeps a short BCP-47-like locale and nothing else', () => {
    for (const ok of ['nb-NO', 'nn', 'en-US', 'zh_Hant_TW', 'x1-y2'])
      assert.equal(teamsLocale(ok), ok);
    for (const bogus of [
      undefined,
      null,
      42,
      '',
      'nn-NO; drop table',
      '<script>',
      'en--US',
      '-nb',
      'nb-',
      'a'.repeat(21),
      'nn-NO\n',
    ])
      assert.equal(teamsLocale(bogus), null, JSON.stringify(bogus));
    assert.equal(teamsLocale('abcdefghij-klmnopqrs'), 'abcdefghij-klmnopqrs', '20 is allowed');
  });

  it("records a personal chat's locale, keeps the last valid one, and none for channels", () => {
    const activity = (conversationType: string, locale: unknown) =>
      ({
        conversation: { id: '19:c;messageid=1', conversationType },
        serviceUrl: 'https://smba/emea/',
        recipient: { id: '28:b' },
        from: { id: '29:u', aadObjectId: 'U' },
        locale,
      }) as Parameters<typeof conversationSeenOf>[0];
    assert.equal(conversationSeenOf(activity('personal', 'nn-NO'), 't')?.locale, 'nn-NO');
    assert.equal(conversationSeenOf(activity('personal', 'x'.repeat(40)), 't')?.locale, null);
    assert.equal(conversationSeenOf(activity('channel', 'en-US'), 't')?.locale, null);
    assert.equal(conversationSeenOf(activity('groupChat', 'en-US'), 't')?.locale, null);

    const first = applyConversationEvent(null, { ...seen, locale: null }, 'seen', t(1));
    assert.equal(first.locale, null, 'a bogus first locale is stored as null');
    const nn = applyConversationEvent(first, { ...seen, locale: 'nn-NO' }, 'seen', t(2));
    assert.equal(nn.locale, 'nn-NO');
    assert.equal(
      applyConversationEvent(nn, { ...seen, locale: null }, 'seen', t(3)).locale,
      'nn-NO',
    );
    assert.equal(
      applyConversationEvent(nn, { ...seen, locale: 'en-US' }, 'seen', t(3)).locale,
      'en-US',
    );
  });

  it('reports "newly installed" once, however many install events Teams sends', async () => {
    const husly = new InMemoryHusly();
    const service = new RecordConversationService(husly, new FakeClock());
    assert.equal((await service.record(seen, 'seen')).newlyInstalled, false);
    assert.equal((await service.record(seen, 'installed')).newlyInstalled, true);
    assert.equal((await service.record(seen, 'installed')).newlyInstalled, false);
    await service.record(seen, 'removed');
    assert.equal((await service.record(seen, 'installed')).newlyInstalled, true);
    assert.equal(husly.state.conversations.length, 1);
  });

  it('writes nothing when nothing changed, and clears "unreachable" at once', async () => {
    const husly = new InMemoryHusly();
    const clock = new FakeClock();
    const service = new RecordConversationService(husly, clock);
    await service.record(seen, 'installed');
    const stored = () => husly.state.conversations[0]!;
    const firstSeen = stored().lastSeenAt;
    clock.advance(10 * 60_000);
    await service.record(seen, 'seen');
    assert.equal(stored().lastSeenAt, firstSeen, 'ten minutes later: no write');
    await service.record({ ...seen, serviceUrl: 'https://smba/amer/' }, 'seen');
    assert.equal(stored().serviceUrl, 'https://smba/amer/', 'a new serviceUrl is written');
    husly.state.conversations[0] = { ...stored(), unreachableAt: clock.now() };
    await service.record({ ...seen, serviceUrl: 'https://smba/amer/' }, 'seen');
    assert.equal(stored().unreachableAt, null, 'any activity makes it reachable again');
    const before = stored().lastSeenAt;
    clock.advance(61 * 60_000);
    await service.record({ ...seen, serviceUrl: 'https://smba/amer/' }, 'seen');
    assert.ok(stored().lastSeenAt > before, 'after an hour the time seen is refreshed');
  });
});
