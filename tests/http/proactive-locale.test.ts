import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { validateAdaptiveCard } from '../../scripts/lib/schemas.ts';
import { localDate } from '../../src/domain/common/local-date.ts';
import { only } from '../helpers/assert-present.ts';
import { FakeConnector } from '../helpers/fake-connector.ts';
import { holdRemindersOfOtherCases } from '../helpers/hold-other-reminders.ts';
import { startTestServer, type TestServer } from '../helpers/husly-server.ts';
import {
  CHANNEL_ID,
  demoUser,
  installationUpdate,
  message,
  personalConversationId,
} from '../helpers/teams-activities.ts';

/**
 * Proactive messages follow the language a person last wrote to Husly in (the Teams locale of
 * their personal chat), while a channel stays in bokmål. Demo case 2026-0001 (NAV, coordinator
 * Kristin) has eviction checkpoints planned at start; each round makes two of them due at once,
 * so Kristin gets one digest.
 */
describe('proactive messages in the person’s language', () => {
  let connector: FakeConnector;
  let server: TestServer;
  const kristin = demoUser('saksbehandler');
  const personal = () => ({ serviceUrl: connector.url, user: kristin });

  before(async () => {
    connector = await new FakeConnector().start();
    server = await startTestServer();
    await server.post(
      message(
        { serviceUrl: connector.url, user: demoUser('admin'), place: 'channel' },
        'koble kanal nav-bolig',
      ),
    );
    // startTestServer waits for the follow-up plan; other demo cases' reminders are held back.
    await holdRemindersOfOtherCases((await server.db()).prisma, '2026-0001');
  });
  after(async () => {
    await server.stop();
    await connector.stop();
  });

  const storedLocale = async (conversationId: string) => {
    const { prisma } = await server.db();
    return (await prisma.conversationRef.findUnique({ where: { conversationId } }))?.locale;
  };

  /** Makes the case's planned rows of these kinds due now (legal, today), and sends them. */
  const due = async (kinds: readonly string[], audience = 'coordinator') => {
    const { prisma } = await server.db();
    const kase = await prisma.case.findUniqueOrThrow({ where: { reference: '2026-0001' } });
    const { count } = await prisma.reminderOutbox.updateMany({
      where: { caseId: kase.id, kind: { in: [...kinds] }, audience, status: 'pending' },
      data: {
        nextAttemptAt: new Date(Date.now() - 1000).toISOString(),
        basis: 'law',
        dueDate: localDate(new Date(), 'Europe/Oslo'),
      },
    });
    assert.equal(count, kinds.length, `${kinds.join(', ')} are planned for the ${audience}`);
    connector.reset();
    await server.tickReminders();
  };

  /** The one card Husly posted into a conversation since the last `due`. */
  const cardSentTo = (conversationId: string): string => {
    const sent = connector.calls.filter(
      (c) => c.method === 'POST' && c.conversationId === conversationId,
    );
    const [attachment] = only(sent, `one message to ${conversationId}`).body.attachments as {
      content: Record<string, unknown>;
    }[];
    assert.deepEqual(validateAdaptiveCard(attachment?.content), []);
    return JSON.stringify(attachment?.content);
  };

  it('a bogus locale is stored as null and the digest is in bokmål', async () => {
    // Read naively, 'nn-…' would pick nynorsk: the whole value must be a locale to count.
    await server.post({ ...installationUpdate(personal(), 'add'), locale: 'nn-NO"><img src=x>' });
    assert.equal(await storedLocale(personalConversationId(kristin)), null);
    await due(['F-14', 'F-7']);
    const card = cardSentTo(personalConversationId(kristin));
    assert.match(card, /"text":"2 påminnelser"/);
    assert.match(card, /To uker til utkastelse.*En uke til utkastelse/s);
  });

  it('after Kristin writes with locale nn-NO, her digest is in nynorsk', async () => {
    await server.post({ ...message(personal(), 'hjelp'), locale: 'nn-NO' });
    assert.equal(await storedLocale(personalConversationId(kristin)), 'nn-NO');
    await due(['F-2', 'F-1']);
    const card = cardSentTo(personalConversationId(kristin));
    assert.match(card, /"text":"2 påminningar"/);
    assert.match(card, /To dagar til utkasting/);
    assert.doesNotMatch(card, /påminnelser|To dager til utkastelse/);
  });

  it('with locale en-US her digest is in English; a channel stays bokmål', async () => {
    await server.post({ ...message(personal(), 'help'), locale: 'en-US' });
    // Her English in the unit's channel is hers, not the channel's: nothing is kept there.
    await server.post({
      ...message({ ...personal(), place: 'channel' }, 'hjelp'),
      locale: 'en-US',
    });
    assert.equal(await storedLocale(personalConversationId(kristin)), 'en-US');
    assert.equal(await storedLocale(CHANNEL_ID), null);
    await due(['F0', 'F14']);
    const card = cardSentTo(personalConversationId(kristin));
    assert.match(card, /"text":"2 reminders"/);
    assert.match(card, /"text":"Due: today/);
    assert.doesNotMatch(card, /påminnelser|påminningar/);

    // The legal checkpoint's copy to NAV's channel: bokmål, whoever wrote there last.
    await due(['F0'], 'unit');
    assert.match(cardSentTo(CHANNEL_ID), /Påminnelse – sak 2026-0001.*Utkastelsesdagen/s);
  });
});
