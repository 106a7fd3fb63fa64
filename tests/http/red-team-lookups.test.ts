import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'node:test';
import { localDate } from '../../src/domain/common/local-date.ts';
import { DEMO_CASES } from '../../src/demo/demo-municipality.ts';
import type { FakeConnector } from '../helpers/fake-connector.ts';
import { demoServer } from '../helpers/demo-server.ts';
import type { TestServer } from '../helpers/husly-server.ts';
import {
  cardSubmit,
  demoUser,
  message,
  personalConversationId,
  type TeamsUser,
} from '../helpers/teams-activities.ts';
import { present } from '../helpers/assert-present.ts';
import { withoutRandomIds } from '../helpers/without-random-ids.ts';

/**
 * Red-team review 2026-11, findings 2 (enumeration, throttling), 3 (pretext concern),
 * 9 (purpose notes), 13–16 (submissionId, invisible characters, oversized input, sharing basis),
 * replayed through the real server.
 */

/** The first case reported here: the one after the demo's cases. */
const NEXT_CASE = `2026-${String(DEMO_CASES.length + 1).padStart(4, '0')}`;

const KARI = { id: '12879343745', name: 'Kari Nordmann' }; // 2026-0004 (tildeling)
const OLA_N = { id: '10910174148', name: 'Ola Nordmann' }; // 2026-0001 (NAV)
const JONAS_F = { id: '21907814367', name: 'Jonas Fjell' }; // 2026-0002 (tildeling)
const KARI_2 = { id: '02840259644', name: 'Kari Nordmann' }; // a second Kari, registered below
/** The description of demo case 2026-0004's concern: confidential, shown by sharing basis. */
const KARI_0004_TEXT = 'mistet jobben';
const THROTTLED =
  'Du har gjort mange oppslag på personer den siste timen, så nye oppslag er stoppet en stund. ' +
  'Det er logget, og lederen din ser det i tilgangskontrollen. Haster det, kontakt lederen din.';
const NAME_TOO_SHORT =
  'Skriv fullt navn (fornavn og etternavn), eller navn og fødselsdato, for eksempel «hvem eier ' +
  'Kari Nordmann» eller «hvem eier Nordmann 12.07.1987».';

/**
 * Valid synthetic (month + 80) numbers for one birth date 'DDMMYY': what a birth-date sweep tries.
 */
function numbersFor(ddmmyy: string, count: number): string[] {
  const [w1, w2] = [
    [3, 7, 6, 1, 8, 9, 4, 5, 2],
    [5, 4, 3, 2, 7, 6, 5, 4, 3, 2],
  ];
  const out: string[] = [];
  for (let i = 0; i < 500 && out.length < count; i++) {
    const d = [...`${ddmmyy}${String(i).padStart(3, '0')}`].map(Number);
    const k1 = (11 - (weighted(w1, d) % 11)) % 11;
    if (k1 === 10) continue;
    const k2 = (11 - (weighted(w2, [...d, k1]) % 11)) % 11;
    if (k2 !== 10) out.push([...d, k1, k2].join(''));
  }
  return out;
}

/** The sum of weight × digit, position by position (one digit for each weight). */
function weighted(weights: readonly number[], digits: readonly number[]): number {
  return weights.reduce((s, w, j) => s + w * present(digits[j], `digit ${j + 1}`), 0);
}

/** Husly's own help texts use «Kari Nordmann 12.07.1987» as an example; that is not a leak. */
const withoutExamples = (text: string) => text.replace(/«Kari Nordmann[^»]*»/g, '«…»');

const daysAgo = (n: number) => localDate(new Date(Date.now() - n * 864e5), 'Europe/Oslo');

/** A valid concern form submit ("annet" unless overridden), as the card sends it. */
const concern = (fields: Record<string, string>) => ({
  action: 'concern.submit',
  submissionId: randomUUID(),
  category: 'fare-for-a-miste-bolig/utkastelse-tvangssalg',
  other: 'true',
  description: 'Red team: ringte og ba om hjelp.',
  sharingBasis: 'ikke-avklart',
  source: 'tjeneste',
  residentInformed: 'ja',
  ...fields,
});

