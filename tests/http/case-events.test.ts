import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { validateAdaptiveCard } from '../../scripts/lib/schemas.ts';
import { addDays } from '../../src/domain/common/calendar-date.ts';
import { localDate } from '../../src/domain/common/local-date.ts';
import { FakeConnector } from '../helpers/fake-connector.ts';
import { startTestServer, type TestServer } from '../helpers/husly-server.ts';
import { demoUser, message, personalConversationId } from '../helpers/teams-activities.ts';

/**
 * Demo case 2026-0004 (tildelingsteam, saksansvarlig Ola): arrears 40 days old, § 4-18 notice
 * received 4 days ago. Outcome events recorded from Teams change its reminder plan.
 */
describe('recording outcome events from Teams changes the reminder plan', () => {
  let connector: FakeConnector;
  let server: TestServer;
  const ola = demoUser('koordinator');
  const personal = () => ({ serviceUrl: connector.url, user: ola });
  const today = () => localDate(new Date(), 'Europe/Oslo');

  const submit = (value: Record<string, string>, replyToId: string) =>
    server.post({ ...message(personal(), ''), text: undefined, replyToId, value });
  const caseRow = async () =>
    (await server.db()).prisma.case.findUnique({ where: { reference: '2026-0004' } });
  const pending = async () => {
    const { prisma } = await server.db();
    const rows = await prisma.reminderOutbox.findMany({
      where: { caseId: (await caseRow())!.id, status: 'pending', audience: 'coordinator' },
    });
    return rows.map((r) => `${r.kind} ${r.dueDate}`).sort();
  };
  const kinds = async () => [...new Set((await pending()).map((r) => r.split(' ')[0] ?? ''))];

  before(async () => {
    connector = await new FakeConnector().start();
    server = await startTestServer();
    const { prisma } = await server.db();
    for (let i = 0; i < 100 && (await prisma.reminderOutbox.count()) === 0; i++)
      await new Promise((r) => setTimeout(r, 50));
  });
  after(async () => {
    await server.stop();
    await connector.stop();
  });

  it('a new eviction date by card plans F; a withdrawn request stops it; audited', async () => {
    const caseId = (await caseRow())!.id;
    assert.ok(
      (await kinds()).some((k) => /^(V|R)/.test(k)),
      'the § 4-18 follow-up is planned',
    );
    assert.ok(!(await kinds()).some((k) => k.startsWith('F')), 'no eviction date yet');

    await server.post(message(personal(), 'hendelse 2026-0004'));
    const card = connector.cards(personalConversationId(ola)).at(-1)!;
    assert.deepEqual(validateAdaptiveCard(card), []);
    assert.match(JSON.stringify(card), /"action":"event.pick","caseId":"[^"]+","type":"ny-/);

    // One tap on "Ny utkastelsesdato" opens the small form; a past date is refused in place.
    connector.reset();
    await submit({ action: 'event.pick', caseId, type: 'ny-utkastelsesdato' }, 'pick-1');
    const form = connector.cards(personalConversationId(ola)).at(-1)!;
    assert.deepEqual(validateAdaptiveCard(form), []);
    const send = { action: 'event.submit', caseId, type: 'ny-utkastelsesdato' };
    await submit({ ...send, date: addDays(today(), -1) }, 'form-1');
    const again = connector.calls.find((c) => c.method === 'PUT' && c.activityId === 'form-1');
    assert.match(JSON.stringify(again?.body), /kan ikke være tilbake i tid/);
    assert.equal((await caseRow())?.evictionDate, null, 'nothing changed');

    const f = addDays(today(), 40);
    connector.reset();
    await submit({ ...send, date: f }, 'form-1');
    assert.match(
      connector.texts(personalConversationId(ola)).join(),
      /«Ny utkastelsesdato» er registrert/,
    );
    assert.equal((await caseRow())?.evictionDate, f);
    assert.ok((await pending()).includes(`F0 ${f}`), 'the eviction date is warned of');

    // The landlord withdraws the request: the eviction warnings stop, the arrears ones stay.
    connector.reset();
    await submit({ action: 'event.pick', caseId, type: 'begjaering-trukket' }, 'pick-2');
    assert.match(connector.texts(personalConversationId(ola)).join(), /utkastelsesdatoen.*stoppet/);
    assert.deepEqual(
      (await kinds()).filter((k) => k.startsWith('F')),
      [],
    );
    assert.ok(
      (await kinds()).some((k) => /^(V|R)/.test(k)),
      'not paid: the arrears route stays',
    );

    const { prisma } = await server.db();
    assert.deepEqual(
      (await prisma.caseEvent.findMany({ where: { caseId }, orderBy: { recordedAt: 'asc' } })).map(
        (e) => [e.type, e.occurredOn, e.dateValue],
      ),
      [
        ['ny-utkastelsesdato', today(), f],
        ['begjaering-trukket', today(), null],
      ],
    );
    assert.equal(
      await prisma.auditEvent.count({
        where: { caseId, action: 'case.recordEvent', outcome: 'ok' },
      }),
      2,
    );
  });
});
