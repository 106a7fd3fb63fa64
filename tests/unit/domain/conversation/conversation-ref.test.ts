import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  applyConversationEvent,
  isInstalled,
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
});
