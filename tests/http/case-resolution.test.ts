import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { validateAdaptiveCard } from '../../scripts/lib/schemas.ts';
import { addDays } from '../../src/domain/common/calendar-date.ts';
import { localDate } from '../../src/domain/common/local-date.ts';
import { FakeConnector } from '../helpers/fake-connector.ts';
import { startTestServer, type TestServer } from '../helpers/husly-server.ts';
import { demoUser, message, personalConversationId } from '../helpers/teams-activities.ts';

/**
 * Demo case 2026-0004 (tildelingsteam, coordinator Ola): arrears 40 days old, § 4-18 notice
 * received 4 days ago.
 */
describe('marking arrears paid and closing a case from Teams', () => {
  let connector: FakeConnector;
  let server: TestServer;
  const ola = demoUser('koordinator');
  const kristin = demoUser('saksbehandler'); // NAV: involved in 2026-0004, not the owner
  const personal = (user = ola) => ({ serviceUrl: connector.url, user });
  const today = () => localDate(new Date(), 'Europe/Oslo');

  const submit = (value: Record<string, string>, replyToId: string, user = ola) =>
    server.post({ ...message(personal(user), ''), text: undefined, replyToId, value });
  const caseRow = async () =>
    (await server.db()).prisma.case.findUnique({ where: { reference: '2026-0004' } });
  const pending = async () => {
    const { prisma } = await server.db();
    const rows = await prisma.reminderOutbox.findMany({
      where: { caseId: (await caseRow())!.id, status: 'pending' },
    });
    return rows.map((r) => r.kind).sort();
  };

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

  it(
    '"restansen er betalt 2026-0004" asks for the date; a future date is refused in place; ' +
      'then the arrears reminders stop',
    async () => {
      assert.ok(
        (await pending()).some((k) => /^(V|R)/.test(k)),
        'the § 4-18 follow-up is planned',
      );
      await server.post(message(personal(), 'Restansen er betalt 2026-0004'));
      const form = connector.cards(personalConversationId(ola)).at(-1)!;
      assert.deepEqual(validateAdaptiveCard(form), []);
      assert.match(JSON.stringify(form), /Restansen er betalt – sak 2026-0004.*"id":"paidDate"/s);
      const caseId = (await caseRow())!.id;

      await submit({ action: 'resolution.paid', caseId, paidDate: addDays(today(), 1) }, 'paid-1');
      const again = connector.calls.find((c) => c.method === 'PUT' && c.activityId === 'paid-1');
      assert.match(JSON.stringify(again?.body), /i dag eller tidligere/);
      assert.equal((await caseRow())?.arrearsPaidDate, null, 'nothing changed');

      connector.reset();
      await submit({ action: 'resolution.paid', caseId, paidDate: today() }, 'paid-1');
      assert.match(
        connector.texts(personalConversationId(ola)).join(),
        /registrert som betalt\. Påminnelser om restansen er stoppet/,
      );
      assert.equal((await caseRow())?.arrearsPaidDate, today());
      assert.deepEqual(
        (await pending()).filter((k) => /^(P|D|N|V|R|B|O)/.test(k)),
        [],
        'no arrears, notice or objection reminders left',
      );

      connector.reset();
      await server.post(message(personal(), 'hvem eier 2026-0004'));
      const card = JSON.stringify(connector.cards(personalConversationId(ola)).at(-1));
      assert.match(card, /Restansen ble betalt/);
      assert.doesNotMatch(card, /resolution\.paid\.start/, 'no second "betalt" button');
      assert.match(card, /resolution\.close\.start/);
    },
  );

  it('"avslutt sak": refused to involved units, needs a reason, stops all reminders', async () => {
    const caseId = (await caseRow())!.id;
    connector.reset();
    await server.post(message(personal(kristin), 'avslutt sak 2026-0004'));
    assert.deepEqual(connector.texts(personalConversationId(kristin)), [
      'Du har ikke tilgang til å avslutte saken. ' +
        'Sak 2026-0004 eies av Tildelingsteam (saksansvarlig: Ola Berg). ' +
        'Det kan saksansvarlig og koordinatorer og ledere i enheten som eier saken. ' +
        'Ta det opp med Ola Berg (saksansvarlig).',
    ]);

    await server.post(message(personal(), 'avslutt sak 2026-0004'));
    const form = connector.cards(personalConversationId(ola)).at(-1)!;
    assert.deepEqual(validateAdaptiveCard(form), []);
    await submit({ action: 'resolution.close', caseId, reason: 'annet', note: '' }, 'close-1');
    assert.match(
      JSON.stringify(
        connector.calls.find((c) => c.method === 'PUT' && c.activityId === 'close-1')?.body,
      ),
      /Velg hvorfor saken avsluttes/,
    );
    assert.equal((await caseRow())?.status, 'open');

    connector.reset();
    await submit(
      { action: 'resolution.close', caseId, reason: 'leieforhold-avsluttet', note: '' },
      'close-1',
    );
    assert.deepEqual(connector.texts(personalConversationId(ola)), [
      'Sak 2026-0004 er avsluttet, og alle planlagte påminnelser er stoppet.',
    ]);
    assert.equal((await caseRow())?.status, 'closed');
    assert.deepEqual(await pending(), []);

    connector.reset();
    await submit({ action: 'resolution.close', caseId, reason: 'flyttet', note: '' }, 'close-1');
    assert.deepEqual(
      connector.texts(personalConversationId(ola)),
      ['Saken er avsluttet.'],
      'a second press changes nothing',
    );
    assert.equal((await caseRow())?.closedReason, 'leieforhold-avsluttet');
  });
});
