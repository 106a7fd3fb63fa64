import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'node:test';
import type { Activity } from 'botbuilder';
import { dialogHarness } from '../helpers/dialog-harness.ts';
import { draft, KARI } from '../fakes/concern-draft.ts';

/** The reply's text, with no-break spaces as plain spaces. */
const textOf = (a: Partial<Activity>) => (a.text ?? '').replace(/\u00a0/g, ' ');

/**
 * Case 2026-0001: reported by Psykisk helse og rus (ropSaks) with a § 4-18 notice, so it is
 * routed to NAV boligsosialt team, untaken. Nobody else has a relation to it.
 */
async function withCase() {
  const h = await dialogHarness();
  await h
    .chat('ropSaks')
    .send(
      h.submit({
        action: 'concern.submit',
        submissionId: randomUUID(),
        ...draft({
          noticeReceived: 'true',
          noticeDate: '2026-11-20',
          noticeReceivedDate: '2026-11-21',
        }),
      }),
    )
    .assertReply((a) => assert.match(textOf(a), /sak 2026-0001\. Saken eies av NAV/))
    .startTest();
  /** What Husly answers `who` typing `text` in personal chat. */
  const answer = async (who: string, text: string) => {
    let got = '';
    await h
      .chat(who)
      .send(h.say(text))
      .assertReply((a) => void (got = textOf(a)))
      .startTest();
    // Owner facts only: nothing of the person the case is about.
    for (const secret of ['Kari', 'Nordmann', KARI, KARI.slice(0, 6)])
      assert.ok(!got.includes(secret), `${who}, "${text}": ${secret}`);
    return got;
  };
  return { ...h, answer };
}

describe('"Du har ikke tilgang" says who may, and what to do instead', () => {
  it('another unit reading the case: the owner, «gi tilgang» and «nødtilgang»', async () => {
    const { answer } = await withCase();
    assert.equal(
      await answer('boligSaks', 'påminnelser 2026-0001'),
      'Du har ikke tilgang til å se innholdet i saken. ' +
        'Sak 2026-0001 eies av NAV boligsosialt team (ingen saksansvarlig ennå). ' +
        'Det kan saksansvarlig, enheten som eier saken, og enheter som har fått tilgang til den ' +
        'eller er med i personens samtykke. ' +
        'Trenger enheten din saken i arbeidet, be NAV boligsosialt team om å gi dere tilgang ' +
        'med «gi tilgang 2026-0001». ' +
        'Er liv eller helse i fare og det haster, bruk «nødtilgang 2026-0001». Det logges, og ' +
        'lederne i enheten som eier saken, får beskjed.',
    );
  });

  it('a hand-over: colleagues in the owning unit, else the saksansvarlig by name', async () => {
    const { answer } = await withCase();
    const untaken = await answer('navSaks', 'overfør 2026-0001');
    assert.equal(
      untaken,
      'Du har ikke tilgang til å overføre saken. ' +
        'Sak 2026-0001 eies av NAV boligsosialt team (ingen saksansvarlig ennå). ' +
        'Det kan saksansvarlig og koordinatorer og ledere i enheten som eier saken. ' +
        'Spør en koordinator eller leder i enheten din, eller ta saken selv med ' +
        '«ta saken 2026-0001» og bli saksansvarlig.',
    );
    assert.match(await answer('navKoord', 'ta saken 2026-0001'), /Du er nå saksansvarlig/);
    const taken = await answer('navSaks', 'overfør 2026-0001');
    assert.match(taken, /\(saksansvarlig: navKoord\)\./);
    assert.ok(taken.endsWith(' Spør navKoord (saksansvarlig) eller en leder i enheten din.'));
    assert.match(
      await answer('boligSaks', 'overfør 2026-0001'),
      /Du har ikke tilgang til å overføre saken\..* Ta det opp med navKoord \(saksansvarlig\)\.$/,
    );
  });

  it('the målplan: a unit outside the consent is told to ask for one', async () => {
    const { answer } = await withCase();
    const got = await answer('boligSaks', 'målplan 2026-0001');
    assert.match(got, /^Du har ikke tilgang til å se målplanen for saken\. Sak 2026-0001 eies av/);
    assert.match(got, /«samtykke 2026-0001»/);
    assert.doesNotMatch(got, /ingen målplan/i, 'no hint whether a plan exists');
  });

  it('an administrator is told they see no case content, and whom to ask', async () => {
    const { answer } = await withCase();
    const got = await answer('admin', 'påminnelser 2026-0001');
    assert.ok(
      got.endsWith(
        ' Administratorer ser ikke saksinnhold i Husly. ' +
          'Trenger saken noe, ta det opp med NAV boligsosialt team.',
      ),
      got,
    );
  });

  it('what only administrators may do says so, and to ask one', async () => {
    const { answer } = await withCase();
    assert.equal(
      await answer('navSaks', 'ruting husleierestanse rop'),
      'Du har ikke tilgang til å endre hvilken enhet som får nye saker. ' +
        'Det kan bare Husly-administratorer. Be en Husly-administrator i kommunen om å gjøre det.',
    );
  });
});
