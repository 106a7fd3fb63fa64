import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { MemoryStorage } from 'botbuilder';
import { MainDialog } from '../../dialogs/main.dialog.ts';
import { SUBMIT_VERB_FIELD, type CardVerbKind } from '../../dialogs/cards/card-verb.ts';
import { DialogStateStore } from '../../src/bot/dialog-state.ts';
import { dialogServices } from '../fakes/dialog-services.ts';
import { InMemoryHusly } from '../fakes/in-memory-repositories.ts';
import { sampleCards } from './card-samples.ts';

/** A button found on a card, with the payload Teams would send when it is pressed. */
interface Button {
  readonly card: string;
  readonly kind: CardVerbKind;
  readonly verb: unknown;
  readonly payload: Readonly<Record<string, unknown>>;
}

type Node = Readonly<Record<string, unknown>>;
const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function nodesOf(value: unknown): Node[] {
  if (Array.isArray(value)) return value.flatMap(nodesOf);
  if (!isNode(value)) return [];
  return [value, ...Object.values(value).flatMap(nodesOf)];
}

/** What a user could plausibly have left in an input when pressing a button. */
function plausible(input: Node): string {
  const preset = typeof input.value === 'string' ? input.value : '';
  const choices = Array.isArray(input.choices) ? input.choices.filter(isNode) : [];
  const firstChoice = typeof choices[0]?.value === 'string' ? choices[0].value : '';
  switch (input.type) {
    case 'Input.ChoiceSet':
      return preset || firstChoice;
    case 'Input.Toggle':
      return preset || 'false';
    case 'Input.Date':
      return preset || '2026-11-20';
    default:
      return preset || 'Tekst fra skjemaet';
  }
}

/**
 * Every Action.Submit and Action.Execute on a card (in ActionSets and ShowCards too), its data
 * merged with the card's inputs as Teams merges them.
 */
function buttonsOf(card: string, content: unknown): Button[] {
  const nodes = nodesOf(content);
  const inputs = Object.fromEntries(
    nodes
      .filter((n) => typeof n.type === 'string' && n.type.startsWith('Input.'))
      .map((n) => [String(n.id), plausible(n)]),
  );
  return nodes.flatMap((n): Button[] => {
    const data = isNode(n.data) ? n.data : {};
    if (n.type === 'Action.Submit')
      return [
        { card, kind: 'submit', verb: data[SUBMIT_VERB_FIELD], payload: { ...data, ...inputs } },
      ];
    if (n.type === 'Action.Execute')
      return [{ card, kind: 'execute', verb: n.verb, payload: { ...data, ...inputs } }];
    return [];
  });
}

describe('card routes: every button on every card has a route that accepts what it sends', () => {
  const main = new MainDialog(
    new DialogStateStore(new MemoryStorage()).createProperty('dialogState'),
    dialogServices(new InMemoryHusly()),
  );
  const routes = main.cardRoutes();
  const samples = sampleCards();
  const buttons = Object.entries(samples).flatMap(([builder, cards]) =>
    cards.flatMap((card, i) => buttonsOf(`${builder}#${i}`, card)),
  );

  it('finds the buttons (the walk itself works)', () => {
    assert.ok(buttons.length >= 30, `only ${buttons.length} buttons found`);
    assert.ok(buttons.some((b) => b.kind === 'execute'));
  });

  it('routes every verb a card emits, and its schema accepts the card’s data and inputs', () => {
    const problems = buttons.flatMap((b) => {
      const route = routes.find((r) => r.kind === b.kind && r.verb === b.verb);
      if (!route) return [`${b.card}: no ${b.kind} route for ${String(b.verb)}`];
      const parsed = route.schema.safeParse(b.payload);
      return parsed.success
        ? []
        : [`${b.card}: ${String(b.verb)} refused: ${JSON.stringify(parsed.error.issues)}`];
    });
    assert.deepEqual(problems, []);
  });

  it('has no route that no card emits (so no card builder is left out above)', () => {
    const emitted = new Set(buttons.map((b) => `${b.kind} ${String(b.verb)}`));
    assert.deepEqual(
      routes.map((r) => `${r.kind} ${r.verb}`).filter((r) => !emitted.has(r)),
      [],
    );
  });

  it('calls every card builder in dialogs/cards', async () => {
    const dir = new URL('../../dialogs/cards/', import.meta.url);
    const builders: string[] = [];
    for (const file of readdirSync(dir).filter((f) => /\.cards?\.ts$/.test(f))) {
      const module = (await import(new URL(file, dir).href)) as Record<string, unknown>;
      for (const [name, value] of Object.entries(module))
        if (typeof value === 'function' && /Card$/.test(name)) builders.push(name);
    }
    assert.ok(builders.length >= 20, builders.join(', '));
    assert.deepEqual(
      builders.filter((b) => !Object.hasOwn(samples, b)).sort(),
      [],
      'add a sample of each to tests/dialogs/card-samples.ts',
    );
  });
});
