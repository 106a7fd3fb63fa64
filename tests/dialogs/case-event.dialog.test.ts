import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'node:test';
import type { Activity } from 'botbuilder';
import { reminderCard } from '../../dialogs/cards/reminder.cards.ts';
import { nb } from '../../dialogs/texts/nb.ts';
import { validateAdaptiveCard } from '../../scripts/lib/schemas.ts';
import { present } from '../helpers/assert-present.ts';
import { dialogHarness } from '../helpers/dialog-harness.ts';
import { draft } from '../fakes/concern-draft.ts';

const cardOf = (a: Partial<Activity>) =>
  (a.attachments?.[0]?.content ?? {}) as Record<string, unknown>;
/** The reply's text, with the no-break spaces of formatted dates as plain spaces. */
const textIs = (expected: string) => (a: Partial<Activity>) =>
  assert.equal(a.text?.replace(/\u00a0/g, ' '), expected);

/** The outcome buttons on a card: [title, type] of each `event.pick`. */
function picks(card: unknown): [string, string][] {
  const found: [string, string][] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (typeof node !== 'object' || node === null) return;
    const n = node as Record<string, unknown>;
    const data = n.data as Record<string, unknown> | undefined;
    if (n.type === 'Action.Submit' && data?.action === 'event.pick')
      found.push([String(n.title), String(data.type)]);
    Object.values(n).forEach(walk);
  };
  walk(card);
  return found;
}

/**
 * Case 2026-0001: rent arrears and an eviction date on 20 January, reported by Psykisk helse og
 * rus, owned by the tildelingsteam (tilKoord works there; ropSaks only reported it).
 */
async function withCase() {
  const h = await dialogHarness();
  await h
    .chat('ropSaks')
    .send(
      h.submit({
        action: 'concern.submit',
        submissionId: randomUUID(),
        ...draft({ evictionDateSet: 'true', evictionDate: '2027-01-20' }),
      }),
    )
    .assertReply((a) => assert.match(a.text ?? '', /registrert i sak 2026-0001/))
    .startTest();
  const kase = present(h.husly.state.cases[0], 'case 2026-0001');
  return { ...h, kase };
}

