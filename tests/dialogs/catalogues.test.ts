import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import ts from 'typescript';
import { formatAmount, formatDate } from '../../dialogs/cards/format.ts';
import { validateAdaptiveCard } from '../../scripts/lib/schemas.ts';
import { sampleCards } from './card-samples.ts';
import { en } from '../../dialogs/texts/en.ts';
import { textsFor } from '../../dialogs/texts/index.ts';
import { nb } from '../../dialogs/texts/nb.ts';
import { nn } from '../../dialogs/texts/nn.ts';

const CATALOGUES = { nb, nn, en } as const;

/** Every leaf of a catalogue by path: 'string', or 'function/<arity>'. */
function shape(value: unknown, path = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === 'string') out.set(path, 'string');
  else if (typeof value === 'function') out.set(path, `function/${value.length}`);
  else if (value && typeof value === 'object')
    for (const [key, child] of Object.entries(value))
      for (const [p, kind] of shape(child, path ? `${path}.${key}` : key)) out.set(p, kind);
  return out;
}

/** Every string leaf by path. */
function leaves(value: unknown, path = '', out = new Map<string, string>()): Map<string, string> {
  if (typeof value === 'string') out.set(path, value);
  else if (value && typeof value === 'object' && typeof value !== 'function')
    for (const [key, child] of Object.entries(value)) leaves(child, `${path}/${key}`, out);
  return out;
}

describe('message catalogues: bokmål, nynorsk and English', () => {
  it('have the same keys, and functions taking the same arguments, in every language', () => {
    const reference = shape(nb);
    for (const [language, catalogue] of Object.entries(CATALOGUES)) {
      const own = shape(catalogue);
      const missing = [...reference.keys()].filter((k) => !own.has(k));
      const extra = [...own.keys()].filter((k) => !reference.has(k));
      const differing = [...reference].filter(([k, kind]) => own.has(k) && own.get(k) !== kind);
      assert.deepEqual(
        { missing, extra, differing },
        { missing: [], extra: [], differing: [] },
        language,
      );
    }
  });

  it('are translated, not copied: most texts differ from bokmål', () => {
    const bokmal = leaves(nb);
    for (const [language, catalogue] of [['nn', nn] as const, ['en', en] as const]) {
      const own = leaves(catalogue);
      const same = [...own].filter(([path, text]) => bokmal.get(path) === text).length;
      assert.ok(same / own.size < 0.25, `${language}: ${same} of ${own.size} texts as in bokmål`);
    }
  });

  it('are chosen by the Teams locale, bokmål by default', () => {
    assert.equal(textsFor('nn-NO'), nn);
    assert.equal(textsFor('en-US'), en);
    assert.equal(textsFor('en-GB'), en);
    assert.equal(textsFor('nb-NO'), nb);
    assert.equal(textsFor('no'), nb);
    assert.equal(textsFor('de-DE'), nb);
    assert.equal(textsFor(undefined), nb);
    assert.equal(textsFor('__proto__'), nb);
  });

  it('format dates the Norwegian way in both Norwegian forms, the English way in English', () => {
    const day = '2026-12-04';
    assert.equal(formatDate(day, nb.locale), '4.\u00a0desember 2026');
    assert.equal(formatDate(day, nn.locale), '4.\u00a0desember 2026');
    assert.equal(formatDate(day, en.locale), '4 December 2026');
    assert.equal(formatAmount(38400, nn.locale), formatAmount(38400, nb.locale));
    assert.equal(formatAmount(38400, en.locale), '38,400');
  });
});

/**
 * Properties of an Adaptive Card or activity that users read. A card builder or dialog must fill
 * them from the catalogue (or with data), never with a literal: a literal shows in one
 * language only.
 */
const USER_VISIBLE = new Set([
  'text',
  'title',
  'label',
  'placeholder',
  'errorMessage',
  'altText',
  'fallbackText',
  'tooltip',
  'speak',
  'summary',
]);
/** Functions whose first argument users read. */
const USER_VISIBLE_CALLS = new Set(['paragraph', 'heading', 'sendActivity', 'submit', 'execute']);
/** A literal with a letter in it is words; '–', ' · ' and '' are punctuation. */
const hasWords = (text: string) => /\p{L}{2,}/u.test(text);

function literalTexts(node: ts.Node): string[] {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  if (ts.isTemplateExpression(node))
    return [node.head.text, ...node.templateSpans.map((span) => span.literal.text)];
  if (ts.isConditionalExpression(node))
    return [...literalTexts(node.whenTrue), ...literalTexts(node.whenFalse)];
  if (ts.isBinaryExpression(node)) return [...literalTexts(node.left), ...literalTexts(node.right)];
  return [];
}

/** `file:line: text` for every literal with words where users read it. */
function textOutsideCatalogue(file: string): string[] {
  const source = ts.createSourceFile(
    file,
    readFileSync(file, 'utf8'),
    ts.ScriptTarget.Latest,
    true,
  );
  const found: string[] = [];
  const report = (node: ts.Node, expression: ts.Node) => {
    for (const text of literalTexts(expression).filter(hasWords)) {
      const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      found.push(`${file}:${line}: ${JSON.stringify(text)}`);
    }
  };
  const visit = (node: ts.Node): void => {
    if (
      ts.isPropertyAssignment(node) &&
      (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name)) &&
      USER_VISIBLE.has(node.name.text)
    )
      report(node, node.initializer);
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const name = ts.isIdentifier(callee)
        ? callee.text
        : ts.isPropertyAccessExpression(callee)
          ? callee.name.text
          : '';
      const first = node.arguments[0];
      if (USER_VISIBLE_CALLS.has(name) && first) report(node, first);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const sourcesIn = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => `${dir}/${f}`);

describe('cards and dialogs take every text from the catalogue', () => {
  it('has no literal words where users read them', () => {
    const files = [...sourcesIn('dialogs/cards'), ...sourcesIn('dialogs'), ...sourcesIn('src/bot')];
    assert.deepEqual(files.flatMap(textOutsideCatalogue), []);
  });

  it('would notice one (the check itself)', () => {
    const probe = 'tests/fixtures/catalogue-probe.ts';
    const found = textOutsideCatalogue.call(null, probe);
    assert.deepEqual(
      found.map((f) => f.split(': ')[1]),
      ['"Mine saker"', '"Lagre"', '"Hei "', '"Ferdig"'],
    );
  });
});

describe('every card in every language', () => {
  it('is a valid Adaptive Card in nynorsk and English as in bokmål', () => {
    for (const [language, texts] of Object.entries(CATALOGUES))
      for (const [builder, cards] of Object.entries(sampleCards(texts)))
        cards.forEach((card, i) =>
          assert.deepEqual(validateAdaptiveCard(card), [], `${language} ${builder}#${i}`),
        );
  });

  it('speaks the language: the English help card has no bokmål heading', () => {
    const [english] = sampleCards(en).helpCard ?? [];
    const text = JSON.stringify(english);
    assert.ok(text.includes(en.help.commandsHeading));
    assert.ok(!text.includes(nb.help.intro.slice(0, 30)));
  });
});