function harness(env: Record<string, string> = {}) {
  const demo = demoServer({ env: env, personas: ['leder', 'admin'] });
  const h = {
    get connector(): FakeConnector {
      return demo.connector;
    },
    get server(): TestServer {
      return demo.server;
    },
    at: (user: TeamsUser) => ({ serviceUrl: h.connector.url, user }),
    /** Everything the bot sent into `user`'s personal chat from call index `from` on. */
    sentTo: (user: TeamsUser, from = 0) =>
      h.connector.calls
        .slice(from)
        .filter((c) => c.conversationId === personalConversationId(user))
        .map((c) => JSON.stringify(c.body))
        .join('\n'),
    /** "hvem eier <query>", then the purpose; returns what the asker got. */
    async lookup(
      user: TeamsUser,
      query: string,
      purpose = 'samarbeid-tiltak',
      purposeNote?: string,
    ) {
      const from = h.connector.calls.length;
      await h.server.post(message(h.at(user), `hvem eier ${query}`));
      const id = /"lookupId":"([^"]+)"/.exec(h.sentTo(user, from))?.[1];
      if (id)
        await h.server.post(
          cardSubmit(h.at(user), {
            action: 'lookup.purpose',
            lookupId: id,
            purpose,
            ...(purposeNote ? { purposeNote } : {}),
          }),
        );
      return h.sentTo(user, from);
    },
    async report(user: TeamsUser, value: Record<string, string>, replyToId?: string) {
      const from = h.connector.calls.length;
      await h.server.post({
        ...cardSubmit(h.at(user), value),
        ...(replyToId ? { replyToId } : {}),
      });
      return h.sentTo(user, from);
    },
    staffId: async (user: TeamsUser) =>
      (await (
        await h.server.db()
      ).prisma.staff.findUnique({ where: { aadObjectId: user.aadObjectId } }))!.id,
  };
  return h;
}

const kristin = demoUser('saksbehandler'); // NAV
const ola = demoUser('koordinator'); // tildeling: 0002, 0004
const ingrid = demoUser('leder'); // tildeling
const per = demoUser('rop'); // rop: involved in 0001 only
const jonas = demoUser('nav'); // NAV: involved in 0004
const siri = demoUser('bolig'); // boligstiftelsen: reported 0004's concern

