import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Activity } from 'botbuilder';
import { nb } from '../../dialogs/texts/nb.ts';
import { validateAdaptiveCard } from '../../scripts/lib/schemas.ts';
import { dialogHarness } from '../helpers/dialog-harness.ts';
import { draft, KARI } from '../fakes/concern-draft.ts';

type Node = Readonly<Record<string, unknown>>;
const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const nodesOf = (value: unknown): Node[] =>
  Array.isArray(value)
    ? value.flatMap(nodesOf)
    : isNode(value)
      ? [value, ...Object.values(value).flatMap(nodesOf)]
      : [];
const contentOf = (a: Partial<Activity>): unknown => a.attachments?.[0]?.content;
const submitsOf = (card: unknown) =>
  nodesOf(card)
    .filter((n) => n.type === 'Action.Submit')
    .map((n) => n.data as Node);

/**
 * Two cases of ropSaks' unit (nivå 1 stays with the reporter's unit): "mine saker" lists both,
 * each with its own button.
 */
async function twoCases() {
  const harness = await dialogHarness();
  const { chat, submit } = harness;
  const rop = chat('ropSaks');
  await rop
    .send(
      submit({
        action: 'concern.submit',
        submissionId: '11111111-1111-4111-8111-111111111111',
        ...draft(),
      }),
    )
    .assertReply(() => {})
    .send(
      submit({
        action: 'concern.submit',
        submissionId: '22222222-2222-4222-8222-222222222222',
        ...draft({ nationalId: '', name: 'Per Hansen', birthDate: '1980-02-03' }),
      }),
    )
    .assertReply(() => {})
    .startTest();
  const [kari, per] = harness.husly.state.cases;
  assert.ok(kari && per);
  return { ...harness, rop, kari, per };
}

describe('"mine saker": a button per case opens that case, as the service allows', () => {
  it('lists each case with its own "Åpne sak"; a press opens that one', async () => {
    const { rop, say, submit, kari, per } = await twoCases();
    let card: unknown;
    await rop
      .send(say('mine saker'))
      .assertReply((a) => void (card = contentOf(a)))
      .startTest();
    assert.deepEqual(validateAdaptiveCard(card), []);
    const buttons = submitsOf(card);
    assert.deepEqual(
      buttons.map((d) => [d.action, d.caseId]).sort(),
      [
        ['case.open', kari.id],
        ['case.open', per.id],
      ].sort(),
    );
    const perButton = buttons.find((d) => d.caseId === per.id);
    await rop
      .send(submit(perButton))
      .assertReply((a) => {
        const answer = JSON.stringify(contentOf(a));
        assert.match(answer, new RegExp(per.reference), 'the case pressed');
        assert.match(answer, /Per Hansen/, 'with its content: the presser may read it');
        assert.doesNotMatch(answer, new RegExp(kari.reference), 'not another row’s case');
      })
      .startTest();
  });

  it('a forged press for a case the presser may not read shows owner facts only', async () => {
    const { chat, submit, kari } = await twoCases();
    // Boligstiftelsen has nothing to do with the case: the card data is not trusted.
    await chat('boligSaks')
      .send(submit({ action: 'case.open', caseId: kari.id }))
      .assertReply((a) => {
        const answer = JSON.stringify(contentOf(a));
        assert.match(answer, new RegExp(kari.reference));
        assert.match(answer, /Psykisk helse og rus/, 'who owns it, as anyone may ask');
        assert.doesNotMatch(answer, /Kari|Nordmann|128793|Leieboer svarer/, 'no content');
      })
      .startTest();
  });

  it('refuses a case id Husly never issued, or one that is not an id', async () => {
    const { chat, submit } = await twoCases();
    await chat('boligSaks')
      .send(submit({ action: 'case.open', caseId: '00000000-0000-4000-8000-000000000000' }))
      .assertReply(nb.errors['CASE.NOT_FOUND'])
      .send(submit({ action: 'case.open', caseId: KARI.repeat(10) }))
      .assertReply(nb.errors['CASE.NOT_FOUND'])
      .send(submit({ action: 'case.open' }))
      .assertReply(nb.errors['CASE.NOT_FOUND'])
      .startTest();
  });
});
