import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'node:test';
import type { Activity } from 'botbuilder';
import { nb } from '../../dialogs/texts/nb.ts';
import { present } from '../helpers/assert-present.ts';
import { dialogHarness } from '../helpers/dialog-harness.ts';
import { draft } from '../fakes/concern-draft.ts';

const cardOf = (a: Partial<Activity>) => JSON.stringify(a.attachments?.[0]?.content ?? {});
/** What an Action.Execute press was answered with: the redrawn card, or a message. */
const invokeBody = (a: Partial<Activity>) =>
  JSON.stringify((a.value as { body?: unknown } | undefined)?.body ?? {});

/**
 * Case 2026-0001: rent arrears reported by the landlord (Boligstiftelsen owns no cases), so
 * routed to NAV boligsosialt team; navKoord is a koordinator there.
 */
async function navCase() {
  const h = await dialogHarness();
  await h
    .chat('boligSaks')
    .send(h.submit({ action: 'concern.submit', submissionId: randomUUID(), ...draft() }))
    .assertReply((a) => assert.match(a.text ?? '', /Saken eies av NAV boligsosialt team/))
    .startTest();
  const kase = present(h.husly.state.cases[0], 'case 2026-0001');
  const unitId = (key: string) =>
    present(
      h.husly.state.units.find((u) => u.key === key),
      key,
    ).id;
  const owner = () => present(h.husly.state.cases[0], 'the case').owningUnitId;
  const handOver = (fields: Record<string, string>) =>
    h.submit({ action: 'handover.submit', caseId: kase.id, coordinatorId: '', ...fields });
  return { ...h, kase, unitId, owner, handOver };
}

