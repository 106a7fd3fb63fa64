import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { validateAdaptiveCard } from '../../scripts/lib/schemas.ts';
import { localDate } from '../../src/domain/common/local-date.ts';
import { FakeConnector } from '../helpers/fake-connector.ts';
import { holdRemindersOfOtherCases } from '../helpers/hold-other-reminders.ts';
import { startTestServer, type TestServer } from '../helpers/husly-server.ts';
import {
  demoUser,
  installationUpdate,
  message,
  personalConversationId,
} from '../helpers/teams-activities.ts';
import { only, present } from '../helpers/assert-present.ts';

/** Demo case 2026-0001 (NAV, coordinator Kristin) has an eviction date 24 days after seeding. */
describe('reminders through the real server', () => {
  let connector: FakeConnector;
  let server: TestServer;
  const kristin = demoUser('saksbehandler');
  const siri = demoUser('bolig');
  let cardId = '';
  let key = '';

  before(async () => {
    connector = await new FakeConnector().start();
    server = await startTestServer();
    await server.post(installationUpdate({ serviceUrl: connector.url, user: kristin }, 'add'));
    // startTestServer waits for the follow-up plan; other demo cases' reminders are held back.
    await holdRemindersOfOtherCases((await server.db()).prisma, '2026-0001');
    connector.reset();
  });
  after(async () => {
    await server.stop();
    await connector.stop();
  });

  it(
    'plans the demo case\u2019s checkpoints, and sends a due one to the ' +
      'coordinator as a valid card',
    async () => {
      const { prisma } = await server.db();
      const kase = await prisma.case.findUnique({ where: { reference: '2026-0001' } });
      const rows = await prisma.reminderOutbox.findMany({
        where: { caseId: kase!.id, status: 'pending' },
        orderBy: { dueDate: 'asc' },
      });
      // The saksansvarlig's eviction checkpoints, each once (legal ones also have a copy to the
      // channel, and a copy on the working day before when they fall on a weekend).
      assert.deepEqual(
        [...new Set(rows.filter((r) => r.audience === 'coordinator').map((r) => r.kind))]
          .filter((k) => k.startsWith('F'))
          .sort(),
        ['F-1', 'F-14', 'F-2', 'F-7', 'F0', 'F14', 'F28'],
      );
      // Make the F-14 checkpoint due now. As a legal deadline due today it may go out at any hour,
      // so the test does not depend on CI running inside Oslo working hours.
      key = rows.find((r) => r.kind === 'F-14')!.key;
      await prisma.reminderOutbox.update({
        where: { key },
        data: {
          nextAttemptAt: new Date(Date.now() - 1000).toISOString(),
          basis: 'law',
          dueDate: localDate(new Date(), 'Europe/Oslo'),
        },
      });
      await server.tickReminders();
      const sent = connector.calls.filter(
        (c) => c.method === 'POST' && c.conversationId === personalConversationId(kristin),
      );
      const [attachment] = only(sent, 'reminder sent').body.attachments as {
        content: Record<string, unknown>;
      }[];
      const card = present(attachment, 'the card attachment').content;
      assert.deepEqual(validateAdaptiveCard(card), []);
      assert.match(JSON.stringify(card), /Påminnelse – sak 2026-0001.*To uker til utkastelse/s);
      // Due today in Oslo: the notifier knows the municipality's day.
      assert.match(JSON.stringify(card), /"text":"Gjelder: i dag · Lovfestet frist/);
      assert.doesNotMatch(
        JSON.stringify(card),
        /Ola Nordmann|109101/,
        'no resident data in a reminder',
      );
      const row = await prisma.reminderOutbox.findUnique({ where: { key } });
      assert.equal(row?.status, 'sent');
      cardId = row.sentActivityId!;
      await server.tickReminders();
      assert.equal(
        connector.calls.filter((c) => c.method === 'POST').length,
        1,
        'never sent twice',
      );
    },
  );

  const press = (user = kristin, verb = 'reminder.done', extra: Record<string, string> = {}) =>
    server.post({
      ...message({ serviceUrl: connector.url, user }, ''),
      type: 'invoke',
      name: 'adaptiveCard/action',
      text: undefined,
      replyToId: cardId,
      value: { action: { type: 'Action.Execute', verb, data: { reminderKey: key, ...extra } } },
    });

  /**
   * Makes a planned row due now (a legal deadline today, so the hour does not matter), sends it,
   * and remembers its card.
   */
  const deliver = async (kind: string) => {
    const { prisma } = await server.db();
    const kase = await prisma.case.findUnique({ where: { reference: '2026-0001' } });
    key = (await prisma.reminderOutbox.findFirst({ where: { caseId: kase!.id, kind } }))!.key;
    await prisma.reminderOutbox.update({
      where: { key },
      data: {
        nextAttemptAt: new Date(Date.now() - 1000).toISOString(),
        basis: 'law',
        dueDate: localDate(new Date(), 'Europe/Oslo'),
      },
    });
    await server.tickReminders();
    cardId = (await prisma.reminderOutbox.findUnique({ where: { key } }))!.sentActivityId!;
    assert.ok(cardId, `${kind} was sent`);
  };

  it(
    '"Utført" records who and when and updates the card; a second press changes nothing; ' +
      'others are refused',
    async () => {
      assert.match((await press(siri)).body, /Du har ikke tilgang/);
      const done = await press();
      assert.match(done.body, /Utført av Kristin Nordvik/);
      const put = connector.calls
        .filter((c) => c.method === 'PUT' && c.activityId === cardId)
        .at(-1);
      assert.match(JSON.stringify(put?.body), /Utført av Kristin Nordvik/);
      const { prisma } = await server.db();
      const first = await prisma.reminderOutbox.findUnique({ where: { key } });
      assert.ok(first?.doneAt);
      await press();
      const again = await prisma.reminderOutbox.findUnique({ where: { key } });
      assert.deepEqual(again?.doneAt, first.doneAt, 'the second press changed nothing');
    },
  );

  it('"Utsett" puts a new reminder in the outbox, shown on the card', async () => {
    const { prisma } = await server.db();
    const kase = await prisma.case.findUnique({ where: { reference: '2026-0001' } });
    key = (await prisma.reminderOutbox.findFirst({ where: { caseId: kase!.id, kind: 'F-7' } }))!
      .key;
    const res = await press(kristin, 'reminder.snooze', { field: 'snooze-0', 'snooze-0': '3' });
    assert.match(res.body, /Utsatt til/);
    const snoozed = await prisma.reminderOutbox.findMany({
      where: { key: { startsWith: `${key}:utsatt:` } },
    });
    const snooze = only(snoozed, 'snoozed reminder');
    assert.equal(snooze.status, 'pending');
    assert.ok(
      new Date(snooze.nextAttemptAt) > new Date(Date.now() + 24 * 3600e3),
      'at least a day ahead',
    );
  });

  it(
    '"Overfør" hands a reminder to a colleague in the owning unit, once; ' +
      'the colleague gets it as their own card',
    async () => {
      const { prisma } = await server.db();
      await deliver('F-2');
      const staffId = async (user: ReturnType<typeof demoUser>) =>
        (await prisma.staff.findFirst({ where: { aadObjectId: user.aadObjectId } }))!.id;
      const jonas = demoUser('nav');
      const handTo = (id: string, user = kristin) =>
        press(user, 'reminder.handOver', { field: 'assign-0', 'assign-0': id });

      for (const wrong of [
        await staffId(kristin),
        await staffId(demoUser('koordinator')),
        'nobody',
      ])
        assert.match(
          (await handTo(wrong)).body,
          /Velg en kollega i enheten som eier saken/,
          'self, another unit, unknown',
        );
      assert.match((await handTo(await staffId(jonas), siri)).body, /Du har ikke tilgang/);
      assert.equal(
        await prisma.reminderOutbox.count({ where: { key: { contains: ':overfort:' } } }),
        0,
        'nothing handed yet',
      );

      const res = await handTo(await staffId(jonas));
      assert.match(res.body, /Overført til Jonas Aas av Kristin Nordvik/);
      assert.doesNotMatch(res.body, /reminder\.handOver/, 'no buttons left on the handed reminder');
      assert.match(
        JSON.stringify(
          connector.calls.filter((c) => c.method === 'PUT' && c.activityId === cardId).at(-1)?.body,
        ),
        /Overført til Jonas Aas/,
      );
      await handTo(await staffId(demoUser('leder')));
      assert.equal(
        (await prisma.reminderOutbox.findUnique({ where: { key } }))?.handedToId,
        await staffId(jonas),
        'a second press changes nothing',
      );

      // Jonas has Husly installed; his copy goes out on the next tick (made a legal deadline today
      // so the test does not depend on the hour).
      await server.post(installationUpdate({ serviceUrl: connector.url, user: jonas }, 'add'));
      const copyKey = `${key}:overfort:${await staffId(jonas)}`;
      await prisma.reminderOutbox.update({
        where: { key: copyKey },
        data: { basis: 'law', dueDate: localDate(new Date(), 'Europe/Oslo') },
      });
      connector.reset();
      await server.tickReminders();
      const card = connector.cards(personalConversationId(jonas)).at(-1);
      assert.match(
        JSON.stringify(card),
        /Påminnelse – sak 2026-0001.*Overført til deg av Kristin Nordvik/s,
      );
      assert.deepEqual(
        connector.cards(personalConversationId(kristin)),
        [],
        'not to the coordinator',
      );
      assert.equal(
        (await prisma.reminderOutbox.findUnique({ where: { key: copyKey } }))?.status,
        'sent',
      );
    },
  );

  it(
    '"påminnelser" lists my upcoming ones; "påminnelser 2026-0001" shows the ' +
      'timeline to the case’s units only',
    async () => {
      connector.reset();
      await server.post(message({ serviceUrl: connector.url, user: kristin }, 'påminnelser'));
      const list = connector.cards(personalConversationId(kristin)).at(-1)!;
      assert.deepEqual(validateAdaptiveCard(list), []);
      const listText = JSON.stringify(list);
      assert.match(listText, /Kommende påminnelser.*2026-0001.*Utkastelsesdagen \(§\)/s);

      await server.post(
        message({ serviceUrl: connector.url, user: kristin }, 'påminnelser 2026-0001'),
      );
      const timeline = connector.cards(personalConversationId(kristin)).at(-1)!;
      assert.deepEqual(validateAdaptiveCard(timeline), []);
      const text = JSON.stringify(timeline);
      assert.match(text, /Oppfølgingsplan for sak 2026-0001/);
      assert.match(
        text,
        /To uker til utkastelse (\(§\) )?· Utført/,
        'the F-14 reminder marked done',
      );
      assert.match(text, /Utkastelsesdagen \(§\) · Planlagt/);
      assert.match(
        text,
        /To dager til utkastelse \(§\) · Overført til Jonas Aas/,
        'the handed reminder names the colleague',
      );
      assert.match(
        text,
        /To dager til utkastelse \(§\) \(til Jonas Aas\) · Sendt/,
        'and so does his copy',
      );

      const ola = demoUser('koordinator'); // Tildelingsteam: no relation to 2026-0001
      const request = message({ serviceUrl: connector.url, user: ola }, 'påminnelser 2026-0001');
      await server.post(request);
      const [refused, ...more] = connector.texts(personalConversationId(ola));
      assert.deepEqual(more, []);
      assert.match(
        refused ?? '',
        /^Du har ikke tilgang til å se innholdet i saken\. Sak 2026-0001 eies av NAV/,
      );
      assert.match(refused ?? '', /«gi tilgang 2026-0001».*«nødtilgang 2026-0001»/);
    },
  );

  it('"Åpne sak" shows the case', async () => {
    const { prisma } = await server.db();
    const kase = await prisma.case.findUnique({ where: { reference: '2026-0001' } });
    connector.reset();
    await server.post({
      ...message({ serviceUrl: connector.url, user: kristin }, ''),
      text: undefined,
      value: { action: 'case.open', caseId: kase!.id },
    });
    assert.match(
      JSON.stringify(connector.cards(personalConversationId(kristin)).at(-1)),
      /Sak 2026-0001/,
    );
  });
});

describe('reminder sends leave retrying to the outbox, not to botbuilder', () => {
  it(
    'a 429, a 503 or no answer is one request; the row waits at least Retry-After (or ' +
      'backs off) and counts the attempt',
    async () => {
      const connector = await new FakeConnector().start();
      const server = await startTestServer({ HUSLY_REMINDER_SEND_TIMEOUT_SECONDS: '1' });
      const kristin = demoUser('saksbehandler');
      try {
        await server.post(installationUpdate({ serviceUrl: connector.url, user: kristin }, 'add'));
        const { prisma } = await server.db();
        for (let i = 0; i < 100 && (await prisma.reminderOutbox.count()) === 0; i++)
          await new Promise((r) => setTimeout(r, 50));
        const kase = await prisma.case.findUnique({ where: { reference: '2026-0001' } });
        // One row per checkpoint: the saksansvarlig's, on its own day (not the channel's copy,
        // nor the copy on the working day before a weekend deadline).
        const rows = (
          await prisma.reminderOutbox.findMany({
            where: {
              caseId: kase!.id,
              kind: { in: ['F-7', 'F-2', 'F0', 'F14'] },
              audience: 'coordinator',
            },
            orderBy: { dueDate: 'asc' },
          })
        ).filter((r, i, all) => !all.slice(i + 1).some((later) => later.kind === r.kind));
        const outboxRow = (i: number) => present(rows[i], `outbox row ${i}`);
        const due = async (key: string) =>
          prisma.reminderOutbox.update({
            where: { key },
            data: {
              nextAttemptAt: new Date(Date.now() - 1000).toISOString(),
              basis: 'law',
              dueDate: localDate(new Date(), 'Europe/Oslo'),
            },
          });

        // A connector that does not answer: given up after the send timeout, retried later like a
        // 503.
        await due(outboxRow(2).key);
        connector.answer = null;
        connector.delayMs = 3000;
        const started = Date.now();
        await server.tickReminders();
        assert.ok(
          Date.now() - started < 2500,
          `the tick did not wait for the connector (${Date.now() - started} ms)`,
        );
        const late = await prisma.reminderOutbox.findUnique({ where: { key: outboxRow(2).key } });
        assert.deepEqual([late?.status, late?.attempts], ['pending', 1]);
        connector.delayMs = 0;
        await prisma.reminderOutbox.update({
          where: { key: outboxRow(2).key },
          data: { status: 'cancelled' },
        });

        // Refused outright (400 for the card): dead-lettered at once, and the coordinator told in
        // plain text.
        await due(outboxRow(3).key);
        connector.reset();
        connector.answer = (call) => (call.body.attachments ? { status: 400 } : null);
        await server.tickReminders();
        assert.equal(
          (await prisma.reminderOutbox.findUnique({ where: { key: outboxRow(3).key } }))?.status,
          'dead',
        );
        assert.match(
          connector.texts(personalConversationId(kristin)).join(),
          new RegExp(
            'Husly fikk ikke levert denne påminnelsen som kort: ' +
              'sak 2026-0001 – Første frist for å hente eiendeler \\(\\d+\\.\\s\\w+ \\d{4}\\)',
          ),
        );

        // 503 first: after a 429 the conversation is held for Retry-After, which would slow the
        // next send.
        for (const [row, status, headers] of [
          [outboxRow(0), 503, {}],
          [outboxRow(1), 429, { 'retry-after': '30' }],
        ] as [(typeof rows)[0], number, Record<string, string>][]) {
          await due(row.key);
          connector.reset();
          connector.answer = () => ({ status, headers });
          const before = Date.now();
          await server.tickReminders();
          assert.equal(
            connector.calls.filter((c) => c.method === 'POST').length,
            1,
            `${status}: one request, no SDK retry`,
          );
          const after = await prisma.reminderOutbox.findUnique({ where: { key: row.key } });
          assert.equal(after?.status, 'pending');
          assert.equal(after?.attempts, 1);
          if (status === 429)
            assert.ok(
              new Date(after.nextAttemptAt).getTime() >= before + 30_000,
              'not before Retry-After',
            );
          else assert.ok(new Date(after.nextAttemptAt).getTime() > before, 'backed off');
          await prisma.reminderOutbox.update({
            where: { key: row.key },
            data: { status: 'cancelled' },
          });
        }
      } finally {
        await server.stop();
        await connector.stop();
      }
    },
  );
});

describe('reminder cards cannot be turned into a window on other cases', () => {
  it(
    'a redraw shows only what the pressed card carried; actions on a ' +
      'closed case change nothing',
    async () => {
      const connector = await new FakeConnector().start();
      const server = await startTestServer();
      try {
        const ola = demoUser('koordinator');
        await server.post(installationUpdate({ serviceUrl: connector.url, user: ola }, 'add'));
        const { prisma } = await server.db();
        for (let i = 0; i < 100 && (await prisma.reminderOutbox.count()) === 0; i++)
          await new Promise((r) => setTimeout(r, 50));
        // Ola coordinates 2026-0004: one of its reminders goes out to him.
        const own = await prisma.case.findUnique({ where: { reference: '2026-0004' } });
        const other = await prisma.case.findUnique({ where: { reference: '2026-0001' } });
        const mine = (await prisma.reminderOutbox.findFirst({
          where: { caseId: own!.id, status: 'pending' },
        }))!;
        await prisma.reminderOutbox.update({
          where: { key: mine.key },
          data: {
            nextAttemptAt: new Date(Date.now() - 1000).toISOString(),
            basis: 'law',
            dueDate: localDate(new Date(), 'Europe/Oslo'),
          },
        });
        await server.tickReminders();
        const sent = (await prisma.reminderOutbox.findUnique({ where: { key: mine.key } }))!;
        const foreign = (
          await prisma.reminderOutbox.findMany({ where: { caseId: other!.id } })
        ).map((r) => r.key);
        // Red-team finding 4: the client adds another case's keys to the card data.
        const res = await server.post({
          ...message({ serviceUrl: connector.url, user: ola }, ''),
          type: 'invoke',
          name: 'adaptiveCard/action',
          text: undefined,
          replyToId: sent.sentActivityId,
          value: {
            action: {
              type: 'Action.Execute',
              verb: 'reminder.done',
              data: { reminderKey: mine.key, shownKeys: foreign },
            },
          },
        });
        assert.match(res.body, /Utført av Ola Berg/);
        assert.doesNotMatch(
          res.body,
          /2026-0001|Kristin Nordvik|Jonas Aas/,
          "nothing of the other case's reminders",
        );
        // Red-team finding 5: after closing, Utsett and Overfør on an old card change nothing.
        await prisma.case.update({
          where: { id: own!.id },
          data: { status: 'closed', closedAt: new Date(), closedReason: 'flyttet' },
        });
        const before = await prisma.reminderOutbox.count();
        const snooze = await server.post({
          ...message({ serviceUrl: connector.url, user: ola }, ''),
          type: 'invoke',
          name: 'adaptiveCard/action',
          text: undefined,
          value: {
            action: {
              type: 'Action.Execute',
              verb: 'reminder.snooze',
              data: { reminderKey: mine.key, field: 'snooze-0', 'snooze-0': '1' },
            },
          },
        });
        assert.match(snooze.body, /Saken er avsluttet/);
        assert.equal(await prisma.reminderOutbox.count(), before, 'no snoozed copy made');
      } finally {
        await server.stop();
        await connector.stop();
      }
    },
  );
});
