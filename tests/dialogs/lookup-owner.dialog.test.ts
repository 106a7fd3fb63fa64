import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'node:test';
import type { Activity, TurnContext } from 'botbuilder';
import { nb } from '../../dialogs/texts/nb.ts';
import { validateAdaptiveCard } from '../../scripts/lib/schemas.ts';
import { dialogHarness } from '../helpers/dialog-harness.ts';
import { draft, KARI } from '../fakes/concern-draft.ts';

/** Synthetic (month + 80): a second Kari Nordmann, born 2002. */
const KARI_2 = '02840259644';

const cardOf = (a: Partial<Activity>) =>
  (a.attachments?.[0]?.content ?? null) as Record<string, unknown> | null;
const json = (a: Partial<Activity>) => JSON.stringify(cardOf(a) ?? {});

/** Every Action.Submit on a card (in the body or the action bar): [title, data]. */
function buttons(card: unknown): [string, Record<string, unknown>][] {
  const found: [string, Record<string, unknown>][] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (typeof node !== 'object' || node === null) return;
    const n = node as Record<string, unknown>;
    if (n.type === 'Action.Submit')
      found.push([String(n.title), n.data as Record<string, unknown>]);
    Object.values(n).forEach(walk);
  };
  walk(card);
  return found;
}

/**
 * The harness, with ropSaks's personal chat as one TestAdapter that records every card Husly
 * put in place of another (TestAdapter itself keeps no record of updates).
 */
async function lookupChat(residents: readonly string[] = []) {
  const h = await dialogHarness();
  const adapter = h.chat('ropSaks');
  const updates: Partial<Activity>[] = [];
  const update = adapter.updateActivity.bind(adapter);
  adapter.updateActivity = (context: TurnContext, activity: Partial<Activity>) => {
    updates.push(activity);
    return update(context, activity);
  };
  // Each concern is nivå 1 arrears: Psykisk helse og rus, the reporter's own unit, owns the case.
  for (const nationalId of residents)
    await adapter
      .send(
        h.submit({
          action: 'concern.submit',
          submissionId: randomUUID(),
          ...draft({ nationalId }),
        }),
      )
      .assertReply(() => {})
      .startTest();
  /** A press on the card with activity id `cardId`, as Teams sends it. */
  const press = (value: Record<string, unknown>, cardId: string): Partial<Activity> => ({
    ...h.submit(value),
    replyToId: cardId,
  });
  return { ...h, adapter, updates, press };
}