describe('"hendelse 2026-0001" and the outcome buttons (personal chat)', () => {
  it('the command shows every outcome; one tap records it dated today, with who', async () => {
    const { chat, say, submit, husly, kase, people } = await withCase();
    let card: Record<string, unknown> = {};
    await chat('tilKoord')
      .send(say('hendelse 2026-0001'))
      .assertReply((a) => {
        card = cardOf(a);
      })
      .startTest();
    assert.deepEqual(validateAdaptiveCard(card), []);
    assert.deepEqual(
      picks(card).map(([, type]) => type),
      [
        'kontakt-opprettet',
        'stonad-sokt',
        'stonad-vedtak',
        'stonad-utbetalt',
        'nedbetalingsavtale',
        'begjaering-trukket',
        'utsettelse-avtalt',
        'ny-utkastelsesdato',
        'innsigelse-sendt',
        'midlertidig-botilbud',
        'bolig-sikret',
        'betalt',
      ],
    );
    assert.match(JSON.stringify(card), /sosialtjenesteloven §§ 18–19/);
    await chat('tilKoord')
      .send(submit({ action: 'event.pick', caseId: kase.id, type: 'nedbetalingsavtale' }))
      .assertReply(
        textIs(
          '«Nedbetalingsavtale inngått» er registrert i sak 2026-0001 (23. november 2026). ' +
            'Påminnelser om kontakt, søknad og nedbetaling er stoppet. Lovfristene varsles ' +
            'fortsatt: en avtale er ikke betaling, og utleier kan fortsatt begjære utkastelse.',
        ),
      )
      .startTest();
    assert.deepEqual(
      husly.state.caseEvents.map((e) => [e.type, e.occurredOn, e.recordedById]),
      [['nedbetalingsavtale', '2026-11-23', people.tilKoord]],
    );
    // The case card in personal chat lists it, with the button to record more.
    await chat('tilKoord')
      .send(say('hvem eier 2026-0001'))
      .assertReply((a) => {
        const text = JSON.stringify(cardOf(a));
        assert.match(text, /Hva er gjort og besluttet/);
        assert.match(text, /23\.\s+november\s+2026: Nedbetalingsavtale inngått \(tilKoord\)/);
        assert.match(text, /"action":"event.start"/);
      })
      .startTest();
  });

  it('"registrer utfall" also works; "Restansen er betalt" among them marks it paid', async () => {
    const { chat, say, submit, husly, kase } = await withCase();
    await chat('tilKoord')
      .send(say('registrer utfall i sak 2026-0001'))
      .assertReply((a) => assert.ok(picks(cardOf(a)).length > 0))
      .send(submit({ action: 'event.pick', caseId: kase.id, type: 'betalt' }))
      .assertReply((a) => assert.match(a.text ?? '', /registrert som betalt/))
      .startTest();
    assert.equal(husly.state.cases[0]?.arrearsPaidDate, '2026-11-23');
  });

  it('a new eviction date opens a small form; a past or invalid date is refused', async () => {
    const { chat, submit, husly, kase } = await withCase();
    let form: Record<string, unknown> = {};
    await chat('tilKoord')
      .send(submit({ action: 'event.pick', caseId: kase.id, type: 'ny-utkastelsesdato' }))
      .assertReply((a) => {
        form = cardOf(a);
      })
      .startTest();
    assert.deepEqual(validateAdaptiveCard(form), []);
    assert.match(JSON.stringify(form), /"type":"Input.Date","id":"date"/);
    const send = { action: 'event.submit', caseId: kase.id, type: 'ny-utkastelsesdato' };
    await chat('tilKoord')
      .send(submit({ ...send, date: '2026-11-01' }))
      .assertReply((a) =>
        assert.match(
          JSON.stringify(cardOf(a)),
          /Den nye utkastelsesdatoen kan ikke være tilbake i tid/,
        ),
      )
      .send(submit({ ...send, date: '31.01.2027' }))
      .assertReply((a) =>
        assert.match(JSON.stringify(cardOf(a)), /Skriv en gyldig dato \(dd\.mm\.åååå\)/),
      )
      .startTest();
    assert.deepEqual(husly.state.caseEvents, [], 'nothing stored');
    assert.equal(husly.state.cases[0]?.timeline.evictionDate, '2027-01-20');
    await chat('tilKoord')
      .send(submit({ ...send, date: '2027-02-15' }))
      .assertReply(
        textIs(
          '«Ny utkastelsesdato» er registrert i sak 2026-0001 (23. november 2026). ' +
            'Utkastelsesdatoen er nå 15. februar 2027, og påminnelsene er flyttet etter den.',
        ),
      )
      .startTest();
    assert.equal(husly.state.cases[0]?.timeline.evictionDate, '2027-02-15');
  });

  it('a first contact asks for its day (today by default, never ahead), dated by it', async () => {
    const { chat, submit, husly, kase } = await withCase();
    let form: Record<string, unknown> = {};
    await chat('tilKoord')
      .send(submit({ action: 'event.pick', caseId: kase.id, type: 'kontakt-opprettet' }))
      .assertReply((a) => {
        form = cardOf(a);
      })
      .startTest();
    assert.deepEqual(validateAdaptiveCard(form), []);
    const text = JSON.stringify(form);
    assert.match(text, /Første kontakt med beboeren – sak 2026-0001/);
    assert.match(text, /"label":"Dagen dere fikk kontakt"/);
    assert.match(text, /"value":"2026-11-23","max":"2026-11-23"/);
    const send = { action: 'event.submit', caseId: kase.id, type: 'kontakt-opprettet' };
    await chat('tilKoord')
      .send(submit({ ...send, date: '2026-11-24' }))
      .assertReply((a) =>
        assert.match(
          JSON.stringify(cardOf(a)),
          /Dagen dere fikk kontakt, kan ikke være fram i tid/,
        ),
      )
      .startTest();
    assert.equal(husly.state.caseEvents.length, 0, 'nothing stored');
    await chat('tilKoord')
      .send(submit({ ...send, date: '2026-11-20' }))
      .assertReply(
        textIs(
          '«Første kontakt med beboeren» er registrert i sak 2026-0001 (20. november 2026). ' +
            'Påminnelser om å få kontakt med personen er stoppet.',
        ),
      )
      .startTest();
    assert.deepEqual(
      husly.state.caseEvents.map((e) => [e.type, e.occurredOn, e.dateValue]),
      [['kontakt-opprettet', '2026-11-20', null]],
    );
  });

  it('a vedtak asks for the outcome; a bad amount is refused with the values kept', async () => {
    const { chat, submit, husly, kase } = await withCase();
    const send = { action: 'event.submit', caseId: kase.id, type: 'stonad-vedtak' };
    await chat('tilKoord')
      .send(submit({ ...send, decision: 'innvilget', amount: '12 5OO' }))
      .assertReply((a) => {
        const text = JSON.stringify(cardOf(a));
        assert.match(text, /Beløpet må være hele kroner/);
        assert.match(text, /"value":"innvilget"/);
      })
      .send(submit({ ...send, decision: '', amount: '' }))
      .assertReply((a) =>
        assert.match(JSON.stringify(cardOf(a)), /Velg om søknaden er innvilget eller avslått/),
      )
      .send(submit({ ...send, decision: 'avslatt', amount: '9 800' }))
      .assertReply((a) => assert.match(a.text ?? '', /«Vedtak om økonomisk stønad» er registrert/))
      .startTest();
    assert.deepEqual(
      husly.state.caseEvents.map((e) => [e.decision, e.amountNok]),
      [['avslatt', 9800]],
    );
  });

  it('refuses someone without rights, a forged type, and a missing reference', async () => {
    const { chat, say, submit, husly, kase } = await withCase();
    // Who may, and what to do instead: the reporter's unit asks the owner.
    const refused =
      'Du har ikke tilgang til å registrere hendelser i saken. Sak 2026-0001 eies av ' +
      'Tildelingsteam (ingen saksansvarlig ennå). Det kan saksansvarlig, enheten som eier ' +
      'saken, og enheter som har fått tilgang til den. Ta det opp med Tildelingsteam, eller be ' +
      'om at enheten din får tilgang (de gir den med «gi tilgang 2026-0001»).';
    await chat('ropSaks')
      .send(say('hendelse 2026-0001'))
      .assertReply(textIs(refused))
      .send(submit({ action: 'event.pick', caseId: kase.id, type: 'begjaering-trukket' }))
      .assertReply(textIs(refused))
      .startTest();
    await chat('tilKoord')
      .send(say('hendelse'))
      .assertReply(textIs(nb.events.needReference))
      .send(submit({ action: 'event.pick', caseId: kase.id, type: 'slettet' }))
      .assertReply(textIs(nb.errors['CASE_EVENT.UNKNOWN_TYPE']))
      .startTest();
    assert.deepEqual(husly.state.caseEvents, []);
    assert.ok(
      husly.state.audit.some((e) => e.action === 'case.recordEvent' && e.outcome === 'denied'),
    );
  });
});

