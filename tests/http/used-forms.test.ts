import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { localDate } from '../../src/domain/common/local-date.ts';
import { demoServer } from '../helpers/demo-server.ts';
import type { ConnectorCall } from '../helpers/fake-connector.ts';
import {
  cardSubmit,
  demoUser,
  message,
  personalConversationId,
  type TeamsUser,
} from '../helpers/teams-activities.ts';

const FIX = 'Noe må rettes';

/**
 * Forms that have done their work are closed where they are: a form that came back with "Noe må
 * rettes" and was then sent leaves nothing in the chat still saying so, and the purpose question
 * of a person lookup has no button left once answered. Through the real server; the fake
 * connector shows what a Teams chat would hold (each activity as last posted or updated).
 */
describe('used forms are closed in place', () => {
  const demo = demoServer({ personas: ['saksbehandler', 'bolig'] });
  const kristin = demoUser('saksbehandler');
  const siri = demoUser('bolig');

  /** The chat as the user sees it now: each message Husly posted, as last updated. */
  function chatOf(user: TeamsUser, calls: readonly ConnectorCall[]): Map<string, string> {
    const shown = new Map<string, string>();
    let n = 0;
    for (const c of calls.filter((c) => c.conversationId === personalConversationId(user)))
      if (c.method === 'PUT' && c.activityId) shown.set(c.activityId, JSON.stringify(c.body));
      else if (c.method === 'POST') shown.set(`posted-${++n}`, JSON.stringify(c.body));
    return shown;
  }
  const press = (user: TeamsUser, value: Record<string, string>, replyToId: string) =>
    demo.server.post({
      ...cardSubmit({ serviceUrl: demo.connector.url, user }, value),
      replyToId,
    });

  it('"ny bekymring": wrong, then right: the form is its receipt, nothing stale', async () => {
    const { connector } = demo;
    connector.reset();
    const form = {
      action: 'concern.submit',
      submissionId: '77777777-7777-4777-8777-777777777777',
      nationalId: '28879041858',
      name: 'Tuva Testesen',
      category: 'fare-for-a-miste-bolig/utkastelse-tvangssalg',
      rentArrears: 'true',
      arrearsAmount: 'mange',
      arrearsMonths: '3',
      landlord: 'privat',
      firstMissedRentDate: localDate(new Date(Date.now() - 40 * 864e5), 'Europe/Oslo'),
      description: 'Har sluttet å åpne post.',
      sharingBasis: 'lovhjemmel',
      source: 'tjeneste',
      residentInformed: 'ja',
    };
    await press(kristin, form, 'concern-form');
    const redrawn = chatOf(kristin, connector.calls).get('concern-form') ?? '';
    assert.equal(redrawn.split(FIX).length - 1, 2, 'the banner under the title and by the button');
    assert.deepEqual(
      connector.texts(personalConversationId(kristin)).filter((t) => t.includes(FIX)),
      [],
      'no separate line of text says it',
    );
    await press(kristin, { ...form, arrearsAmount: '21 000' }, 'concern-form');
    const chat = chatOf(kristin, connector.calls);
    assert.match(chat.get('concern-form') ?? '', /Sendt – registrert i sak \d{4}-\d{4}/);
    assert.deepEqual(
      [...chat.entries()].filter(([, m]) => m.includes(FIX)).map(([id]) => id),
      [],
      'nothing in the chat still says "Noe må rettes"',
    );
  });

  it('"meld restanse": the same, for the restansemelding', async () => {
    const { connector } = demo;
    connector.reset();
    const form = {
      action: 'arrears.submit',
      submissionId: '88888888-8888-4888-8888-888888888888',
      nationalId: '16904322869',
      name: 'Randi Restanse',
      birthDate: '',
      amount: '',
      dueDate: localDate(new Date(Date.now() - 10 * 864e5), 'Europe/Oslo'),
      reminderSent: 'purring',
      landlord: 'kommunal',
      consentClause: 'ja',
    };
    await press(siri, form, 'arrears-form');
    assert.match(chatOf(siri, connector.calls).get('arrears-form') ?? '', new RegExp(FIX));
    await press(siri, { ...form, amount: '9 350' }, 'arrears-form');
    const chat = chatOf(siri, connector.calls);
    assert.match(chat.get('arrears-form') ?? '', /Sendt – registrert i sak \d{4}-\d{4}/);
    assert.deepEqual(
      [...chat.entries()].filter(([, m]) => m.includes(FIX)).map(([id]) => id),
      [],
      'nothing in the chat still says "Noe må rettes"',
    );
  });

  it('the purpose question of a person lookup is closed once answered', async () => {
    const { connector } = demo;
    await demo.server.post(
      message({ serviceUrl: connector.url, user: kristin }, 'hvem eier 28879041858'),
    );
    const asked = JSON.stringify(connector.cards(personalConversationId(kristin)).at(-1));
    const lookupId = /"lookupId":"([^"]+)"/.exec(asked)?.[1] ?? '';
    assert.match(asked, /Hvorfor slår du opp personen/);
    connector.reset();
    await press(kristin, { action: 'lookup.purpose', lookupId, purpose: 'ny-bekymring' }, 'why');
    const chat = chatOf(kristin, connector.calls);
    const closed = chat.get('why') ?? '';
    assert.match(closed, /Formål: Ny bekymring\. Svaret står nedenfor/);
    assert.doesNotMatch(closed, /Action\.Submit|lookupId/, 'no button left on it');
    assert.ok(
      [...chat.values()].some((m) => /Sak \d{4}-\d{4}/.test(m)),
      'the answer comes under it',
    );
  });
});
