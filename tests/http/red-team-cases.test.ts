import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'node:test';
import { localDate } from '../../src/domain/common/local-date.ts';
import type { FakeConnector } from '../helpers/fake-connector.ts';
import { demoServer } from '../helpers/demo-server.ts';
import type { TestServer } from '../helpers/husly-server.ts';
import {
  cardSubmit,
  demoUser,
  execute,
  message,
  personalConversationId,
  type TeamsUser,
} from '../helpers/teams-activities.ts';
import { present } from '../helpers/assert-present.ts';

/**
 * Red-team review 2026-11, findings 4–7, 10–12, 17, break-glass and consent withdrawal,
 * replayed through the real server.
 */

const today = () => localDate(new Date(), 'Europe/Oslo');
/** Every refusal starts so, then says what was refused, who may and what to do instead. */
const NO_ACCESS = 'Du har ikke tilgang til å ';

function harness(personas: readonly string[]) {
  const demo = demoServer({ env: {}, personas: personas });
  const h = {
    get connector(): FakeConnector {
      return demo.connector;
    },
    get server(): TestServer {
      return demo.server;
    },
    at: (user: TeamsUser, place: 'personal' | 'channel' = 'personal') => ({
      serviceUrl: h.connector.url,
      user,
      place,
    }),
    sentTo: (user: TeamsUser, from = 0) =>
      h.connector.calls
        .slice(from)
        .filter((c) => c.conversationId === personalConversationId(user))
        .map((c) => JSON.stringify(c.body))
        .join('\n'),
    /** Posts an activity from `user` and returns what came to their personal chat. */
    async say(user: TeamsUser, activity: unknown) {
      const from = h.connector.calls.length;
      await h.server.post(activity);
      return h.sentTo(user, from);
    },
    text: (user: TeamsUser, text: string) => h.say(user, message(h.at(user), text)),
    press: (user: TeamsUser, value: Record<string, unknown>) =>
      h.say(user, cardSubmit(h.at(user), value)),
    prisma: async () => (await h.server.db()).prisma,
    staffId: async (user: TeamsUser) =>
      (await (await h.prisma()).staff.findUnique({ where: { aadObjectId: user.aadObjectId } }))!.id,
    caseOf: async (reference: string) =>
      (await (await h.prisma()).case.findUnique({ where: { reference } }))!,
    /**
     * Makes the case's first pending reminder due now (a legal deadline today) and sends it;
     * returns the row.
     */
    async deliver(reference: string) {
      const prisma = await h.prisma();
      const kase = await h.caseOf(reference);
      const row = (await prisma.reminderOutbox.findFirst({
        where: { caseId: kase.id, status: 'pending' },
        orderBy: { dueDate: 'asc' },
      }))!;
      await prisma.reminderOutbox.update({
        where: { key: row.key },
        data: {
          nextAttemptAt: new Date(Date.now() - 1000).toISOString(),
          basis: 'law',
          dueDate: today(),
        },
      });
      await h.server.tickReminders();
      return (await prisma.reminderOutbox.findUnique({ where: { key: row.key } }))!;
    },
  };
  return h;
}

const kristin = demoUser('saksbehandler');
const ola = demoUser('koordinator');
const ingrid = demoUser('leder');
const per = demoUser('rop');
const siri = demoUser('bolig');
const jonas = demoUser('nav');
const anders = demoUser('admin');