describe('"Utført" on a reminder offers the events of its checkpoint', () => {
  const item = {
    outboxKey: 'case:c1:F-7:2027-01-13',
    caseId: 'c1',
    reference: '2026-0001',
    kind: 'F-7' as const,
    basis: 'practice' as const,
    dueDate: '2027-01-13',
    legalDeadline: '2027-01-20',
    colleagues: [],
    handedBy: null,
  };

  it('not before it is done; after, one button per outcome, naming the case by id', () => {
    assert.deepEqual(picks(reminderCard(nb, [item])), []);
    const done = reminderCard(nb, [item], {
      [item.outboxKey]: { doneBy: { name: 'navSaks', date: '2027-01-13' } },
    });
    assert.deepEqual(validateAdaptiveCard(done), []);
    assert.deepEqual(picks(done), [
      ['Begjæringen trukket', 'begjaering-trukket'],
      ['Utsettelse avtalt', 'utsettelse-avtalt'],
      ['Ny utkastelsesdato', 'ny-utkastelsesdato'],
      ['Midlertidig botilbud fra', 'midlertidig-botilbud'],
    ]);
    assert.match(JSON.stringify(done), /"caseId":"c1","type":"begjaering-trukket"/);
  });

  it('an arrears checkpoint offers søknad, nedbetalingsavtale and "Restansen er betalt"', () => {
    const done = reminderCard(nb, [{ ...item, kind: 'R-7', outboxKey: 'k' }], {
      k: { doneBy: { name: 'navSaks', date: '2027-01-13' } },
    });
    assert.deepEqual(
      picks(done).map(([title]) => title),
      [
        'Søknad om økonomisk stønad sendt',
        'Vedtak om økonomisk stønad',
        'Stønad utbetalt til utleier',
        'Nedbetalingsavtale inngått',
        'Restansen er betalt',
      ],
    );
  });

  it('a målplan reminder offers nothing', () => {
    const done = reminderCard(nb, [{ ...item, kind: 'measure.due', outboxKey: 'm' }], {
      m: { doneBy: { name: 'navSaks', date: '2027-01-13' } },
    });
    assert.deepEqual(picks(done), []);
    assert.doesNotMatch(JSON.stringify(done), new RegExp(nb.events.afterDone));
  });
});
