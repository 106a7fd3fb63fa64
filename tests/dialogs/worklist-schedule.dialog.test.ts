import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import type { Activity } from 'botbuilder';
import { matchCommand } from '../../dialogs/commands.ts';
import { parseScheduleArgument } from '../../dialogs/worklist-schedule.dialog.ts';
import { present } from '../helpers/assert-present.ts';
import { dialogHarness } from '../helpers/dialog-harness.ts';

const NAV_CHANNEL = '19:nav-bolig@thread.tacv2';
const OTHER_CHANNEL = '19:ingen-enhet@thread.tacv2';

/** What "arbeidsliste hver …" asks for, from the words as typed. */
const asked = (text: string) => {
  const command = present(matchCommand(text) ?? undefined, text);
  assert.equal(command.id, 'worklistSchedule', text);
  return parseScheduleArgument(command.argument);
};

describe('"arbeidsliste hver mandag 08:30": the words', () => {
  it('reads weekday and time in bokmål, nynorsk and English, as people write them', () => {
    const monday0830 = { kind: 'set', weekday: 1, time: '08:30' };
    for (const text of [
      'arbeidsliste hver mandag 08:30',
      'Arbeidsliste hver mandag 8:30',
      'arbeidsliste hver mandag 8.30',
      'arbeidsliste hver mandag kl. 8.30',
      'arbeidsliste kvar måndag 08:30',
      'worklist every Monday 08:30',
      'worklist every monday at 8.30 am',
      'arbeidsliste hver uke på mandag kl 08:30',
      'ukentlig arbeidsliste hver mandag 0830',
    ])
      assert.deepEqual(asked(text), monday0830, text);
    assert.deepEqual(asked('arbeidsliste hver mandag kl 8'), { ...monday0830, time: '08:00' });
    assert.deepEqual(asked('arbeidsliste hver fredag kl.14'), {
      kind: 'set',
      weekday: 5,
      time: '14:00',
    });
    assert.deepEqual(asked('arbeidsliste kvar laurdag 9'), {
      kind: 'set',
      weekday: 6,
      time: '09:00',
    });
    assert.deepEqual(asked('arbeidsliste hver søndag 7.15'), {
      kind: 'set',
      weekday: 7,
      time: '07:15',
    });
    assert.deepEqual(asked('worklist every Tuesday 2 pm'), {
      kind: 'set',
      weekday: 2,
      time: '14:00',
    });
  });

  it('"stopp arbeidsliste" stops it; "arbeidsliste hver uke" alone shows it', () => {
    for (const text of [
      'stopp arbeidsliste',
      'Stopp ukentlig arbeidsliste',
      'stop weekly worklist',
      'arbeidsliste hver uke stopp',
    ])
      assert.deepEqual(asked(text), { kind: 'stop' }, text);
    for (const text of ['arbeidsliste hver uke', 'arbeidsliste kvar veke', 'worklist every week'])
      assert.deepEqual(asked(text), { kind: 'show' }, text);
    // The command menu's own words show it; a button without words too.
    assert.deepEqual(parseScheduleArgument(''), { kind: 'show' });
  });

  it('what is missing or unknown is passed on as missing (the service refuses it)', () => {
    assert.deepEqual(asked('arbeidsliste hver dag 08:30'), {
      kind: 'set',
      weekday: null,
      time: '08:30',
    });
    assert.deepEqual(asked('arbeidsliste hver mandag'), { kind: 'set', weekday: 1, time: null });
    assert.deepEqual(asked('arbeidsliste hver mandag 25:00'), {
      kind: 'set',
      weekday: 1,
      time: '25:00',
    });
    // Nothing to read: the setting is shown.
    assert.deepEqual(asked('arbeidsliste hver gang'), { kind: 'show' });
    // "arbeidsliste" alone is still the worklist itself.
    assert.equal(matchCommand('arbeidsliste')?.id, 'worklist');
  });
});