describe('red team findings 2, 3, 9, 13–16: lookups and concerns', () => {
  const h = harness();

  it(
    'finding 2: two-letter, one-letter and first-name-only searches are refused at once; ' +
      'parts of words match nothing',
    async () => {
      for (const query of ['an', 'a e', 'Kari', 'Ola', 'Nord', 'kari n', 'a* e*', '%a%']) {
        const got = await h.lookup(ola, query);
        assert.match(got, new RegExp(NAME_TOO_SHORT.replace(/[.()«»]/g, '.')), query);
        assert.doesNotMatch(got, /Hvorfor slår du opp|Nordmann \(|f\. \d{4}|\*{5}/, query);
      }
      for (const query of ['Kari Nord', 'ar ordmann', 'an ne'])
        assert.match(await h.lookup(ola, query), /Ingen sak funnet/, query);
    },
  );

  it(
    'finding 2: a full name shared by several people gives "flere personer" to the ' +
      'unrelated; nobody unrelated sees birth year or masked number',
    async () => {
      const firstMissedRentDate = daysAgo(20);
      const got = await h.report(
        kristin,
        concern({
          nationalId: KARI_2.id,
          name: KARI_2.name,
          rentArrears: 'true',
          arrearsAmount: '5000',
          arrearsMonths: '1',
          landlord: 'privat',
          firstMissedRentDate,
        }),
      );
      assert.match(
        got,
        new RegExp(`registrert i sak ${NEXT_CASE}\\. Saken eies av NAV boligsosialt team`),
      );
      for (const user of [per, ola, siri]) {
        // The sent text carries random lookup ids; a uuid may contain "2002" by chance.
        const answer = withoutRandomIds(await h.lookup(user, 'Kari Nordmann'));
        assert.match(answer, /Flere personer med dette navnet har en sak/, user.name);
        for (const secret of ['1993', '2002', '128793', '028402', '*****'])
          assert.ok(!answer.includes(secret), `${user.name} sees ${secret}`);
      }
      const { prisma } = await h.server.db();
      assert.equal(
        await prisma.auditEvent.count({ where: { action: 'resident.listed' } }),
        0,
        'nobody was listed to anyone',
      );
      // One match: the unrelated get owner facts only, never the birth date or masked number.
      for (const [user, who, year] of [
        [ingrid, OLA_N, '2001'],
        [per, JONAS_F, '1978'],
        [siri, JONAS_F, '1978'],
      ] as const) {
        const answer = await h.lookup(user, who.name);
        assert.match(answer, /Sak 2026-000[12]/);
        for (const secret of [who.id.slice(0, 6), `f. ${year}`, '*****', 'født'])
          assert.ok(!answer.includes(secret), `${user.name}: ${secret}`);
      }
    },
  );

  it('finding 2: a first name (or surname) typed twice is not a full name', async () => {
    // Ingrid (tildeling) has no relation to 2026-0001; only "Ola" is typed, twice.
    const got = await h.lookup(ingrid, 'Ola Ola');
    // Was: words were counted, not distinct words, so "Ola Ola" searched by first name only.
    assert.match(got, new RegExp(NAME_TOO_SHORT.replace(/[.()«»]/g, '.')));
    assert.doesNotMatch(got, /Sak 2026-0001/);
  });

  it(
    'finding 9: a purpose note is stored once, with identity numbers redacted, ' +
      'and never reaches another resident’s access report',
    async () => {
      const note = `Ringte om ${KARI.name} ${KARI.id} – husleie`;
      assert.match(await h.lookup(ola, OLA_N.id, 'annet', note), /Sak 2026-0001/);
      // A related asker gets a list (Kristin: NAV owns NEXT_CASE and is involved in 2026-0004) and
      // picks one.
      const list = await h.lookup(
        kristin,
        'Kari Nordmann',
        'annet',
        'Oppfølging av Kari nr 2 etter telefon',
      );
      assert.match(list, /Velg person/);
      const lookupId = /"lookupId":"([^"]+)"/.exec(list)![1];
      const second = (await (
        await h.server.db()
      ).prisma.resident.findFirst({ where: { maskedId: `${KARI_2.id.slice(0, 6)}*****` } }))!.id;
      assert.ok(list.includes(second), 'the second Kari is on the list');
      await h.server.post(
        cardSubmit(h.at(kristin), { action: 'lookup.choose', lookupId, residentId: second }),
      );
      assert.match(h.sentTo(kristin).split('\n').at(-1)!, new RegExp(`Sak ${NEXT_CASE}`));

      const audit = (id: string) => {
        const run = spawnSync(
          process.execPath,
          ['--import', 'tsx', 'scripts/audit-resident.ts', id],
          {
            env: { ...process.env, DATABASE_URL: h.server.dbUrl, NODE_NO_WARNINGS: '1' },
            encoding: 'utf8',
          },
        );
        assert.equal(run.status, 0, run.stderr);
        return run.stdout;
      };
      const olaReport = audit(OLA_N.id);
      assert.match(
        olaReport,
        new RegExp(
          'Ola Berg \\(Tildelingsteam\\) .* i sak 2026-0001 – formål: Annet ' +
            '\\(«Ringte om Kari Nordmann \\[tall fjernet\\] – husleie»\\)',
        ),
      );
      assert.ok(
        !olaReport.includes(KARI.id) && !olaReport.includes(KARI.id.slice(6)),
        'the number in the note is redacted',
      );
      const kariReport = audit(KARI.id);
      const kari2Report = audit(KARI_2.id);
      for (const text of [kariReport, kari2Report])
        assert.doesNotMatch(text, /Ringte om/, 'Ola Nordmann’s note is not in Kari’s report');
      assert.doesNotMatch(
        kariReport,
        /Kari nr 2/,
        'the note of a list lookup goes to the chosen resident only',
      );
      assert.match(kari2Report, /Kari nr 2/);
      const stored = await (
        await h.server.db()
      ).prisma.auditEvent.findMany({ where: { purposeNote: { not: null } } });
      assert.ok(stored.every((e) => !e.purposeNote!.includes(KARI.id)));
      assert.equal(
        stored.filter((e) => e.purposeNote!.includes('Ringte om')).length,
        1,
        'stored once',
      );
    },
  );

  it(
    'finding 3 (A6/A6b): Per files a concern about Kari (2026-0004): no name, ' +
      'masked id or other unit’s text; "restansen er betalt" refused; reminders unchanged',
    async () => {
      const { prisma } = await h.server.db();
      const kase = (await prisma.case.findUnique({ where: { reference: '2026-0004' } }))!;
      const pending = await prisma.reminderOutbox.findMany({
        where: { caseId: kase.id, status: 'pending' },
        orderBy: { key: 'asc' },
      });
      assert.ok(pending.length > 0);
      const receipt = await h.report(
        per,
        concern({
          nationalId: KARI.id,
          description: 'Påskudd: vil se saken.',
          sharingBasis: 'lovhjemmel',
        }),
      );
      assert.match(
        receipt,
        /Bekymringen er registrert i sak 2026-0004\. Saken eies av Tildelingsteam/,
      );
      const seen = withoutExamples(
        (await h.lookup(per, '2026-0004')) +
          (await h.lookup(per, KARI.id)) +
          (await h.lookup(per, KARI.name)),
      );
      for (const secret of [
        KARI.name,
        KARI.id.slice(0, 6),
        '*****',
        KARI_0004_TEXT,
        'Nivå',
        'Boligstiftelsen',
        'født',
      ])
        assert.ok(!seen.includes(secret), `Per sees ${secret}`);
      assert.doesNotMatch(seen, /14\s?250/u);
      assert.match(seen, /taushetsbelagt/);
      for (const command of [
        'restansen er betalt 2026-0004',
        'avslutt sak 2026-0004',
        'påminnelser 2026-0004',
        'målplan 2026-0004',
      ]) {
        const from = h.connector.calls.length;
        await h.server.post(message(h.at(per), command));
        assert.match(h.sentTo(per, from), /Du har ikke tilgang/, command);
      }
      await h.server.post(
        cardSubmit(h.at(per), { action: 'resolution.paid', caseId: kase.id, paidDate: daysAgo(0) }),
      );
      assert.match(h.sentTo(per).split('\n').at(-1)!, /Du har ikke tilgang/);
      assert.equal(
        (await prisma.case.findUnique({ where: { id: kase.id } }))!.arrearsPaidDate,
        null,
      );
      assert.deepEqual(
        (
          await prisma.reminderOutbox.findMany({
            where: { caseId: kase.id, status: 'pending' },
            orderBy: { key: 'asc' },
          })
        ).map((r) => r.key),
        pending.map((r) => r.key),
        'pending reminders unchanged',
      );
      assert.equal(
        await prisma.caseInvolvement.count({ where: { caseId: kase.id, unit: { key: 'rop' } } }),
        0,
        'reporting made rop no involvement',
      );
    },
  );

  it(
    'finding 3: a pretext concern "with consent" naming the reporter’s own unit ' +
      'does not open the case either',
    async () => {
      const { prisma } = await h.server.db();
      const kase = (await prisma.case.findUnique({ where: { reference: '2026-0004' } }))!;
      const receipt = await h.report(
        per,
        concern({
          nationalId: KARI.id,
          description: 'Påskudd med samtykke.',
          sharingBasis: 'samtykke',
          consentUnitKeys: 'rop',
          consentForm: 'muntlig',
        }),
      );
      assert.match(receipt, /registrert i sak 2026-0004/);
      const seen = withoutExamples(
        (await h.lookup(per, '2026-0004')) + (await h.lookup(per, 'Kari Nordmann 12.07.1993')),
      );
      // Was: a consent the reporter wrote on his concern, naming his own unit, opened the whole
      // case. Now a concern's consent opens that concern's text only; the case follows consents the
      // owning unit recorded.
      for (const secret of [KARI.name, KARI.id.slice(0, 6), 'født', 'Nivå'])
        assert.ok(!seen.includes(secret), `Per sees ${secret}`);
      assert.equal(
        (await prisma.caseConsent.findMany({ where: { caseId: kase.id } })).length >= 1,
        true,
      );
    },
  );

  it(
    'finding 13: Per reusing Kristin’s submissionId registers his own concern (his ' +
      'own reference); hers is unchanged',
    async () => {
      const { prisma } = await h.server.db();
      const submissionId = randomUUID();
      const hers = await h.report(kristin, {
        ...concern({ nationalId: '05828008848', name: 'Sara Sørby' }),
        submissionId,
      });
      const herRef = /registrert i sak (\d{4}-\d{4})/.exec(hers)![1];
      const his = await h.report(per, {
        ...concern({ nationalId: '23914531519', name: 'Trond Tunet' }),
        submissionId,
      });
      assert.doesNotMatch(his, /allerede registrert/);
      const hisRef = /registrert i sak (\d{4}-\d{4})/.exec(his)?.[1];
      assert.ok(hisRef && hisRef !== herRef, his);
      assert.doesNotMatch(his, /Sara|Sørby|058280/);
      const rows = await prisma.concern.findMany({
        where: { submissionId },
        include: { case: true },
      });
      assert.deepEqual(rows.map((r) => r.case.reference).sort(), [herRef, hisRef].sort());
      assert.equal(
        rows.find((r) => r.case.reference === herRef)!.reporterId,
        await h.staffId(kristin),
      );
    },
  );

  it(
    'finding 14: a zero-width space, RLO or soft hyphen in a name does not ' +
      'create a second resident or case',
    async () => {
      const { prisma } = await h.server.db();
      const base = { name: 'Tore Testmann', birthDate: '1980-05-05' };
      const first = /registrert i sak (\d{4}-\d{4})/.exec(
        await h.report(kristin, concern(base)),
      )![1];
      const [residents, cases] = [await prisma.resident.count(), await prisma.case.count()];
      for (const name of [
        'Tore\u200b Testmann',
        'Tore Testmann\u202e',
        '\u202eTore Testmann\u202c',
        'To\u00adre Testmann',
        '\ufeffTore\u2060 Testmann',
        'Tore\u00a0Testmann',
      ]) {
        const got = await h.report(kristin, concern({ ...base, name }));
        assert.match(got, new RegExp(`registrert i sak ${first}`), JSON.stringify(name));
      }
      assert.equal(await prisma.resident.count(), residents);
      assert.equal(await prisma.case.count(), cases);
      assert.ok(
        (await prisma.resident.findMany()).every(
          (r) => !/[\u200b\u202e\u202c\u00ad\ufeff\u2060]/.test(r.name),
        ),
      );
    },
  );

  it(
    'finding 15: a 200 KB description is refused and not echoed: ' +
      'the redrawn form is well under 28 KB',
    async () => {
      const { prisma } = await h.server.db();
      const before = await prisma.concern.count();
      const big = 'å'.repeat(100_000); // 200 KB in UTF-8 (the server takes at most 256 KB)
      h.connector.reset();
      const res = await h.server.post({
        ...cardSubmit(h.at(kristin), concern({ nationalId: OLA_N.id, description: big })),
        replyToId: 'form-big',
      });
      assert.equal(res.status, 200);
      const put = h.connector.calls.find((c) => c.method === 'PUT' && c.activityId === 'form-big');
      assert.ok(put, 'the form is redrawn in place');
      const size = Buffer.byteLength(JSON.stringify(put.body));
      assert.ok(size < 20_000, `redrawn form is ${size} bytes`);
      assert.ok(!JSON.stringify(put.body).includes('åååååååååå'));
      assert.match(JSON.stringify(put.body), /For lang tekst/);
      assert.ok(h.connector.calls.every((c) => Buffer.byteLength(JSON.stringify(c.body)) < 28_000));
      assert.equal(await prisma.concern.count(), before, 'nothing stored');
    },
  );

  it(
    'finding 15: many fields, each just under the description limit, are not echoed into ' +
      'a card Teams would refuse (> 28 KB)',
    async () => {
      const fields = [
        'nationalId',
        'name',
        'birthDate',
        'arrearsAmount',
        'arrearsMonths',
        'landlord',
        'firstMissedRentDate',
        'noticeDate',
        'noticeReceivedDate',
        'namsmannNoticeDate',
        'evictionDate',
        'category',
        'consentUnitKeys',
        'consentForm',
        'residentInformed',
        'sharingBasis',
      ];
      const value = Object.fromEntries(fields.map((f) => [f, 'x'.repeat(1999)]));
      h.connector.reset();
      await h.server.post({
        ...cardSubmit(h.at(kristin), { ...concern({}), ...value }),
        replyToId: 'form-many',
      });
      const put = h.connector.calls.find((c) => c.method === 'PUT' && c.activityId === 'form-many');
      const size = Buffer.byteLength(JSON.stringify(put?.body ?? {}));
      // Was: every field up to 2000 characters was echoed, whatever its own limit (16 × 1999 chars
      // ≈ 40 KB, refused by Teams).
      assert.ok(size < 28_000, `redrawn form is ${size} bytes`);
    },
  );

  it(
    'finding 16: readers see the sharing basis; an "ikke-avklart" concern’s text is hidden ' +
      'from involved units, shown to owner and reporter',
    async () => {
      const card = async (user: TeamsUser, reference: string) => {
        const from = h.connector.calls.length;
        await h.server.post(message(h.at(user), `hvem eier ${reference}`));
        return h.sentTo(user, from);
      };
      const ownerView = await card(ola, '2026-0004');
      assert.match(ownerView, new RegExp(KARI_0004_TEXT));
      assert.match(ownerView, /Grunnlag for deling: ikke avklart/);
      assert.match(
        await card(siri, '2026-0004'),
        new RegExp(KARI_0004_TEXT),
        'the reporter reads its own concern',
      );
      const involved = await card(jonas, '2026-0004');
      assert.match(involved, new RegExp(KARI.name), 'the involved unit sees the person and dates');
      assert.doesNotMatch(involved, new RegExp(`${KARI_0004_TEXT}|14\\s?250`, 'u'));
      assert.match(
        involved,
        /Beskrivelsen og beløpene er taushetsbelagte \(grunnlag: ikke avklart\)/,
      );
      const perOn0001 = await card(per, '2026-0001');
      assert.match(perOn0001, /Utkastelsesdato/, 'Per (involved, outside the consent) sees dates');
      assert.doesNotMatch(perOn0001, /leieboer har ikke betalt|38\s?400/u);
      assert.match(perOn0001, /grunnlag: samtykke/);
      assert.match(await card(kristin, '2026-0001'), /Grunnlag for deling: samtykke/);
    },
  );
});

