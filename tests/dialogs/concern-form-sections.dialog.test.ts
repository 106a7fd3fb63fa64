import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TestAdapter, type Activity } from 'botbuilder';
import { RegisterConcernDialog } from '../../dialogs/register-concern.dialog.ts';
import { nb } from '../../dialogs/texts/nb.ts';
import { setTurnInfo } from '../../dialogs/turn-info.ts';
import { dialogHarness } from '../helpers/dialog-harness.ts';
import { draft } from '../fakes/concern-draft.ts';
import { dialogServices } from '../fakes/dialog-services.ts';
import { FakeClock } from '../fakes/in-memory-repositories.ts';
import { smallMunicipality } from '../fakes/org-fixture.ts';

type Node = Readonly<Record<string, unknown>>;
const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const nodesOf = (value: unknown): Node[] =>
  Array.isArray(value)
    ? value.flatMap(nodesOf)
    : isNode(value)
      ? [value, ...Object.values(value).flatMap(nodesOf)]
      : [];
const cardOf = (a: Partial<Activity>): Node => {
  const content: unknown = a.attachments?.[0]?.content;
  assert.ok(isNode(content), 'a card');
  return content;
};
const byId = (card: unknown, id: string) => nodesOf(card).find((n) => n.id === id);

/**
 * What Teams sends for this card: every input's value, those in hidden sections too (an
 * untouched toggle 'false', an empty field ''), and the button's data; `typed` on top.
 */
function asTeamsSends(card: Node, typed: Record<string, string>): Record<string, unknown> {
  const inputs = Object.fromEntries(
    nodesOf(card.body)
      .filter((n) => String(n.type).startsWith('Input.'))
      .map((n) => [String(n.id), typeof n.value === 'string' ? n.value : '']),
  );
  const send = nodesOf(card.actions).find((n) => n.type === 'Action.Submit');
  return { ...inputs, ...(send?.data as Node), ...typed };
}

describe('the concern form: sections open on request, hidden ones send nothing wrong', () => {
  it('uses a card version with ToggleVisibility and isVisible (1.2 or later)', async () => {
    const { chat, say } = await dialogHarness();
    let card: Node = {};
    await chat('ropSaks')
      .send(say('ny bekymring'))
      .assertReply((a) => void (card = cardOf(a)))
      .startTest();
    const [major = 0, minor = 0] = String(card.version).split('.').map(Number);
    assert.ok(major > 1 || minor >= 2, `version ${String(card.version)}`);
    const toggles = nodesOf(card).filter((n) => n.type === 'Action.ToggleVisibility');
    assert.ok(toggles.length >= 9);
    for (const t of toggles)
      for (const target of t.targetElements as string[])
        assert.equal(byId(card, target)?.isVisible, false, `${target} starts hidden`);
    assert.match(
      JSON.stringify(byId(card, 'rentArrears-details')),
      /Husly bruker disse feltene bare når «Husleierestanse» er krysset av\./,
      'the fields say they count only with the box ticked',
    );
  });

  it('registers a form whose untouched hidden sections come back empty', async () => {
    const { chat, say, submit, husly } = await dialogHarness();
    const adapter = chat('ropSaks');
    let card: Node = {};
    await adapter
      .send(say('ny bekymring'))
      .assertReply((a) => void (card = cardOf(a)))
      .startTest();
    const payload = asTeamsSends(card, { ...draft() });
    // The sections not used came back as Teams sends them, not left out.
    assert.equal(payload.namsmannNotice, 'false');
    assert.equal(payload.noticeDate, '');
    assert.equal(payload.children, '');
    await adapter
      .send(submit(payload))
      .assertReply((a) => assert.match(a.text ?? '', /^Bekymringen er registrert i sak 2026-0001/))
      .startTest();
    assert.equal(husly.state.concerns.length, 1);
  });

  it('refuses a ticked event with its fields left empty, and opens its section', async () => {
    const { chat, say, submit, husly } = await dialogHarness();
    const adapter = chat('ropSaks');
    let card: Node = {};
    await adapter
      .send(say('ny bekymring'))
      .assertReply((a) => void (card = cardOf(a)))
      .startTest();
    const payload = asTeamsSends(card, {
      ...draft({ rentArrears: 'true', arrearsAmount: '', firstMissedRentDate: '' }),
    });
    let back: Node = {};
    await adapter
      .send(submit(payload))
      .assertReply((a) => void (back = cardOf(a)))
      .assertReply(nb.concern.fixErrors)
      .startTest();
    const section = byId(back, 'rentArrears-details');
    assert.equal(section?.isVisible, true, 'the section with the messages is open');
    const messages = nodesOf(section)
      .filter((n) => n.color === 'Attention')
      .map((n) => n.text);
    assert.deepEqual(messages, [nb.fieldErrors.REQUIRED, nb.fieldErrors.REQUIRED]);
    for (const id of ['noticeReceived-details', 'household-details'])
      assert.equal(byId(back, id)?.isVisible, false, `${id}: nothing in it, still closed`);
    assert.equal(husly.state.concerns.length, 0);
  });
});

describe('"bekymring for Kari Nordmann": the form opens with the name filled in', () => {
  /** RegisterConcernDialog.start on its own, in ropSaks' personal chat. */
  async function started(prefill?: { name?: string }): Promise<Node> {
    const { husly, actor } = await smallMunicipality();
    const clock = new FakeClock(new Date('2026-11-23T10:00:00Z'));
    const dialog = new RegisterConcernDialog(dialogServices(husly, clock));
    const who = await actor('ropSaks');
    const adapter = new TestAdapter(async (context) => {
      setTurnInfo(context, {
        actor: who,
        texts: nb,
        conversation: { id: 'a:ropSaks', type: 'personal', teamId: null },
      });
      await dialog.start(context, prefill);
    });
    let card: Node = {};
    await adapter
      .send('bekymring')
      .assertReply((a) => void (card = cardOf(a)))
      .startTest();
    return card;
  }
  const valueOf = (card: Node, id: string) => byId(card, id)?.value;

  it('puts the name in the name field, and nothing else', async () => {
    const card = await started({ name: 'Kari Nordmann' });
    assert.equal(valueOf(card, 'name'), 'Kari Nordmann');
    assert.equal(valueOf(card, 'nationalId'), '');
    assert.equal(valueOf(card, 'rentArrears'), 'false');
  });

  it('drops quotes around it; an 11-digit number goes in the number field', async () => {
    assert.equal(valueOf(await started({ name: ' «Kari Nordmann» ' }), 'name'), 'Kari Nordmann');
    const byNumber = await started({ name: '128793 43745' });
    assert.equal(valueOf(byNumber, 'nationalId'), '12879343745');
    assert.equal(valueOf(byNumber, 'name'), '');
  });

  it('opens empty without a name, or with one too long for the field', async () => {
    assert.equal(valueOf(await started(), 'name'), '');
    assert.equal(valueOf(await started({ name: 'K'.repeat(101) }), 'name'), '');
  });
});
