import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Activity } from 'botbuilder';
import { matchCommand } from '../../dialogs/commands.ts';
import { validateAdaptiveCard } from '../../scripts/lib/schemas.ts';
import { dialogHarness, testHuslyBot } from '../helpers/dialog-harness.ts';
import { FakePersonalChat } from '../fakes/fake-personal-chat.ts';
import { FakeClock } from '../fakes/in-memory-repositories.ts';
import { smallMunicipality, TENANT } from '../fakes/org-fixture.ts';
import { present } from '../helpers/assert-present.ts';

/** Synthetic (month + 80), from tests/fixtures/fodselsnummer.json; an invented name. */
const TUVA = '28879041858';
const cardOf = (a: Partial<Activity>) => a.attachments?.[0]?.content as unknown;
const cardText = (a: Partial<Activity>) => JSON.stringify(cardOf(a) ?? {});
const say = (text: string): Partial<Activity> => ({
  type: 'message',
  text,
  channelData: { tenant: { id: TENANT } },
});
/** A complete restansemelding as the card sends it. */
const form = (overrides: Record<string, string> = {}) => ({
  action: 'arrears.submit',
  nationalId: TUVA,
  name: 'Tuva Testesen',
  birthDate: '',
  amount: '7 800',
  dueDate: '2026-11-01',
  reminderSent: 'purring',
  landlord: 'kommunal',
  consentClause: 'ja',
  ...overrides,
});