describe('red team findings 4, 5, 10, 11: reminder cards and "Ta saken"', () => {
  const h = harness(['koordinator', 'leder', 'saksbehandler']);
  let sent: Awaited<ReturnType<typeof h.deliver>>;

  it(
    'findings 4 and 10: a redraw with forged keys shows nothing of other cases, ' +
      'audits nothing for them, and never PUTs to a forged replyToId',
    async () => {
      const prisma = await h.prisma();
      sent = await h.deliver('2026-0004');
      assert.ok(sent.sentActivityId, 'Ola got his 2026-0004 reminder');
      const other = await h.caseOf('2026-0001');
      const foreign = (await prisma.reminderOutbox.findMany({ where: { caseId: other.id } })).map(
        (r) => r.key,
      );
      const audits = () =>
        prisma.auditEvent.count({ where: { caseId: other.id, actorStaffId: { not: null } } });
      const before = await audits();
      h.connector.reset();
      const res = await h.server.post(
        execute(
          h.at(ola),
          'reminder.done',
          {
            reminderKey: sent.key,
            shownKeys: foreign,
            keys: foreign,
            reminderKeys: foreign.join(','),
            caseId: other.id,
          },
          { replyToId: 'forged-reply-to' },
        ),
      );
      assert.equal(res.status, 200);
      assert.match(res.body, /Utført av Ola Berg/);
      const everything = res.body + JSON.stringify(h.connector.calls.map((c) => c.body));
      assert.doesNotMatch(
        everything,
        /2026-0001|Kristin Nordvik|Jonas Aas|Ola Nordmann/,
        "nothing of the other case's reminders",
      );
      assert.equal(await audits(), before, 'no audit event for 2026-0001');
      assert.ok(
        !h.connector.calls.some((c) => c.activityId === 'forged-reply-to'),
        'the forged replyToId is never updated',
      );
      assert.ok(
        h.connector.calls.some((c) => c.method === 'PUT' && c.activityId === sent.sentActivityId),
        'the stored card is',
      );
      // Pressing on one of 2026-0001's keys directly is refused and shows nothing of it.
      const direct = await h.server.post(
        execute(
          h.at(ola),
          'reminder.done',
          { reminderKey: foreign[0] },
          { replyToId: 'forged-reply-to' },
        ),
      );
      assert.match(direct.body, /Du har ikke tilgang/);
      assert.doesNotMatch(direct.body, /2026-0001/);
      assert.equal(
        (await prisma.reminderOutbox.findUnique({ where: { key: foreign[0] } }))!.doneAt,
        null,
      );
    },
  );

  it(
    'finding 11: field "constructor" (and other prototype keys) on Overfør or Utsett ' +
      'gets a clear message, no 5xx',
    async () => {
      const prisma = await h.prisma();
      const rows = await prisma.reminderOutbox.count();
      for (const field of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
        const handOver = await h.server.post(
          execute(h.at(ola), 'reminder.handOver', { reminderKey: sent.key, field }),
        );
        assert.equal(handOver.status, 200, `${field}: HTTP ${handOver.status}`);
        assert.match(
          handOver.body,
          /Velg en kollega i enheten som eier saken|Påminnelsen er ikke aktiv lenger/,
          field,
        );
        const snooze = await h.server.post(
          execute(h.at(ola), 'reminder.snooze', { reminderKey: sent.key, field }),
        );
        assert.equal(snooze.status, 200, `${field}: HTTP ${snooze.status}`);
        const gone = /Fant ikke påminnelsen|Påminnelsen er ikke aktiv lenger/;
        assert.match(snooze.body, gone, field);
      }
      assert.equal(await prisma.reminderOutbox.count(), rows, 'nothing created');
      assert.ok(!h.server.logs.some((l) => l.includes('"turn.error"')));
    },
  );

  it(
    'finding 10: "Ta saken" with a forged replyToId redraws only the card Husly stored; ' +
      'another case’s card is never put over it',
    async () => {
      await h.server.post(message(h.at(anders, 'channel'), 'koble kanal nav-bolig'));
      const receipt = await h.press(kristin, {
        action: 'concern.submit',
        submissionId: randomUUID(),
        nationalId: '05828008848',
        name: 'Nina Nyhus',
        category: 'fare-for-a-miste-bolig/utkastelse-tvangssalg',
        rentArrears: 'true',
        arrearsAmount: '9000',
        arrearsMonths: '2',
        landlord: 'privat',
        firstMissedRentDate: localDate(new Date(Date.now() - 30 * 864e5), 'Europe/Oslo'),
        description: 'Ny sak.',
        sharingBasis: 'ikke-avklart',
        source: 'tjeneste',
        residentInformed: 'ja',
      });
      const reference = present(
        /registrert i sak (\d{4}-\d{4})/.exec(receipt)?.[1],
        'a case reference in the receipt',
      );
      const kase = await h.caseOf(reference);
      const card = (await (await h.prisma()).caseCard.findFirst({ where: { caseId: kase.id } }))!;
      h.connector.reset();
      // Red team A13: someone presses "Ta saken" on another case, with replyToId naming the new
      // case's card.
      const other = await h.caseOf('2026-0001');
      await h.server.post(
        execute(
          h.at(kristin, 'channel'),
          'case.take',
          { caseId: other.id },
          { replyToId: card.activityId },
        ),
      );
      assert.ok(!h.connector.calls.some((c) => c.method === 'PUT'), 'no card was overwritten');
      // Jonas takes the new case with a forged replyToId: only the stored card changes.
      const taken = await h.server.post(
        execute(
          h.at(jonas, 'channel'),
          'case.take',
          { caseId: kase.id },
          { replyToId: 'some-other-message' },
        ),
      );
      assert.match(taken.body, /Tatt av Jonas Aas/);
      const puts = h.connector.calls.filter((c) => c.method === 'PUT');
      assert.deepEqual(
        puts.map((p) => p.activityId),
        [card.activityId],
      );
      const put = present(puts[0], 'the card update');
      assert.doesNotMatch(JSON.stringify(put.body), /Nina Nyhus|058280|9\s?000/u);
    },
  );

  it(
    'finding 5 (A9): after "avslutt sak", Utsett and Overfør on the old card create nothing, ' +
      'the tick sends nothing, nothing reaches Ingrid',
    async () => {
      const prisma = await h.prisma();
      const kase = await h.caseOf('2026-0004');
      assert.match(await h.text(ola, 'avslutt sak 2026-0004'), /Avslutt sak 2026-0004/);
      assert.match(
        await h.press(ola, { action: 'resolution.close', caseId: kase.id, reason: 'flyttet' }),
        /Sak 2026-0004 er avsluttet/,
      );
      const rows = await prisma.reminderOutbox.count();
      const ingridId = await h.staffId(ingrid);
      h.connector.reset();
      const snooze = await h.server.post(
        execute(h.at(ola), 'reminder.snooze', {
          reminderKey: sent.key,
          field: 'snooze-0',
          'snooze-0': '1',
        }),
      );
      assert.match(snooze.body, /Saken er avsluttet/);
      const handOver = await h.server.post(
        execute(h.at(ola), 'reminder.handOver', {
          reminderKey: sent.key,
          field: 'assign-0',
          'assign-0': ingridId,
        }),
      );
      assert.match(handOver.body, /Saken er avsluttet/);
      assert.equal(await prisma.reminderOutbox.count(), rows, 'no snoozed or handed copy');
      assert.equal(
        await prisma.reminderOutbox.count({ where: { caseId: kase.id, status: 'pending' } }),
        0,
      );
      // Even a row put back to pending and due now (as if planned before closing) is dropped by the
      // tick.
      const stray = (await prisma.reminderOutbox.findFirst({
        where: { caseId: kase.id, status: 'cancelled' },
      }))!;
      await prisma.reminderOutbox.update({
        where: { key: stray.key },
        data: {
          status: 'pending',
          nextAttemptAt: new Date(Date.now() - 1000).toISOString(),
          basis: 'law',
          dueDate: today(),
          assigneeId: ingridId,
        },
      });
      await h.server.tickReminders();
      assert.equal(
        (await prisma.reminderOutbox.findUnique({ where: { key: stray.key } }))!.status,
        'cancelled',
      );
      assert.equal(
        h.connector.calls.filter((c) => c.conversationId === personalConversationId(ingrid)).length,
        0,
        'nothing reached Ingrid',
      );
      // (Other cases' due reminders may go out on this tick; nothing about 2026-0004 does.)
      assert.ok(
        !h.connector.calls.some((c) => JSON.stringify(c.body).includes('2026-0004')),
        'nothing about the closed case sent',
      );
    },
  );
});