describe('red team finding 2: person lookups throttled per user, leaders told once an hour', () => {
  const h = harness({ HUSLY_LOOKUP_LIMIT_PER_HOUR: '3' });

  it(
    'finding 2: more than N lookups in an hour are refused and audited; ' +
      'the unit’s leader gets one notice naming no resident',
    async () => {
      const { prisma } = await h.server.db();
      for (const q of [OLA_N.id, 'Jonas Fjell', 'Eva Strand'])
        assert.doesNotMatch(await h.lookup(ola, q), new RegExp(THROTTLED.slice(0, 40)));
      h.connector.reset();
      for (const q of [KARI.id, 'Amina Rahman'])
        assert.match(await h.lookup(ola, q), new RegExp(THROTTLED.slice(0, 40)), q);
      assert.doesNotMatch(h.sentTo(ola), /Sak 2026-000[45]/, 'no answer behind the throttle');
      const rows = await prisma.auditEvent.findMany({
        where: { action: 'lookup.throttled', actorStaffId: await h.staffId(ola) },
      });
      assert.equal(rows.length, 2);
      assert.ok(
        rows.every((r) => r.outcome === 'denied' && r.residentId === null && r.caseId === null),
      );
      const notices = h.connector.calls.filter(
        (c) => c.conversationId === personalConversationId(ingrid),
      );
      assert.equal(notices.length, 1, 'one notice to the leader, not one per refusal');
      const text = JSON.stringify(present(notices[0], 'the notice').body);
      assert.match(text, /Personoppslag stoppet.*Ola Berg \(Tildelingsteam\)/);
      for (const r of [
        KARI,
        OLA_N,
        JONAS_F,
        { id: '60849840528', name: 'Amina Rahman' },
        { id: '24835626977', name: 'Eva Strand' },
      ])
        assert.ok(
          !text.includes(r.name) && !text.includes(r.id.slice(0, 6)),
          `the notice names ${r.name}`,
        );
      assert.equal(
        h.connector.calls.filter(
          (c) => c.conversationId === personalConversationId(demoUser('admin')),
        ).length,
        0,
        'admins not told when the unit has a leader',
      );
    },
  );

  it(
    'finding 2: a birth-date sweep is stopped by the throttle before it reaches the number; ' +
      'without a leader, admins are told',
    async () => {
      const candidates = numbersFor(JONAS_F.id.slice(0, 6), 5).filter((n) => n !== JONAS_F.id);
      h.connector.reset();
      const answers = [];
      for (const n of [...candidates, JONAS_F.id]) answers.push(await h.lookup(per, n));
      assert.ok(answers.slice(0, 3).every((a) => /Ingen sak funnet/.test(a)));
      assert.ok(
        answers.slice(3).every((a) => a.includes(THROTTLED)),
        'refused from the 4th on',
      );
      assert.doesNotMatch(
        h.sentTo(per),
        /2026-0002|Tildelingsteam/,
        'the real number was never answered',
      );
      const admin = h.connector.calls.filter(
        (c) => c.conversationId === personalConversationId(demoUser('admin')),
      );
      assert.equal(admin.length, 1, 'rop has no leader: the administrators are told, once');
      const notice = JSON.stringify(present(admin[0], 'the notice').body);
      assert.match(notice, /Per Lunde \(Psykisk helse og rus\)/);
      assert.doesNotMatch(notice, /Jonas Fjell|219078/);
    },
  );
});