describe('"overfør": the owner proposes, the receiving unit accepts or declines', () => {
  it('the form prompts for a unit; without one it says so and nothing is stored', async () => {
    const { chat, say, husly, handOver, owner, unitId } = await navCase();
    await chat('navKoord')
      .send(say('overfør 2026-0001'))
      .assertReply((a) => {
        const card = cardOf(a);
        assert.match(card, /"label":"Til enhet","placeholder":"Velg enhet"/);
        assert.doesNotMatch(card, /"id":"unitKey"[^}]*"value":""/, 'never an empty choice');
        assert.match(card, /blir det et forslag/);
      })
      .send(handOver({ unitKey: '', note: 'Bør følges opp av rus og psykisk helse.' }))
      .assertReply((a) => assert.match(cardOf(a), /Velg hvilken enhet saken skal overføres til/))
      .startTest();
    assert.equal(husly.state.proposals.length, 0);
    assert.equal(owner(), unitId('nav-bolig'));
  });

  it('proposes: the case stays, the receiving channel gets Godta/Avslå', async () => {
    const { chat, husly, notifier, handOver, owner, unitId } = await navCase();
    await chat('navKoord')
      .send(handOver({ unitKey: 'rop', note: 'Bør følges opp av rus og psykisk helse.' }))
      .assertReply((a) =>
        assert.match(
          a.text ?? '',
          /^Forslaget om å overføre sak 2026-0001 til Psykisk helse og rus er sendt\. Saken er/,
        ),
      )
      .startTest();
    assert.equal(owner(), unitId('nav-bolig'), 'still NAV’s until someone in rop accepts');
    assert.equal(husly.state.proposals[0]?.status, 'pending');
    const toChannel = present(
      notifier.sent.find((s) => s.to === 'unit' && s.notice.kind === 'case.handOverProposed'),
      'the proposal in rop’s channel',
    );
    assert.equal(toChannel.id, unitId('rop'));
    assert.ok(toChannel.notice.kind === 'case.handOverProposed' && toChannel.notice.note === null);
  });

  it('decline needs a reason; then the proposer is told why and the case stays', async () => {
    const { chat, husly, notifier, handOver, execute, owner, unitId, people } = await navCase();
    await chat('navKoord')
      .send(handOver({ unitKey: 'rop', note: 'Bør følges opp av rus og psykisk helse.' }))
      .assertReply(() => {})
      .startTest();
    const proposalId = present(husly.state.proposals[0], 'proposal').id;
    await chat('ropSaks')
      .send(execute('handover.decline', { proposalId, reason: '' }))
      .assertReply((a) => {
        const body = invokeBody(a);
        assert.match(body, /Skriv hvorfor dere avslår/);
        assert.match(body, /"verb":"handover.decline"/, 'the buttons are still there');
      })
      .startTest();
    assert.equal(husly.state.proposals[0]?.status, 'pending', 'nothing changed');
    await chat('ropSaks')
      .send(
        execute('handover.decline', { proposalId, reason: 'Personen har fast kontakt hos NAV.' }),
      )
      .assertReply((a) => {
        const body = invokeBody(a);
        assert.match(body, /Avslått av ropSaks/);
        assert.doesNotMatch(body, /"verb":/, 'no buttons once answered');
        assert.doesNotMatch(body, /fast kontakt/, 'the reason is not on the shared card');
      })
      .startTest();
    assert.equal(owner(), unitId('nav-bolig'));
    const told = present(
      notifier.sent.find(
        (s) => s.id === people.navKoord && s.notice.kind === 'case.handOverAnswered',
      ),
      'the proposer told',
    );
    assert.ok(
      told.notice.kind === 'case.handOverAnswered' &&
        told.notice.reason === 'Personen har fast kontakt hos NAV.',
    );
  });

  it('accept moves the case; a second press and another unit’s press change nothing', async () => {
    const { chat, husly, handOver, execute, owner, unitId } = await navCase();
    await chat('navKoord')
      .send(handOver({ unitKey: 'rop', note: 'Bør følges opp av rus og psykisk helse.' }))
      .assertReply(() => {})
      .startTest();
    const proposalId = present(husly.state.proposals[0], 'proposal').id;
    await chat('boligSaks')
      .send(execute('handover.accept', { proposalId }))
      .assertReply((a) =>
        assert.match(invokeBody(a), new RegExp(nb.errors['HANDOVER.NOT_RECEIVING_UNIT'])),
      )
      .startTest();
    assert.equal(owner(), unitId('nav-bolig'));
    await chat('ropSaks')
      .send(execute('handover.accept', { proposalId }))
      .assertReply((a) => assert.match(invokeBody(a), /Godtatt av ropSaks\. Saken er overført\./))
      .startTest();
    assert.equal(owner(), unitId('rop'));
    const after = JSON.stringify([husly.state.cases, husly.state.ownership]);
    await chat('ropSaks')
      .send(execute('handover.decline', { proposalId, reason: 'Likevel ikke' }))
      .assertReply((a) => assert.match(invokeBody(a), /Godtatt av ropSaks/))
      .startTest();
    assert.equal(JSON.stringify([husly.state.cases, husly.state.ownership]), after);
  });
});

describe('"endre nivå" to 2 or more asks the tildeling team', () => {
  it('the owner is told the team was asked; "Behold" keeps it, recorded', async () => {
    const { chat, submit, husly, execute, kase, owner, unitId, notifier } = await navCase();
    await chat('navKoord')
      .send(
        submit({
          action: 'classification.submit',
          caseId: kase.id,
          level: '2',
          category: `${kase.category}/${kase.subcategory}`,
          reason: 'Trenger oppfølging over tid.',
        }),
      )
      .assertReply((a) =>
        assert.match(a.text ?? '', /Tildelingsteam er spurt om saken skal bli hos dere/),
      )
      .startTest();
    const review = present(husly.state.proposals[0], 'the level review');
    assert.equal(review.kind, 'level-review');
    const card = present(
      notifier.sent.find((s) => s.notice.kind === 'case.levelReview'),
      'the card to the tildeling team',
    );
    assert.equal(card.id, unitId('tildeling'));
    await chat('tilKoord')
      .send(execute('levelreview.keep', { proposalId: review.id }))
      .assertReply((a) =>
        assert.match(invokeBody(a), /Beholdes hos NAV boligsosialt team \(besluttet av tilKoord\)/),
      )
      .startTest();
    assert.equal(husly.state.proposals[0]?.status, 'declined');
    assert.equal(owner(), unitId('nav-bolig'));
  });
});