describe('red team findings 6, 7, 12, 17, break-glass and consent withdrawal', () => {
  const h = harness(['saksbehandler', 'koordinator', 'leder', 'rop', 'bolig', 'admin']);
  const RESIDENTS = /Kari Nordmann|Ola Nordmann|Jonas Fjell|Amina Rahman|Eva Strand|\*{5}/;

  it(
    'finding 6 (A14/D2): admin "mine saker" and "påminnelser" show no resident; ' +
      'a forged hand-over to an admin is refused',
    async () => {
      const mine = await h.text(anders, 'mine saker');
      assert.doesNotMatch(mine, RESIDENTS);
      assert.doesNotMatch(mine, /2026-000[24]/);
      const reminders = await h.text(anders, 'påminnelser');
      assert.doesNotMatch(reminders, RESIDENTS);
      assert.doesNotMatch(reminders, /2026-000[24]/);
      assert.doesNotMatch(await h.text(anders, 'hvem eier 2026-0004'), RESIDENTS);
      const kase = await h.caseOf('2026-0002');
      const refused = await h.press(ola, {
        action: 'handover.submit',
        caseId: kase.id,
        unitKey: 'tildeling',
        coordinatorId: await h.staffId(anders),
        note: 'Admin tar over',
      });
      assert.match(refused, /Saksansvarlig må være en saksbehandler, koordinator eller leder/);
      assert.equal((await h.caseOf('2026-0002')).coordinatorId, await h.staffId(ola), 'unchanged');
      const prisma = await h.prisma();
      assert.equal(
        await prisma.auditEvent.count({
          where: {
            actorStaffId: await h.staffId(anders),
            action: { in: ['case.listMine', 'reminder.list'] },
          },
        }),
        0,
        'nothing read',
      );
    },
  );

  it(
    'finding 12: an outsider gets "ingen tilgang" for a case with and ' +
      'without a plan (no plan oracle)',
    async () => {
      const kase = await h.caseOf('2026-0004');
      const inAMonth = localDate(new Date(Date.now() + 30 * 864e5), 'Europe/Oslo');
      assert.match(
        await h.press(ola, {
          action: 'plan.create',
          caseId: kase.id,
          goalText: 'Beholde boligen',
          measureType: 'nedbetalingsavtale',
          measureDescription: 'Avtale',
          measureUnitKey: 'tildeling',
          measureDeadline: inAMonth,
          evaluationDate: inAMonth,
          consentGiven: 'nei',
          residentParticipation: 'meeting',
        }),
        /Målplan for sak 2026-0004 er opprettet/,
      );
      const without = await h.caseOf('2026-0002');
      for (const user of [per, siri]) {
        const answers = [
          await h.text(user, 'målplan 2026-0004'),
          await h.text(user, 'målplan 2026-0002'),
        ];
        answers.push(
          await h.press(user, { action: 'plan.show', caseId: kase.id }),
          await h.press(user, { action: 'plan.show', caseId: without.id }),
        );
        for (const a of answers) assert.match(a, new RegExp(NO_ACCESS), user.name);
        assert.ok(answers.every((a) => !/ingen målplan/.test(a)));
      }
    },
  );

  it(
    'finding 17: refused outsiders pressing the "…start" buttons get a refusal ' +
      'and no "case.open" ok audit',
    async () => {
      const prisma = await h.prisma();
      const kase = await h.caseOf('2026-0004');
      const perId = await h.staffId(per);
      const since = new Date();
      const before = JSON.stringify(await prisma.case.findUnique({ where: { id: kase.id } }));
      for (const action of [
        'plan.start',
        'handover.start',
        'classification.start',
        'access.start',
        'consent.start',
        'resolution.paid.start',
        'resolution.close.start',
      ]) {
        const got = await h.press(per, { action, caseId: kase.id });
        assert.match(got, new RegExp(NO_ACCESS), action);
        assert.doesNotMatch(got, /Kari Nordmann|tvangsfullbyrdelsesloven/, action);
      }
      assert.match(
        await h.press(per, {
          action: 'handover.submit',
          caseId: kase.id,
          unitKey: 'rop',
          note: '',
        }),
        new RegExp(NO_ACCESS),
      );
      const rows = await prisma.auditEvent.findMany({
        where: { actorStaffId: perId, caseId: kase.id, at: { gte: since } },
      });
      assert.equal(
        rows.filter((r) => r.action === 'case.open' && r.outcome === 'ok').length,
        0,
        JSON.stringify(rows.map((r) => r.action)),
      );
      assert.ok(
        rows.length >= 8 && rows.every((r) => r.outcome === 'denied'),
        'each refusal audited as refused',
      );
      assert.equal(
        JSON.stringify(await prisma.case.findUnique({ where: { id: kase.id } })),
        before,
        'case unchanged',
      );
    },
  );

  it(
    'break-glass: Per on 2026-0004 – a short justification is refused; a proper one opens it ' +
      'for 24 h, Ingrid is told why, the audit says breakGlass',
    async () => {
      const prisma = await h.prisma();
      const kase = await h.caseOf('2026-0004');
      assert.doesNotMatch(await h.text(per, 'hvem eier 2026-0004'), /Kari Nordmann/);
      assert.match(await h.text(per, 'nødtilgang 2026-0004'), /Nødtilgang til sak 2026-0004/);
      for (const justification of ['Haster', ' '.repeat(30), '\u200b'.repeat(25) + 'kort'])
        assert.match(
          await h.press(per, { action: 'breakglass.open', caseId: kase.id, justification }),
          /Skriv en begrunnelse på 20–500 tegn/,
          JSON.stringify(justification),
        );
      assert.equal(await prisma.breakGlassGrant.count(), 0);
      assert.equal(h.sentTo(ingrid), '', 'no leader notice for a refused attempt');
      const granted = new Date();
      const why =
        'Beboer truer med selvskading i kveld, trenger kontaktinfo til koordinator og datoene.';
      const opened = await h.press(per, {
        action: 'breakglass.open',
        caseId: kase.id,
        justification: why,
      });
      assert.match(
        opened,
        /Nødtilgang til sak 2026-0004 gjelder til .*Lederne i enheten som eier saken, er varslet/,
      );
      assert.match(opened, /Kari Nordmann/);
      assert.match(opened, /tvangsfullbyrdelsesloven/);
      const notice = h.sentTo(ingrid);
      assert.match(notice, /Nødtilgang brukt i sak 2026-0004.*Per Lunde \(Psykisk helse og rus\)/);
      assert.ok(notice.includes(why), 'the leader gets the justification');
      assert.ok(
        !h.connector.calls.some(
          (c) =>
            !c.conversationId.startsWith('a:1personal-') && JSON.stringify(c.body).includes(why),
        ),
        'never in a channel',
      );
      assert.match(await h.text(per, 'hvem eier 2026-0004'), /Kari Nordmann/);
      const rows = await prisma.auditEvent.findMany({
        where: {
          actorStaffId: await h.staffId(per),
          caseId: kase.id,
          outcome: 'ok',
          at: { gte: granted },
        },
      });
      assert.ok(
        rows.some((r) => r.action === 'case.breakGlass' && r.detail!.includes('"breakGlass":true')),
      );
      assert.ok(
        rows.some(
          (r) =>
            r.action === 'case.lookup' &&
            r.detail!.includes('"relation":"break-glass"') &&
            r.detail!.includes('"breakGlass":true'),
        ),
      );
      assert.ok(
        rows
          .filter((r) => r.action !== 'case.breakGlass')
          .every((r) => r.detail!.includes('"breakGlass":true')),
        'every read under the grant is flagged',
      );
      // 24 hours later.
      await prisma.breakGlassGrant.updateMany({
        where: { staffId: await h.staffId(per) },
        data: { expiresAt: new Date(Date.now() - 1000) },
      });
      const later = await h.text(per, 'hvem eier 2026-0004');
      assert.doesNotMatch(later, /Kari Nordmann|tvangsfullbyrdelsesloven|128793/);
      assert.match(await h.text(per, 'påminnelser 2026-0004'), new RegExp(NO_ACCESS));
    },
  );

  it(
    'consent withdrawal: a unit named only in a consent stops reading that concern’s ' +
      'text the moment it is withdrawn',
    async () => {
      const prisma = await h.prisma();
      const kase = await h.caseOf('2026-0001');
      const text = 'Samtykketekst som bare ROP skal lese.';
      assert.match(
        await h.press(kristin, {
          action: 'concern.submit',
          submissionId: randomUUID(),
          nationalId: '10910174148',
          category: 'fare-for-a-miste-bolig/utkastelse-tvangssalg',
          other: 'true',
          description: text,
          sharingBasis: 'samtykke',
          source: 'tjeneste',
          consentUnitKeys: 'rop',
          consentForm: 'skriftlig',
          residentInformed: 'ja',
        }),
        /registrert i sak 2026-0001/,
      );
      assert.ok(
        (await h.text(per, 'hvem eier 2026-0001')).includes(text),
        'Per reads it with consent',
      );
      const rop = (await prisma.unit.findUnique({ where: { key: 'rop' } }))!.id;
      const consents = await prisma.caseConsent.findMany({
        where: { caseId: kase.id, withdrawnAt: null },
      });
      const card = await h.text(kristin, 'samtykke 2026-0001');
      for (const consent of consents) {
        assert.ok(card.includes(`"consentId":"${consent.id}"`), 'the card offers to withdraw it');
        assert.match(
          await h.press(kristin, {
            action: 'consent.withdraw',
            caseId: kase.id,
            consentId: consent.id,
          }),
          /Samtykket er trukket tilbake i sak 2026-0001/,
        );
      }
      assert.ok(consents.some((c) => c.unitIds.includes(rop)));
      const perNow = await h.text(per, 'hvem eier 2026-0001');
      assert.ok(!perNow.includes(text), 'withdrawn: Per no longer reads it');
      assert.match(perNow, /Beskrivelsen og beløpene er taushetsbelagte \(grunnlag: samtykke\)/);
      // Siri's unit reported the demo concern: a reporter keeps reading its own concern (policy),
      // consent or not.
      assert.match(await h.text(siri, 'hvem eier 2026-0001'), /leieboer har ikke betalt/);
      assert.match(await h.text(kristin, 'samtykke 2026-0001'), /Trukket tilbake/);
    },
  );

  it(
    'finding 7 (A8): after Kristin hands 2026-0001 to tildeling/Ola, she can no longer ' +
      'read or change the plan she created',
    async () => {
      const prisma = await h.prisma();
      const kase = await h.caseOf('2026-0001');
      const inAMonth = localDate(new Date(Date.now() + 30 * 864e5), 'Europe/Oslo');
      const created = await h.press(kristin, {
        action: 'plan.create',
        caseId: kase.id,
        goalText: 'Rusbehandling starter i januar',
        measureType: 'booppfolging',
        measureDescription: 'Booppfølging',
        measureUnitKey: 'boligstiftelsen',
        measureDeadline: inAMonth,
        evaluationDate: inAMonth,
        consentGiven: 'nei',
        residentParticipation: 'meeting',
        vedtakReference: 'V-2026-17',
        ipNeeded: 'nei',
      });
      assert.match(created, /Målplan for sak 2026-0001 er opprettet/);
      const plan = (await prisma.goalPlan.findFirst({
        where: { caseId: kase.id },
        include: { goals: true, measures: true },
      }))!;
      const measure = present(plan.measures[0], 'the measure on the plan');
      assert.match(
        await h.press(kristin, {
          action: 'handover.submit',
          caseId: kase.id,
          unitKey: 'tildeling',
          coordinatorId: await h.staffId(ola),
          note: 'Trenger bolig',
        }),
        /Forslaget om å overføre sak 2026-0001 til Tildelingsteam er sendt/,
      );
      // The tildelingsteam accepts (Ola, "Godta"): only then does the case move.
      const proposal = await prisma.handOverProposal.findFirstOrThrow({
        where: { caseId: kase.id, status: 'pending' },
      });
      const accepted = await h.server.post(
        execute(h.at(ola), 'handover.accept', { proposalId: proposal.id }),
      );
      assert.match(accepted.body, /Godtatt av Ola Berg/);
      for (const user of [kristin, jonas]) {
        const shown = await h.text(user, 'målplan 2026-0001');
        assert.match(shown, new RegExp(NO_ACCESS), user.name);
        assert.doesNotMatch(shown, /Rusbehandling/, user.name);
        assert.doesNotMatch(
          await h.press(user, { action: 'plan.show', caseId: kase.id }),
          /Rusbehandling/,
        );
      }
      for (const value of [
        { action: 'plan.addGoal', planId: plan.id, goalText: 'Nytt mål' },
        {
          action: 'plan.evaluate',
          planId: plan.id,
          evaluationSummary: 'Evaluert',
          nextEvaluationDate: inAMonth,
        },
        {
          action: 'plan.measureStatus',
          measureId: measure.id,
          [`status-${measure.id}`]: 'done',
        },
      ])
        assert.match(await h.press(kristin, value), new RegExp(NO_ACCESS), value.action);
      const after = (await prisma.goalPlan.findFirst({
        where: { caseId: kase.id },
        include: { goals: true, measures: true, evaluations: true },
      }))!;
      assert.deepEqual(
        [after.goals.length, after.evaluations.length, after.measures[0]?.status],
        [plan.goals.length, 0, measure.status],
      );
      assert.match(
        await h.text(ola, 'målplan 2026-0001'),
        /Rusbehandling starter i januar/,
        'the new coordinator reads it',
      );
    },
  );
});