describe('"meld restanse" (TestAdapter)', () => {
  it('command → card → a wrong form back → a right one → receipt and next steps', async () => {
    const { husly, notifier, chat, submit } = await dialogHarness();
    const adapter = chat('boligSaks');
    let submissionId = '';
    await adapter
      .send(say('Meld restanse'))
      .assertReply((a) => {
        assert.deepEqual(validateAdaptiveCard(cardOf(a)), []);
        assert.match(cardText(a), /Meld restanse.*samtykkeklausul/s);
        submissionId = /"submissionId":"([^"]+)"/.exec(cardText(a))?.[1] ?? '';
      })
      .startTest();
    assert.match(submissionId, /^[0-9a-f-]{36}$/);

    await adapter
      .send(
        submit(form({ submissionId, amount: 'mye', dueDate: '2026-12-24', consentClause: 'nei' })),
      )
      .assertReply((a) => {
        const card = cardText(a);
        assert.deepEqual(validateAdaptiveCard(cardOf(a)), []);
        assert.match(card, /Skriv et helt beløp i kroner/);
        assert.match(card, /Datoen kan ikke være fram i tid\./);
        assert.match(card, /Uten samtykkeklausul i leiekontrakten.*«ny bekymring»/);
        assert.match(card, /"value":"mye"/, 'what the user typed comes back');
        assert.match(card, new RegExp(`"submissionId":"${submissionId}"`));
      })
      .assertReply('Noe må rettes. Se merknadene i skjemaet.')
      .startTest();
    assert.equal(husly.state.concerns.length, 0, 'nothing stored from a wrong form');

    await adapter
      .send(submit(form({ submissionId })))
      .assertReply((a) => {
        const text = a.text ?? '';
        assert.match(
          text,
          /^Restansen er registrert i sak 2026-0001\. Saken eies av NAV boligsosialt team, /,
        );
        assert.match(text, /I dag \(P0\): NAV boligsosialt team blir bedt om å forsøke kontakt/);
        assert.match(text, /Kommunal utleier: send ikke varsel etter tvangsfullbyrdelsesloven/);
        assert.match(text, /Etter fem arbeidsdager \(P5\)/);
        assert.doesNotMatch(text, new RegExp(`${TUVA}|Tuva`), 'the receipt names the case only');
      })
      .startTest();
    const [concern] = husly.state.concerns;
    const stored = present(concern, 'the concern');
    assert.equal(stored.source, 'innfordring');
    assert.equal(stored.sharingBasis, 'samtykke');
    assert.deepEqual(stored.arrearsReport, { reportedDate: '2026-11-23', reminderSent: 'purring' });
    assert.equal(stored.rentArrears?.amountNok, 7800);
    const consent = present(
      husly.state.consents.find((c) => c.id === stored.consentId),
      'the consent',
    );
    const nav = present(
      husly.state.units.find((u) => u.key === 'nav-bolig'),
      'NAV',
    );
    assert.deepEqual([consent.unitIds, consent.form], [[nav.id], 'skriftlig']);
    const kase = present(
      husly.state.cases.find((c) => c.id === stored.caseId),
      'the case',
    );
    assert.equal(kase.timeline.arrearsReportedDate, '2026-11-23');
    assert.equal(kase.timeline.firstMissedRentDate, '2026-11-01');
    assert.deepEqual(
      notifier.sent.map((s) => s.notice.kind),
      ['case.forUnit'],
      'the owning unit is told, as for "ny bekymring"',
    );
    assert.doesNotMatch(JSON.stringify(notifier.sent), /Tuva|28879|7800|7 800/);

    await adapter
      .send(submit(form({ submissionId })))
      .assertReply(
        'Denne restansen (samme person og forfallsdato) var allerede meldt i sak 2026-0001.',
      )
      .startTest();
    assert.equal(husly.state.concerns.length, 1, 'a second press registers nothing');
  });

  it('a private landlord gets no § 4-18 line; "restanse" alone opens the card too', async () => {
    const { chat, submit } = await dialogHarness();
    const adapter = chat('navSaks');
    await adapter
      .send(say('restanse'))
      .assertReply((a) => assert.match(cardText(a), /Send restansemelding/))
      .send(
        submit(form({ landlord: 'privat', submissionId: '44444444-4444-4444-8444-444444444444' })),
      )
      .assertReply((a) => {
        assert.match(a.text ?? '', /P0/);
        assert.doesNotMatch(a.text ?? '', /tvangsfullbyrdelsesloven/);
      })
      .startTest();
  });

  it('in a channel the card goes to personal chat, and the channel is told so', async () => {
    const personalChat = new FakePersonalChat();
    const { husly, people } = await smallMunicipality();
    const staff = present(
      husly.state.staff.find((s) => s.id === people.boligSaks),
      'boligSaks',
    );
    const { adapter } = testHuslyBot(husly, new FakeClock(new Date('2026-11-23T10:00:00Z')), {
      services: { personalChat },
    });
    const channel = adapter({
      from: { id: '29:bolig', name: staff.name, aadObjectId: staff.aadObjectId },
      conversation: {
        id: '19:bolig@thread.tacv2;messageid=1',
        conversationType: 'channel',
        tenantId: TENANT,
        isGroup: true,
        name: '',
      },
    });
    await channel
      .send({
        type: 'message',
        text: '<at>Husly</at> meld restanse',
        entities: [
          { type: 'mention', mentioned: { id: '28:bot', name: 'Husly' }, text: '<at>Husly</at>' },
        ],
        channelData: {
          tenant: { id: TENANT },
          channel: { id: '19:bolig@thread.tacv2' },
          team: { id: '19:t@thread.tacv2' },
        },
      })
      .assertReply(
        'Svaret står i den personlige chatten din med Husly, så ingen andre i kanalen ser det.',
      )
      .startTest();
    assert.match(personalChat.text(), /Send restansemelding/, 'the card went to personal chat');
  });
});

describe('the restansemelding command', () => {
  it('is recognised in its usual forms, and "restansen er betalt" stays its own command', () => {
    for (const text of [
      'meld restanse',
      'Restanse',
      'ny restansemelding',
      'registrer husleierestanse',
      'send inn restansemelding',
    ])
      assert.deepEqual(matchCommand(text), { id: 'arrearsReport', argument: '' }, text);
    assert.equal(matchCommand('restansen er betalt 2026-0004')?.id, 'arrearsPaid');
    assert.equal(matchCommand('betalt restanse 2026-0004')?.id, 'arrearsPaid');
    assert.equal(matchCommand('restanser'), null);
  });
});
