import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { present } from '../helpers/assert-present.ts';
import { dialogHarness } from '../helpers/dialog-harness.ts';
import { draft } from '../fakes/concern-draft.ts';
import { FakeCaseCards } from '../fakes/fake-case-cards.ts';

/**
 * The whole bot on in-memory repositories, with each person in their own personal chat, and a
 * recording CaseCards: which cases' channel cards the dialogs asked to redraw.
 */
async function municipality() {
  const caseCards = new FakeCaseCards();
  const { husly, people, chat, submit, execute } = await dialogHarness({
    services: { caseCards },
  });
  return { husly, people, caseCards, chat, submit, execute };
}

describe('the channel cards about a case are redrawn after it changes (dialogs)', () => {
  it('after a hand-over and after closing, and not after a refused attempt', async () => {
    const { husly, people, caseCards, chat, submit, execute } = await municipality();
    // The landlord reports the arrears: routed to NAV (Boligstiftelsen owns no cases itself).
    await chat('boligSaks')
      .send(
        submit({
          action: 'concern.submit',
          submissionId: '44444444-4444-4444-8444-444444444444',
          ...draft(),
        }),
      )
      .assertReply((a) => assert.match(a.text ?? '', /Saken eies av NAV boligsosialt team/))
      .startTest();
    const caseId = present(husly.state.cases[0], 'the case the concern opened').id;
    assert.deepEqual(caseCards.caseIds(), [], 'registering posts a new card, nothing to redraw');

    const handOver = (note: string) =>
      submit({
        action: 'handover.submit',
        caseId,
        unitKey: 'tildeling',
        coordinatorId: present(people.tilKoord, 'tilKoord'),
        note,
      });
    // A caseworker in another unit may not hand it over: nothing changed, nothing redrawn.
    await chat('ropSaks')
      .send(handOver('Feil enhet'))
      .assertReply(
        'Du har ikke tilgang til å overføre saken. Sak 2026-0001 eies av NAV boligsosialt team ' +
          '(ingen saksansvarlig ennå). Det kan saksansvarlig og koordinatorer og ledere i ' +
          'enheten som eier saken. Ta det opp med NAV boligsosialt team.',
      )
      .startTest();
    assert.deepEqual(caseCards.caseIds(), []);

    // To another unit it is a proposal: the case stays with NAV, nothing to redraw yet.
    await chat('navKoord')
      .send(handOver('Trenger midlertidig bolig'))
      .assertReply((a) => assert.match(a.text ?? '', /Forslaget om å overføre sak 2026-0001/))
      .startTest();
    assert.deepEqual(caseCards.caseIds(), []);
    const proposalId = present(husly.state.proposals[0], 'the proposal').id;
    // The tildeling team accepts: now the case moves and NAV's channel card is redrawn.
    await chat('tilKoord')
      .send(execute('handover.accept', { proposalId }))
      .assertReply((a) => assert.match(JSON.stringify(a.value), /Godtatt av tilKoord/))
      .startTest();
    assert.deepEqual(caseCards.refreshed, [{ caseId, exceptConversationId: null }]);

    const close = (reason: string) =>
      submit({ action: 'resolution.close', caseId, reason, note: '' });
    // "annet" without a note: the form comes back, the case stays open, no redraw.
    await chat('tilKoord')
      .send(close('annet'))
      .assertReply(() => {})
      .startTest();
    assert.equal(caseCards.refreshed.length, 1);

    await chat('tilKoord')
      .send(close('bolig-sikret'))
      .assertReply((a) => assert.match(a.text ?? '', /er avsluttet/))
      .startTest();
    assert.deepEqual(caseCards.caseIds(), [caseId, caseId], 'redrawn after closing too');
    assert.equal(husly.state.cases[0]?.status, 'closed');
  });
});