describe('a sentence the intent model took for the weekly worklist', () => {
  it('reads the day and time, a stop, or a question, from the whole sentence', () => {
    const cases: [string, ReturnType<typeof parseScheduleArgument>][] = [
      [
        'post arbeidslisten i kanalen hver mandag kl 08:30',
        { kind: 'set', weekday: 1, time: '08:30' },
      ],
      ['legg ut arbeidslista hver torsdag klokka 9', { kind: 'set', weekday: 4, time: '09:00' }],
      ['post arbeidslista klokka 07:45 på mandager', { kind: 'set', weekday: 1, time: '07:45' }],
      ['arbeidsliste til kanalen, hver mandag, 09:00', { kind: 'set', weekday: 1, time: '09:00' }],
      [
        'vi har boligmøte på tirsdager, så post arbeidslista mandag kl 15',
        { kind: 'set', weekday: 1, time: '15:00' },
      ],
      [
        'endre tidspunktet for den ukentlige arbeidslisten til 10:00',
        { kind: 'set', weekday: null, time: '10:00' },
      ],
      ['endre ukedag for arbeidslisten til torsdag', { kind: 'set', weekday: 4, time: null }],
      ['post the worklist every Friday at 2 pm', { kind: 'set', weekday: 5, time: '14:00' }],
      ['slutt å poste arbeidslisten i kanalen', { kind: 'stop' }],
      ['skru av ukentlig arbeidsliste', { kind: 'stop' }],
      ['ukentlig arbeidsliste av', { kind: 'stop' }],
      ['stans den ukentlige postingen av arbeidslisten', { kind: 'stop' }],
      ['arbeidslista skal ikke postes automatisk mer', { kind: 'stop' }],
      ['vi trenger ikke arbeidslisten i kanalen lenger, fjern den', { kind: 'stop' }],
      ['stop posting the worklist automatically', { kind: 'stop' }],
      ['når blir arbeidslisten lagt ut i kanalen?', { kind: 'show' }],
      ['ukentlig utsending av arbeidsliste til kanalen for innfordring', { kind: 'show' }],
      ['er det satt opp ukentlig arbeidsliste for oss?', { kind: 'show' }],
    ];
    for (const [sentence, expected] of cases)
      assert.deepEqual(parseScheduleArgument(sentence), expected, sentence);
  });
});

