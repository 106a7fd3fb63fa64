import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { en } from '../../../dialogs/texts/en.ts';
import { nb } from '../../../dialogs/texts/nb.ts';
import { nn } from '../../../dialogs/texts/nn.ts';
import { sampleCards } from '../card-samples.ts';

type Node = Readonly<Record<string, unknown>>;
const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
/** Every object in a card, depth first. */
const nodesOf = (value: unknown): Node[] =>
  Array.isArray(value)
    ? value.flatMap(nodesOf)
    : isNode(value)
      ? [value, ...Object.values(value).flatMap(nodesOf)]
      : [];

/**
 * Yellow ('Warning'), light green ('Good') and 'Light' text are hard to read on white and on the
 * dark theme: cards use 'Attention' for what must be acted on now, else default or 'Accent'.
 */
const UNREADABLE = new Set(['Warning', 'Good', 'Light']);

/** A `<word>` Teams' Markdown takes for an HTML tag and drops ("<enhet>" shows as nothing). */
const TAG_LIKE = /<[a-zæøå-]+>/i;

/** Sample values to call a catalogue function with, tried in turn for every parameter. */
const SAMPLE_ARGS: readonly unknown[] = [
  'Kari',
  2,
  true,
  ['Kari', 'Per'],
  [{ name: 'Kari', email: 'k@k.no', kind: 'unit', reach: 'reached' }],
  'reached',
];

/**
 * Every string the catalogue can produce: its string leaves, and what its functions return for
 * sample arguments (all of one sample, each sample in turn). A function no sample fits is
 * returned as `uncalled`; its source is checked instead.
 */
function catalogueStrings(root: unknown): { strings: string[]; uncalled: string[] } {
  const strings: string[] = [];
  const uncalled: string[] = [];
  const walk = (value: unknown, path: string, depth: number): void => {
    if (typeof value === 'string') strings.push(value);
    else if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}[${i}]`, depth));
    else if (typeof value === 'function') {
      const fn = value as (...args: unknown[]) => unknown;
      strings.push(fn.toString());
      let called = false;
      for (const sample of SAMPLE_ARGS) {
        try {
          const out = fn(...Array.from({ length: Math.max(fn.length, 1) }, () => sample));
          if (depth < 3) walk(out, `${path}()`, depth + 1);
          called = true;
        } catch {
          // Not this kind of argument: try the next.
        }
      }
      if (!called) uncalled.push(path);
    } else if (isNode(value))
      for (const [k, v] of Object.entries(value)) walk(v, path ? `${path}.${k}` : k, depth);
  };
  walk(root, '', 0);
  return { strings, uncalled };
}

describe('card and text conventions (readable in Teams, light and dark)', () => {
  const samples = Object.entries(sampleCards());

  const unreadable = (only: (builder: string) => boolean) =>
    samples
      .filter(([builder]) => only(builder))
      .flatMap(([builder, cards]) =>
        cards.flatMap((card, i) =>
          nodesOf(card)
            .filter((n) => typeof n.color === 'string' && UNREADABLE.has(n.color))
            .map(
              (n) => `${builder}#${i}: ${String(n.type)} ${String(n.color)} "${String(n.text)}"`,
            ),
        ),
      );

  it('no card colours text Warning, Good or Light (yellow or light green)', () => {
    assert.deepEqual(
      unreadable(() => true),
      [],
    );
  });

  it('the walk above sees coloured text at all (Attention, in red)', () => {
    const colours = new Set(
      samples.flatMap(([, cards]) => nodesOf(cards).map((n) => n.color)).filter(Boolean),
    );
    assert.ok(colours.has('Attention'), [...colours].join(', '));
  });

  it('no text in any catalogue has a <word> placeholder Markdown would eat', () => {
    for (const [language, catalogue] of Object.entries({ nb, nn, en })) {
      const { strings, uncalled } = catalogueStrings(catalogue);
      assert.ok(strings.length > 500, `${language}: only ${strings.length} strings`);
      assert.ok(uncalled.length < 10, `${language}: could not call: ${uncalled.join(', ')}`);
      assert.deepEqual(
        strings.filter((s) => TAG_LIKE.test(s)).map((s) => s.slice(0, 120)),
        [],
        `${language}: write «enhet» or [enhet] instead of <enhet>`,
      );
    }
  });

  it('the placeholder check catches one, in a leaf and from a function', () => {
    const { strings } = catalogueStrings({
      a: 'Skriv «koble kanal <enhet>»',
      b: (unit: string) => `koble ${unit}`,
    });
    assert.ok(strings.some((s) => TAG_LIKE.test(s)));
    assert.ok(strings.includes('koble Kari'));
  });

  it('no card shows a <word> placeholder', () => {
    const found = samples.flatMap(([builder, cards]) =>
      nodesOf(cards)
        .flatMap((n) => Object.values(n).filter((v): v is string => typeof v === 'string'))
        .filter((s) => TAG_LIKE.test(s))
        .map((s) => `${builder}: ${s}`),
    );
    assert.deepEqual(found, []);
  });
});
