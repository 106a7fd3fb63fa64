import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'node:test';
import type { Activity } from 'botbuilder';
import type { ConcernDraft } from '../../src/domain/concern/concern-form.ts';
import { draft } from '../fakes/concern-draft.ts';
import { dialogHarness } from '../helpers/dialog-harness.ts';

const cardOf = (a: Partial<Activity>) => JSON.stringify(a.attachments?.[0]?.content ?? {});
/** formatDate puts a no-break space after the day; \s matches it. */
const DAY = String.raw`\.\s`;

/**
 * Submits one concern form in a NAV caseworker's personal chat (the harness's today is Monday
 * 23 November 2026) and returns what Husly answered.
 */
async function submitConcern(fields: ConcernDraft) {
  const { husly, chat, submit } = await dialogHarness();
  const replies: Partial<Activity>[] = [];
  await chat('navSaks')
    .send(submit({ action: 'concern.submit', submissionId: randomUUID(), ...draft(fields) }))
    .assertReply((a) => void replies.push(a))
    .startTest();
  return { husly, replies, text: replies.map((a) => a.text ?? cardOf(a)).join('\n') };
}

describe('the concern receipt repeats the dates and the deadlines they give', () => {
  it('a § 4-18 notice sent 21 and received 22 November: request from 5 December', async () => {
    const { husly, text } = await submitConcern({
      noticeReceived: 'true',
      noticeDate: '2026-11-21',
      noticeReceivedDate: '2026-11-22',
    });
    assert.equal(husly.state.concerns.length, 1);
    assert.match(text, /^Bekymringen er registrert i sak 2026-0001\./);
    assert.match(text, /Datoene slik Husly har registrert dem\. Sjekk at de stemmer:/);
    assert.match(text, new RegExp(`- Første ubetalte husleie: 1${DAY}oktober 2026`));
    assert.match(
      text,
      new RegExp(
        `- Varsel etter tvangsfullbyrdelsesloven § 4-18 sendt \\(datoen på varselet\\): ` +
          `21${DAY}november 2026\\n- Beboeren fikk varselet etter § 4-18: 22${DAY}november 2026`,
      ),
      'oldest first, as typed',
    );
    assert.match(
      text,
      new RegExp(`- Utleier kan tidligst begjære utkastelse 5${DAY}desember 2026 `),
      'two weeks from the day it was sent, not received',
    );
    assert.doesNotMatch(text, /6\.\sdesember/);
    assert.doesNotMatch(text, /innsigelse/);
  });

  it('only NAV’s copy date of the namsmann’s letter: the deadline is uncertain', async () => {
    const { text } = await submitConcern({
      rentArrears: 'false',
      namsmannNotice: 'true',
      namsmannCopyDate: '2026-11-20',
    });
    assert.match(
      text,
      new RegExp(`- NAV/kommunen fikk kopi av brevet fra namsmannen: 20${DAY}november 2026`),
    );
    assert.match(
      text,
      new RegExp(
        '- Fristen for innsigelse er usikker: den løper fra beboeren fikk brevet\\. ' +
          'Be om å få se brevet\\.',
      ),
    );
    assert.doesNotMatch(text, /Fristen for innsigelse (til namsmannen |som står i brevet)/);
  });

  it('the tenant’s date gives 14 days; a printed deadline wins over it', async () => {
    const served = await submitConcern({
      rentArrears: 'false',
      namsmannNotice: 'true',
      namsmannNoticeDate: '2026-11-20',
    });
    assert.match(
      served.text,
      new RegExp(`Fristen for innsigelse til namsmannen går ut 4${DAY}desember 2026: 14 dager`),
    );
    const printed = await submitConcern({
      rentArrears: 'false',
      namsmannNotice: 'true',
      namsmannNoticeDate: '2026-11-20',
      objectionDeadline: '2026-12-07',
    });
    assert.match(
      printed.text,
      new RegExp(
        `Fristen for innsigelse som står i brevet fra namsmannen, går ut 7${DAY}desember 2026\\.`,
      ),
    );
    assert.doesNotMatch(printed.text, /4\.\sdesember/);
  });

  it('an oppsigelse, an eviction that happened, and a belongings deadline', async () => {
    const { text } = await submitConcern({
      rentArrears: 'false',
      category: 'uten-egen-bolig/hos-venner-familie',
      terminated: 'true',
      terminationDate: '2026-10-02',
      evictionDateSet: 'true',
      evictionDate: '2026-11-18',
      evictionHappened: 'true',
      belongingsDeadline: '2026-12-16',
    });
    assert.match(
      text,
      new RegExp(
        `Fristen for å protestere skriftlig mot oppsigelsen gikk ut 2${DAY}november 2026 ` +
          '\\(husleieloven § 9-8\\)',
      ),
    );
    assert.match(text, new RegExp(`Utkastelsen ble gjennomført 18${DAY}november 2026\\.`));
    assert.match(text, new RegExp(`Ny frist for å hente eiendeler: 16${DAY}desember 2026\\.`));
  });

  it('"uten tak over hodet i natt" needs no date and no category, and says so', async () => {
    const { husly, text } = await submitConcern({
      rentArrears: 'false',
      acute: 'true',
      category: '',
      description: '',
    });
    assert.match(text, /Personen er meldt uten tak over hodet i natt\./);
    assert.doesNotMatch(text, /Datoene slik Husly/);
    assert.equal(husly.state.cases[0]?.subcategory, 'uten-tak-over-hodet');
    assert.equal(husly.state.concerns[0]?.description, '');
  });

  it('a wrong date comes back with a message under the field and stores nothing', async () => {
    const { husly, replies } = await submitConcern({
      namsmannNotice: 'true',
      children: 'tre',
    });
    assert.equal(husly.state.concerns.length, 0);
    assert.equal(husly.state.cases.length, 0);
    const card = cardOf(replies[0] ?? {});
    assert.match(card, /Fyll inn minst én dato: når beboeren fikk brevet/);
    assert.match(card, /Skriv antall barn som et helt tall \(0–20\)\./);
    assert.match(card, /"id":"namsmannNotice-details","isVisible":true/);
  });
});
