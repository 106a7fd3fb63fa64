import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { concernFormCard } from '../../../dialogs/cards/concern-form.card.ts';
import { nb } from '../../../dialogs/texts/nb.ts';
import { validateAdaptiveCard } from '../../../scripts/lib/schemas.ts';
import { CONCERN_FIELDS } from '../../../src/domain/concern/concern-form.ts';
import type { Unit } from '../../../src/domain/org/org.ts';

type Node = Readonly<Record<string, unknown>>;
const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
/** Every object in the card, depth first. */
const nodesOf = (value: unknown): Node[] =>
  Array.isArray(value)
    ? value.flatMap(nodesOf)
    : isNode(value)
      ? [value, ...Object.values(value).flatMap(nodesOf)]
      : [];
/** The container (or other element) with this id, and every input inside it. */
const byId = (card: unknown, id: string): Node | undefined =>
  nodesOf(card).find((n) => n.id === id);
const inputsIn = (node: unknown) =>
  nodesOf(node).filter((n) => typeof n.type === 'string' && n.type.startsWith('Input.'));

const units: Unit[] = [
  { id: 'u', key: 'nav-bolig', name: 'NAV', kind: 'nav', channelConversationId: null },
];
const form = (input: Partial<Parameters<typeof concernFormCard>[1]> = {}) =>
  concernFormCard(nb, { submissionId: 's', units, ...input });

describe('the concern form card', () => {
  it('is a valid Adaptive Card 1.5, empty and sent back with values and messages', () => {
    assert.deepEqual(validateAdaptiveCard(form()), []);
    assert.deepEqual(
      validateAdaptiveCard(
        form({
          values: { namsmannNotice: 'true', children: '99', name: '**x**' },
          errors: {
            namsmannNoticeDate: 'NAMSMANN_DATE_REQUIRED',
            children: 'CHILDREN_RANGE',
            category: 'ACUTE_CATEGORY',
            source: 'REQUIRED',
          },
        }),
      ),
      [],
    );
  });

  it('has exactly one input for every form field, and no other input', () => {
    const ids = inputsIn(form()).map((n) => String(n.id));
    assert.deepEqual([...ids].sort(), [...CONCERN_FIELDS].sort());
  });

  it('asks where the concern comes from, with every source but "ikke oppgitt"', () => {
    const source = byId(form(), 'source');
    assert.equal(source?.label, 'Hvem meldte bekymringen / hvor kommer opplysningene fra?');
    const values = nodesOf(source?.choices).map((c) => c.value);
    assert.deepEqual(values, [
      'beboer',
      'utleier',
      'namsmann',
      'innfordring',
      'tjeneste',
      'parorende',
      'kriminalomsorg-helse',
    ]);
    const titles = JSON.stringify(source?.choices);
    assert.match(titles, /husleieloven § 9-11/);
    assert.match(titles, /tvangsfullbyrdelsesloven § 13-6/);
  });

  it('labels the new dates in plain words, without developer letters', () => {
    const card = form();
    const label = (id: string) => byId(card, id)?.label ?? byId(card, id)?.title;
    assert.equal(label('acute'), 'Uten tak over hodet i natt');
    assert.equal(label('noticeDate'), 'Dato varselet ble sendt (datoen på varselet)');
    assert.equal(label('noticeReceivedDate'), 'Dato beboeren fikk varselet');
    assert.equal(
      label('namsmannNotice'),
      'Brev fra namsmannen om begjæring om utkastelse (fravikelse)',
    );
    assert.equal(label('namsmannNoticeDate'), 'Dato beboeren fikk brevet');
    assert.equal(label('namsmannCopyDate'), 'Dato NAV/kommunen fikk kopi');
    assert.equal(label('objectionDeadline'), 'Fristen for innsigelse som står i brevet');
    assert.equal(label('tenantReserved'), 'Har leietaker reservert seg mot slike varsler?');
    assert.equal(
      label('belongingsDeadline'),
      'Ny frist for eiendeler (fra namsmannens andre brev)',
    );
    assert.equal(label('releaseDate'), 'Skal ut av fengsel eller institusjon den');
    assert.equal(label('wishes'), 'Personens egne ønsker');
    for (const id of ['namsmannCopyDate', 'objectionDeadline', 'leaseEndDate', 'releaseDate'])
      assert.equal(byId(card, id)?.type, 'Input.Date', id);
    assert.doesNotMatch(JSON.stringify(card), /\((D|V|B|F)\)/);
  });

  it('makes the description optional, with the hint against health data', () => {
    const description = byId(form(), 'description');
    assert.equal(description?.isRequired, undefined);
    assert.equal(description?.placeholder, 'Skriv ikke diagnoser eller helseopplysninger.');
    assert.match(String(description?.label), /^Beskrivelse \(taushetsbelagt/);
  });

  it('keeps each event’s fields hidden behind a button until they matter', () => {
    const card = form();
    const buttons = nodesOf(card).filter((n) => n.type === 'Action.ToggleVisibility');
    const targets = buttons.flatMap((b) => (b.targetElements as string[] | undefined) ?? []);
    assert.ok(targets.length >= 9, targets.join(', '));
    for (const target of targets) {
      const container = byId(card, target);
      assert.equal(container?.type, 'Container', target);
      assert.equal(container?.isVisible, false, `${target} starts hidden`);
      assert.ok(inputsIn(container).length > 0, `${target} holds inputs`);
    }
    const hidden = targets.flatMap((target) => inputsIn(byId(card, target)).map((n) => n.id));
    for (const id of ['noticeDate', 'namsmannCopyDate', 'belongingsDeadline', 'children', 'wishes'])
      assert.ok(hidden.includes(id), `${id} is folded away`);
    for (const id of ['nationalId', 'source', 'category', 'acute', 'other', 'description'])
      assert.ok(!hidden.includes(id), `${id} is always in view`);
  });

  it('opens a section that comes back ticked, filled in or with a message', () => {
    const visible = (card: unknown, id: string) => byId(card, id)?.isVisible;
    assert.equal(
      visible(form({ values: { namsmannNotice: 'true' } }), 'namsmannNotice-details'),
      true,
    );
    assert.equal(
      visible(form({ values: { namsmannNotice: 'false' } }), 'namsmannNotice-details'),
      false,
    );
    assert.equal(
      visible(form({ values: { evictionHappened: 'false' } }), 'evictionDateSet-details'),
      false,
      'a toggle left off is nothing filled in',
    );
    assert.equal(visible(form({ values: { wishes: 'Bo nær skolen' } }), 'household-details'), true);
    assert.equal(
      visible(form({ errors: { releaseDate: 'DATE_TOO_OLD' } }), 'situation-details'),
      true,
    );
    const back = form({
      values: { namsmannNotice: 'true' },
      errors: { namsmannNoticeDate: 'NAMSMANN_DATE_REQUIRED' },
    });
    assert.match(JSON.stringify(byId(back, 'namsmannNotice-details')), /Fyll inn minst én dato/);
  });
});