describe('setting the weekly worklist in a unit’s channel (dialog)', () => {
  let h: Awaited<ReturnType<typeof dialogHarness>>;
  let navId: string;

  beforeEach(async () => {
    // Monday 23 November 2026, 11:00 in Oslo.
    h = await dialogHarness();
    navId = present(
      h.husly.state.units.find((u) => u.key === 'nav-bolig'),
      'NAV',
    ).id;
    await h.husly.run(({ org }) =>
      org.linkUnitChannel(navId, {
        conversationId: NAV_CHANNEL,
        teamId: '19:team',
        linkedAt: h.clock.now(),
      }),
    );
  });

  const nav = () =>
    present(
      h.husly.state.units.find((u) => u.id === navId),
      'NAV',
    );
  const inLocale = (activity: Partial<Activity>, locale: string) => ({ ...activity, locale });

  it('a leader sets it, sees it and stops it, answered in the channel', async () => {
    await h
      .inChannel('navLeder', NAV_CHANNEL)
      .send(h.mention('arbeidsliste hver mandag 08:30', NAV_CHANNEL))
      .assertReply(
        'Arbeidslisten legges ut i denne kanalen hver mandag kl. 08:30. Tidspunktet er ' +
          'passert denne uken, så denne ukens liste kommer om litt.',
      )
      .send(h.mention('arbeidsliste hver uke', NAV_CHANNEL))
      .assertReply((a) =>
        assert.match(
          a.text ?? '',
          new RegExp(
            '^Arbeidslisten for NAV boligsosialt team legges ut i denne kanalen hver mandag ' +
              'kl\\. 08:30\\. .*stopp arbeidsliste',
          ),
        ),
      )
      .send(h.mention('arbeidsliste hver fredag kl 14', NAV_CHANNEL))
      .assertReply('Arbeidslisten legges ut i denne kanalen hver fredag kl. 14:00.')
      .startTest();
    assert.deepEqual(nav().worklistSchedule, { weekday: 5, time: '14:00' });
    await h
      .inChannel('navLeder', NAV_CHANNEL)
      .send(h.mention('stopp arbeidsliste', NAV_CHANNEL))
      .assertReply('Arbeidslisten legges ikke lenger ut i denne kanalen.')
      .send(h.mention('arbeidsliste hver uke', NAV_CHANNEL))
      .assertReply((a) =>
        assert.match(
          a.text ?? '',
          /^Arbeidslisten for NAV boligsosialt team legges ikke ut fast i denne kanalen\. /,
        ),
      )
      .startTest();
    assert.equal(nav().worklistSchedule, null);
    assert.deepEqual(
      h.husly.state.audit
        .filter((e) => e.action === 'worklist.schedule')
        .map((e) => [e.outcome, e.detail]),
      [
        ['ok', { unitId: navId, weekday: 1, time: '08:30' }],
        ['ok', { unitId: navId, weekday: 5, time: '14:00' }],
        ['ok', { unitId: navId, stopped: true }],
      ],
    );
  });

  it('nynorsk and English: read and answered in the writer’s language', async () => {
    await h
      .inChannel('admin', NAV_CHANNEL)
      .send(inLocale(h.mention('arbeidsliste kvar tysdag 8.30', NAV_CHANNEL), 'nn-NO'))
      .assertReply('Arbeidslista blir lagd ut i denne kanalen kvar tysdag kl. 08:30.')
      .send(inLocale(h.mention('worklist every Wednesday 9am', NAV_CHANNEL), 'en-US'))
      .assertReply('The worklist is posted in this channel every Wednesday at 09:00.')
      .startTest();
    assert.deepEqual(nav().worklistSchedule, { weekday: 3, time: '09:00' });
  });

  it('in a sentence of one’s own, through the intent model', async () => {
    await h
      .inChannel('navLeder', NAV_CHANNEL)
      .send(h.mention('kan du poste arbeidslisten her hver torsdag klokka 9?', NAV_CHANNEL))
      .assertReply('Arbeidslisten legges ut i denne kanalen hver torsdag kl. 09:00.')
      .send(h.mention('slutt å poste arbeidslisten i kanalen', NAV_CHANNEL))
      .assertReply('Arbeidslisten legges ikke lenger ut i denne kanalen.')
      .startTest();
    assert.equal(nav().worklistSchedule, null);
  });

  it('a saksbehandler is refused, and told who may', async () => {
    await h
      .inChannel('navSaks', NAV_CHANNEL)
      .send(h.mention('arbeidsliste hver mandag 08:30', NAV_CHANNEL))
      .assertReply(
        'Du har ikke tilgang til å bestemme når arbeidslisten legges ut i kanalen. ' +
          'Det kan ledere i enheten og administratorer, i enhetens kanal.',
      )
      .startTest();
    assert.equal(nav().worklistSchedule ?? null, null);
  });

  it('a day or time Husly cannot read: how to write it', async () => {
    await h
      .inChannel('navLeder', NAV_CHANNEL)
      .send(h.mention('arbeidsliste hver dag 08:30', NAV_CHANNEL))
      .assertReply('Skriv ukedag og klokkeslett, for eksempel «arbeidsliste hver mandag 08:30».')
      .send(h.mention('arbeidsliste hver mandag 24:30', NAV_CHANNEL))
      .assertReply('Skriv ukedag og klokkeslett, for eksempel «arbeidsliste hver mandag 08:30».')
      .startTest();
    assert.equal(nav().worklistSchedule ?? null, null);
  });

  it('in a channel no unit is linked to: how to link it', async () => {
    await h
      .inChannel('navLeder', OTHER_CHANNEL)
      .send(h.mention('arbeidsliste hver mandag 08:30', OTHER_CHANNEL))
      .assertReply(
        'Denne kanalen er ikke koblet til en enhet. En administrator kobler den med ' +
          '«@Husly koble kanal [enhet]».',
      )
      .startTest();
  });

  it('in personal chat: it belongs in the unit’s channel', async () => {
    await h
      .chat('navLeder')
      .send(h.say('arbeidsliste hver mandag 08:30'))
      .assertReply('Dette må gjøres i kanalen enheten skal nås i, ikke i en chat.')
      .startTest();
    assert.equal(nav().worklistSchedule ?? null, null);
  });
});
