import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'node:test';
import type { Activity } from 'botbuilder';
import { nb } from '../../dialogs/texts/nb.ts';
import { validateAdaptiveCard } from '../../scripts/lib/schemas.ts';
import { present } from '../helpers/assert-present.ts';
import { dialogHarness } from '../helpers/dialog-harness.ts';
import { draft } from '../fakes/concern-draft.ts';
import { FakePersonalChat } from '../fakes/fake-personal-chat.ts';

const DAY = '\u00a0';
const NAV_CHANNEL = '19:nav@thread.tacv2';
type Card = { body?: unknown[] } & Record<string, unknown>;
const cardOf = (a: Partial<Activity>): Card => (a.attachments?.[0]?.content ?? {}) as Card;
/** What an Action.Execute press was answered with: the new card, or a message. */
const invokeAnswer = (a: Partial<Activity>) =>
  (a.value as { body?: { type?: string; value?: unknown } } | undefined)?.body ?? {};
const titleOf = (card: unknown) =>
  String(((card as Card).body?.[0] as { text?: string } | undefined)?.text);

/**
 * The small municipality on Monday 23 November 2026, with case 2026-0001: rent arrears and a
 * letter from the namsmann served on 20 November (objection until 4 December), owned by NAV,
 * nobody has taken it.
 */
async function municipality() {
  const personalChat = new FakePersonalChat();
  const h = await dialogHarness({ services: { personalChat } });
  await h
    .chat('boligSaks')
    .send(
      h.submit({
        action: 'concern.submit',
        submissionId: randomUUID(),
        ...draft({ namsmannNotice: 'true', namsmannNoticeDate: '2026-11-20' }),
      }),
    )
    .assertReply((a) => assert.match(a.text ?? '', /sak 2026-0001/))
    .startTest();
  const kase = present(h.husly.state.cases[0], 'case 2026-0001');
  const unitId = (key: string) =>
    present(
      h.husly.state.units.find((u) => u.key === key),
      key,
    ).id;
  const refresh = (data: Record<string, unknown>) =>
    h.execute('overview.refresh', {
      overviewUnit: 'all',
      overviewPeriod: 'thisHalf',
      overviewFrom: '2026-07-01',
      overviewTo: '2026-11-23',
      drawnFrom: '2026-07-01',
      drawnTo: '2026-11-23',
      ...data,
    });
  return { ...h, personalChat, kase, unitId, refresh };
}

describe('"arbeidsliste" (issue 12 §1)', () => {
  it('a saksbehandler gets their worklist: reference, unit, what is due, "Åpne sak"', async () => {
    const { chat, say, kase } = await municipality();
    await chat('navSaks')
      .send(say('arbeidsliste'))
      .assertReply((a) => {
        const card = cardOf(a);
        assert.deepEqual(validateAdaptiveCard(card), []);
        const text = JSON.stringify(card);
        assert.equal(titleOf(card), 'Arbeidsliste til boligmøtet');
        assert.ok(text.includes('"2026-0001"'));
        assert.ok(text.includes(' · NAV boligsosialt team'));
        assert.ok(
          text.includes(
            `Fristen for innsigelse går ut 4.${DAY}desember 2026 (tvangsfullbyrdelsesloven § 13-6)`,
          ),
          text,
        );
        assert.ok(text.includes(`Ingen har tatt saken (registrert 23.${DAY}november 2026)`));
        assert.ok(text.includes(`"action":"case.open","caseId":"${kase.id}"`));
        assert.doesNotMatch(text, /Kari|Nordmann/, 'no name on the list');
      })
      .startTest();
  });

  it('"boligmøte" is the same list; a unit with nothing due is told so kindly', async () => {
    const { chat, say } = await municipality();
    await chat('navKoord')
      .send(say('boligmøte'))
      .assertReply((a) => assert.equal(titleOf(cardOf(a)), 'Arbeidsliste til boligmøtet'))
      .startTest();
    await chat('ropSaks')
      .send(say('arbeidsliste'))
      .assertReply((a) => assert.ok(JSON.stringify(cardOf(a)).includes(nb.worklist.empty)))
      .startTest();
  });

  it('an admin is refused the worklist', async () => {
    const { chat, say } = await municipality();
    await chat('admin')
      .send(say('arbeidsliste'))
      .assertReply((a) => {
        assert.ok(a.text?.startsWith(nb.denied.refused(nb.denied.task.worklist)), a.text);
        assert.ok(a.text?.includes(nb.denied.who.casework));
      })
      .startTest();
  });

  it('asked in a channel, it arrives in the personal chat', async () => {
    const { inChannel, mention, personalChat } = await municipality();
    await inChannel('navSaks', NAV_CHANNEL)
      .send(mention('arbeidsliste', NAV_CHANNEL))
      .assertReply((a) => assert.equal(a.text, nb.channel.sentToPersonal))
      .startTest();
    assert.equal(titleOf(cardOf(present(personalChat.sent[0], 'the card'))), nb.worklist.title);
  });
});