describe('"hvem eier" a person (personal chat)', () => {
  it('a wrong identity number, alone or in a sentence, is refused before the purpose', async () => {
    const { adapter, say, husly } = await lookupChat();
    for (const [typed, code] of [
      ['hvem eier 12345678901', 'NATIONAL_ID.CHECKSUM'],
      ['hvem eier fnr 123456 78901', 'NATIONAL_ID.CHECKSUM'],
      ['hvem er saksansvarlig for fødselsnummer 128793-43746?', 'NATIONAL_ID.CHECKSUM'],
      ['hvem eier Kari Nordmann 1287934374', 'NATIONAL_ID.LENGTH'],
      ['hvem eier 1287934374', 'NATIONAL_ID.LENGTH'],
    ] as const)
      await adapter
        .send(say(typed))
        .assertReply((a) => {
          assert.equal(a.text, nb.errors[code], typed);
          assert.equal(cardOf(a), null, `${typed}: no purpose card`);
        })
        .startTest();
    assert.equal(husly.state.pendingLookups.length, 0, 'nothing is kept for a wrong number');
    // A right number in a sentence is a number lookup: the purpose comes next.
    await adapter
      .send(say(`hvem eier fnr ${KARI.slice(0, 6)} ${KARI.slice(6)}?`))
      .assertReply((a) => assert.match(json(a), /Hvorfor slår du opp personen\?/))
      .startTest();
  });

  it(
    'one person of that name: after the purpose, straight to the case; ' +
      'the purpose form is closed',
    async () => {
      const { adapter, say, press, updates } = await lookupChat([KARI]);
      let lookupId = '';
      await adapter
        .send(say('hvem eier Kari Nordmann'))
        .assertReply((a) => {
          lookupId = String(buttons(cardOf(a))[0]?.[1].lookupId);
        })
        .startTest();
      await adapter
        // Sent without a purpose: the form comes back in place, saying so (an update, no reply).
        .send(press({ action: 'lookup.purpose', lookupId }, 'purpose-card'))
        .send(
          press(
            { action: 'lookup.purpose', lookupId, purpose: 'samarbeid-tiltak' },
            'purpose-card',
          ),
        )
        .assertReply((a) => {
          const card = json(a);
          assert.match(card, /Sak 2026-0001/);
          assert.doesNotMatch(card, /Velg person/, 'no one-row list');
        })
        .startTest();
      const [redrawn, closed] = updates;
      assert.equal(updates.length, 2);
      assert.equal(redrawn?.id, 'purpose-card');
      assert.match(JSON.stringify(redrawn), /Velg hvorfor du slår opp personen/);
      assert.equal(closed?.id, 'purpose-card');
      const closedCard = cardOf(closed ?? {});
      assert.match(
        JSON.stringify(closedCard),
        /Formål: Samarbeid om tiltak\. Svaret står nedenfor/,
      );
      assert.deepEqual(buttons(closedCard), [], 'the used purpose form has no button left');
    },
  );

  it(
    'several people: a row and an "Åpne sak" button each; a press opens that case only, ' +
      'and closes the list',
    async () => {
      const { adapter, say, press, updates, husly } = await lookupChat([KARI, KARI_2]);
      let lookupId = '';
      let rows: [string, Record<string, unknown>][] = [];
      await adapter
        .send(say('hvem eier Kari Nordmann'))
        .assertReply((a) => {
          lookupId = String(buttons(cardOf(a))[0]?.[1].lookupId);
        })
        .startTest();
      await adapter
        .send(press({ action: 'lookup.purpose', lookupId, purpose: 'samarbeid-tiltak' }, 'purpose'))
        .assertReply((a) => {
          const card = cardOf(a);
          assert.ok(card, a.text);
          assert.deepEqual(validateAdaptiveCard(card ?? {}), []);
          const text = JSON.stringify(card);
          assert.match(text, /Velg person/);
          assert.match(text, /Kari Nordmann, f\. 1993.*Sak 2026-0001 – eies av Psykisk helse/s);
          assert.match(text, /Kari Nordmann, f\. 2002.*Sak 2026-0002 – eies av Psykisk helse/s);
          rows = buttons(card);
        })
        .startTest();
      const second = husly.state.cases.find((c) => c.reference === '2026-0002');
      assert.deepEqual(
        rows.map(([title, data]) => [title, data.action, data.residentId]),
        [
          ['Åpne sak', 'lookup.choose', husly.state.cases[0]?.residentId],
          ['Åpne sak', 'lookup.choose', second?.residentId],
        ],
        'one button per row, each for its own person',
      );
      assert.ok(!JSON.stringify(rows).includes('2026-0002'), 'the button data holds no reference');
      const [firstRow, secondRow] = rows;
      // A resident the list did not hold (forged card data) opens nothing.
      await adapter
        .send(press({ action: 'lookup.choose', lookupId, residentId: randomUUID() }, 'forged-list'))
        .assertReply(nb.errors['LOOKUP.EXPIRED'])
        .send(press(secondRow?.[1] ?? {}, 'list-card'))
        .assertReply((a) => {
          assert.match(json(a), /Sak 2026-0002/);
          assert.doesNotMatch(json(a), /Sak 2026-0001/);
        })
        // The lookup is used: another row of the same list opens nothing.
        .send(press(firstRow?.[1] ?? {}, 'list-card'))
        .assertReply(nb.errors['LOOKUP.EXPIRED'])
        .startTest();
      const closed = updates.filter((u) => u.id === 'list-card');
      assert.ok(closed.length >= 1);
      assert.ok(
        closed.every((u) => JSON.stringify(cardOf(u)).includes(nb.lookup.choicesClosed)),
        'the list becomes a closed card',
      );
      assert.deepEqual(buttons(cardOf(closed[0] ?? {})), []);
      const reads = husly.state.audit.filter(
        (e) => e.action === 'person.lookup' && e.detail?.queryKind === 'resident',
      );
      assert.deepEqual(
        reads.map((e) => [e.residentId, e.detail?.shown]),
        [[second?.residentId, 'details']],
        'the press was checked and audited by the access gate, for that person only',
      );
    },
  );
});