describe('"oversikt" (issue 12 §2)', () => {
  it('a saksbehandler is refused the overview', async () => {
    const { chat, say } = await municipality();
    await chat('navSaks')
      .send(say('oversikt'))
      .assertReply((a) => {
        assert.ok(a.text?.startsWith(nb.denied.refused(nb.denied.task.overview)), a.text);
        assert.ok(a.text?.includes(nb.denied.who.overviewReaders));
      })
      .startTest();
  });

  it('a leader gets it: this half-year to today, the whole municipality', async () => {
    const { chat, say } = await municipality();
    await chat('navLeder')
      .send(say('oversikt'))
      .assertReply((a) => {
        const card = cardOf(a);
        assert.deepEqual(validateAdaptiveCard(card), []);
        const text = JSON.stringify(card);
        assert.equal(titleOf(card), 'Oversikt: Hele kommunen');
        assert.ok(text.includes(`Perioden 1.${DAY}juli 2026–23.${DAY}november 2026.`));
        // The whole municipality's total is exact; the one case is "< 5" at its nivå.
        assert.ok(text.includes('{"title":"Åpne saker i alt","value":"1"}'), text);
        assert.ok(text.includes('"value":"< 5"'));
        assert.doesNotMatch(text, /2026-0001|Kari|Nordmann/, 'counts only');
      })
      .startTest();
  });

  it('"oversikt nav 2026-01-01 2026-06-30": unit and period; unknown units are named', async () => {
    const { chat, say } = await municipality();
    await chat('navKoord')
      .send(say('oversikt nav 2026-01-01 2026-06-30'))
      .assertReply((a) => {
        const text = JSON.stringify(cardOf(a));
        assert.equal(titleOf(cardOf(a)), 'Oversikt: NAV boligsosialt team');
        assert.ok(text.includes(`Perioden 1.${DAY}januar 2026–30.${DAY}juni 2026.`));
      })
      .send(say('oversikt tildelingsteam i fjor'))
      .assertReply((a) => {
        assert.equal(titleOf(cardOf(a)), 'Oversikt: Tildelingsteam');
        assert.ok(JSON.stringify(cardOf(a)).includes(`Perioden 1.${DAY}januar 2025–31.`));
      })
      .send(say('oversikt barnevernet'))
      .assertReply((a) => assert.match(a.text ?? '', /^Fant ingen enhet som passer\. .*nav-bolig/))
      .send(say('oversikt 2026-06-30 2026-01-01'))
      .assertReply((a) => assert.equal(a.text, nb.errors['STATISTICS.INVALID_PERIOD']))
      .startTest();
  });

  it('"Oppdater" with another unit and period redraws the card in place', async () => {
    const { chat, refresh, unitId, husly } = await municipality();
    await chat('navLeder')
      .send(refresh({ overviewUnit: unitId('tildeling'), overviewPeriod: 'lastYear' }))
      .assertReply((a) => {
        const answer = invokeAnswer(a);
        assert.equal(answer.type, 'application/vnd.microsoft.card.adaptive');
        assert.deepEqual(validateAdaptiveCard(answer.value), []);
        assert.equal(titleOf(answer.value), 'Oversikt: Tildelingsteam');
        assert.ok(
          JSON.stringify(answer.value).includes(
            `Perioden 1.${DAY}januar 2025–31.${DAY}desember 2025.`,
          ),
        );
      })
      // Dates typed on the card win over the period left in the list.
      .send(refresh({ overviewFrom: '2026-02-01', overviewTo: '2026-03-31' }))
      .assertReply((a) => {
        const text = JSON.stringify(invokeAnswer(a).value);
        assert.ok(text.includes(`Perioden 1.${DAY}februar 2026–31.${DAY}mars 2026.`));
        assert.ok(text.includes('"id":"overviewPeriod","label":"Periode","value":"custom"'));
      })
      .startTest();
    // Each figure set shown is logged: which unit and period, and where it was shown.
    const shown = husly.state.audit.filter((e) => e.action === 'statistics.overview');
    assert.deepEqual(
      shown.map((e) => [e.outcome, e.detail?.unit, e.detail?.from, e.detail?.audience]),
      [
        ['ok', unitId('tildeling'), '2025-01-01', 'personal'],
        ['ok', 'all', '2026-02-01', 'personal'],
      ],
    );
    assert.ok(
      shown.every((e) => !e.caseId && !e.residentId),
      'counts only: no case is read',
    );
  });

  it('"Oppdater" pressed in a channel: the figures go to the personal chat only', async () => {
    const { inChannel, refresh, personalChat, unitId } = await municipality();
    await inChannel('navLeder', NAV_CHANNEL)
      .send(refresh({ overviewUnit: unitId('tildeling') }))
      .assertReply((a) => {
        const answer = invokeAnswer(a);
        assert.equal(answer.type, 'application/vnd.microsoft.activity.message');
        assert.equal(answer.value, nb.channel.sentToPersonal);
      })
      .startTest();
    const sent = cardOf(present(personalChat.sent[0], 'the overview in personal chat'));
    assert.equal(titleOf(sent), 'Oversikt: Tildelingsteam');
  });

  it('a forged unit, bad dates or a refused presser: a clear message, nothing else', async () => {
    const { chat, refresh, husly } = await municipality();
    const audit = husly.state.audit.length;
    const answers: [Record<string, unknown>, string][] = [
      [{ overviewUnit: 'no-such-unit' }, nb.errors['UNIT.NOT_FOUND']],
      [{ overviewUnit: 42 }, nb.errors['UNIT.NOT_FOUND']],
      [{ overviewUnit: 'x'.repeat(65) }, nb.errors['UNIT.NOT_FOUND']],
      [
        { overviewPeriod: 'custom', overviewFrom: '2026-13-01' },
        nb.errors['STATISTICS.INVALID_PERIOD'],
      ],
      [
        { overviewPeriod: 'custom', overviewFrom: '2026-11-23', overviewTo: '2026-01-01' },
        nb.errors['STATISTICS.INVALID_PERIOD'],
      ],
      [
        { overviewPeriod: 'custom', overviewFrom: '2016-01-01' },
        nb.errors['STATISTICS.PERIOD_TOO_LONG'],
      ],
      [{ overviewPeriod: 'forever' }, nb.errors['STATISTICS.INVALID_PERIOD']],
      [{ overviewFrom: '2026-01-01T00:00:00Z' }, nb.errors['STATISTICS.INVALID_PERIOD']],
    ];
    const leader = chat('navLeder');
    for (const [data, expected] of answers)
      await leader
        .send(refresh(data))
        .assertReply((a) => {
          const answer = invokeAnswer(a);
          assert.equal(answer.type, 'application/vnd.microsoft.activity.message');
          assert.equal(answer.value, expected, JSON.stringify(data));
        })
        .startTest();
    assert.equal(husly.state.audit.length, audit, 'no overview was shown or logged');
    await chat('navSaks')
      .send(refresh({}))
      .assertReply((a) =>
        assert.match(
          String(invokeAnswer(a).value),
          new RegExp(`^${nb.denied.refused(nb.denied.task.overview)}`),
        ),
      )
      .startTest();
  });

  it('the help card: overview for coordinators, leaders, admins; worklist for staff', async () => {
    const { chat, say } = await municipality();
    const help = async (who: string) => {
      let text = '';
      await chat(who)
        .send(say('hjelp'))
        .assertReply((a) => {
          text = JSON.stringify(cardOf(a));
        })
        .startTest();
      return text;
    };
    const task = (id: string) => `"task":"${id}"`;
    const saks = await help('navSaks');
    assert.ok(saks.includes(task('worklist')) && !saks.includes(task('overview')));
    const koord = await help('navKoord');
    assert.ok(koord.includes(task('worklist')) && koord.includes(task('overview')));
    const admin = await help('admin');
    assert.ok(!admin.includes(task('worklist')) && admin.includes(task('overview')));
  });
});
