import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { overviewCard, presetPeriod } from '../../../dialogs/cards/overview.card.ts';
import { worklistCard, worklistChannelCard } from '../../../dialogs/cards/worklist.card.ts';
import { en } from '../../../dialogs/texts/en.ts';
import { nb } from '../../../dialogs/texts/nb.ts';
import { nn } from '../../../dialogs/texts/nn.ts';
import { validateAdaptiveCard } from '../../../scripts/lib/schemas.ts';
import {
  EMPTY_FIGURES,
  EMPTY_WORKLIST,
  RAW_FIGURES,
  sampleOverview,
  sampleWorklist,
  UNITS,
  WORKLIST_ROWS,
} from '../overview-samples.ts';

type Node = Readonly<Record<string, unknown>>;
const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
/** Every object in a card, depth first (fallbacks included). */
const nodesOf = (value: unknown): Node[] =>
  Array.isArray(value)
    ? value.flatMap(nodesOf)
    : isNode(value)
      ? [value, ...Object.values(value).flatMap(nodesOf)]
      : [];
const chartsOf = (card: unknown) =>
  nodesOf(card).filter((n) => typeof n.type === 'string' && n.type.startsWith('Chart.'));
/** Every number a chart draws: slices, bars and bar segments. */
const drawnValues = (chart: Node): number[] =>
  nodesOf(chart.data).flatMap((point) =>
    typeof point.value === 'number' ? [point.value] : typeof point.y === 'number' ? [point.y] : [],
  );
/** Every label a chart draws. */
const drawnLabels = (chart: Node): string[] =>
  nodesOf(chart.data).flatMap((point) =>
    [point.legend, point.x, point.title].filter((l): l is string => typeof l === 'string'),
  );
const DAY = '\u00a0';
const LANGUAGES = { nb, nn, en } as const;

describe('the worklist card', () => {
  const card = worklistCard(nb, sampleWorklist(40));
  const text = JSON.stringify(card);

  it('is a valid Adaptive Card in every language, empty or not, and as a channel post', () => {
    for (const [language, texts] of Object.entries(LANGUAGES))
      for (const c of [
        worklistCard(texts, sampleWorklist()),
        worklistCard(texts, EMPTY_WORKLIST),
        worklistChannelCard(texts, UNITS[0].name, sampleWorklist()),
      ])
        assert.deepEqual(validateAdaptiveCard(c), [], language);
  });

  it('says what is due and when, in plain Norwegian, for every reason', () => {
    for (const expected of [
      'Uten tak over hodet i natt',
      `Utkastelse 3.${DAY}desember 2026`,
      `Fristen for innsigelse går ut 1.${DAY}desember 2026 (tvangsfullbyrdelsesloven § 13-6)`,
      `Tidligst begjæring 2.${DAY}desember 2026 (14 dager etter varsel etter tvfl. § 4-18)`,
      'Fristen for innsigelse (tvfl. § 13-6) er ukjent',
      `Ingen har tatt saken (registrert 19.${DAY}november 2026)`,
      'Nivå 3–4 uten vedtak/plan',
      'Nivå 3–4 uten plan',
      `Tiltak over frist siden 15.${DAY}november 2026`,
      `Evaluering over frist siden 10.${DAY}november 2026`,
      // Due three days after it was registered: registered 17 November.
      `Ikke kontaktet siden registrering 17.${DAY}november 2026`,
    ])
      assert.ok(text.includes(expected), expected);
  });

  it('names the law in full at its first mention only', () => {
    assert.equal(text.split('tvangsfullbyrdelsesloven').length - 1, 1);
    assert.ok(text.indexOf('tvangsfullbyrdelsesloven') < text.indexOf('tvfl.'));
  });

  it('keeps the order it was given, each row with its reference, unit and own "Åpne sak"', () => {
    const buttons = nodesOf(card).filter((n) => n.type === 'Action.Submit');
    assert.deepEqual(
      buttons.map((b) => (b.data as Node).caseId),
      WORKLIST_ROWS.map((r) => r.caseId),
    );
    assert.ok(
      buttons.every((b) => b.title === 'Åpne sak' && (b.data as Node).action === 'case.open'),
    );
    const references = WORKLIST_ROWS.map((r) => text.indexOf(`"${r.reference}"`));
    assert.ok(references.every((at, i) => at > 0 && (i === 0 || at > (references[i - 1] ?? 0))));
    assert.ok(text.includes(' · NAV boligsosialt team'));
  });

  it('counts what is not shown: "Viser 11 av 40"', () => {
    assert.ok(text.includes('Viser 11 av 40, de mest presserende først.'));
    assert.ok(!JSON.stringify(worklistCard(nb, sampleWorklist(11))).includes('Viser'));
  });

  it('an empty list says so kindly', () => {
    const empty = JSON.stringify(worklistCard(nb, EMPTY_WORKLIST));
    assert.ok(empty.includes('Ingen av sakene dine trenger en beslutning denne uken'));
    assert.ok(!empty.includes('Action.Submit'));
  });

  it('the channel post shows the rows and buttons with owner facts and dates only', () => {
    const post = worklistChannelCard(nb, UNITS[0].name, sampleWorklist(11));
    const postText = JSON.stringify(post);
    assert.ok(postText.includes('Arbeidsliste til boligmøtet: NAV boligsosialt team'));
    assert.deepEqual(
      nodesOf(post)
        .filter((n) => n.type === 'Action.Submit')
        .map((b) => (b.data as Node).caseId),
      WORKLIST_ROWS.map((r) => r.caseId),
    );
    // The nearest date, never what is due (case content stays behind «Åpne sak»).
    assert.ok(postText.includes(`Frist: 1.${DAY}desember 2026`));
    assert.doesNotMatch(postText, /Utkastelse 3|innsigelse|Nivå 3|kontaktet|Tiltak|tak over/);
    assert.doesNotMatch(postText, /Kari|Nordmann|saksansvarlig:/);
  });
});

describe('the overview card', () => {
  const whole = overviewCard(nb, sampleOverview('whole'));
  const nav = overviewCard(nb, sampleOverview('nav'));

  it('is a valid Adaptive Card, its charts valid chart elements, in every language', () => {
    for (const [language, texts] of Object.entries(LANGUAGES))
      for (const c of [
        overviewCard(texts, sampleOverview('whole')),
        overviewCard(texts, sampleOverview('nav')),
        overviewCard(texts, sampleOverview('whole', EMPTY_FIGURES)),
      ])
        assert.deepEqual(validateAdaptiveCard(c), [], language);
  });

  it('draws Teams charts: a donut by nivå in green, yellow and red, bars, a stacked bar', () => {
    const types = chartsOf(whole).map((c) => c.type);
    assert.deepEqual(types, [
      'Chart.Donut',
      'Chart.VerticalBar',
      'Chart.HorizontalBar',
      'Chart.HorizontalBar',
      'Chart.HorizontalBar',
      'Chart.HorizontalBar.Stacked',
    ]);
    // No small cell anywhere in the levels: all four drawn, nivå 4 in a darker red.
    const levels = RAW_FIGURES.openByLevel.map((l) => ({ ...l, count: l.count + 5 }));
    const big = overviewCard(nb, sampleOverview('whole', { ...RAW_FIGURES, openByLevel: levels }));
    assert.deepEqual(
      nodesOf(chartsOf(big)[0]?.data).map((p) => [p.legend, p.value, p.color]),
      [
        // 17, 25, 14 and 8, drawn rounded to the nearest 5.
        ['Nivå 1 (grønt)', 15, 'good'],
        ['Nivå 2 (gult)', 25, 'warning'],
        ['Nivå 3 (rødt)', 15, 'attention'],
        ['Nivå 4 (rødt)', 10, 'divergingMaroon'],
      ],
    );
  });

  it('gives every chart a fallback fact set or table with the same figures', () => {
    for (const card of [whole, nav])
      for (const chart of chartsOf(card)) {
        const fallback = chart.fallback as Node;
        assert.ok(['FactSet', 'Table'].includes(String(fallback.type)), String(chart.type));
        const fallbackText = JSON.stringify(fallback);
        for (const label of drawnLabels(chart))
          assert.ok(fallbackText.includes(label), `${String(chart.type)}: ${label}`);
      }
  });

  it('never draws a suppressed or hidden figure: only 0 or 5 and more are in a chart', () => {
    for (const card of [whole, nav])
      for (const chart of chartsOf(card))
        for (const value of drawnValues(chart))
          assert.ok(value === 0 || value >= 5, `${String(chart.type)} draws ${value}`);
    // Nivå 4 (3 cases), acute (2), "uten tak over hodet" (4), privat evicted (2): not drawn.
    const navCharts = chartsOf(nav);
    assert.ok(!drawnLabels(navCharts[0] ?? {}).includes('Nivå 4 (rødt)'));
    assert.ok(!drawnLabels(navCharts[1] ?? {}).includes('Uten tak over hodet'));
    const stacked = navCharts.find((c) => c.type === 'Chart.HorizontalBar.Stacked') ?? {};
    const privat = nodesOf(stacked.data).find((b) => b.title === 'Privat utleier') ?? {};
    assert.deepEqual(
      nodesOf(privat.data).map((s) => s.legend),
      ['Avverget (boligen sikret)'],
    );
  });

  it('shows them as "< 5" (and "skjult") in the fallback, with a note and a footnote', () => {
    const expected = [
      {
        card: whole,
        // Nivå 4 (3 cases) is "< 5". Next to the exact total the smallest other cell (nivå 3) is
        // hidden too, or 44 − 12 − 20 − 9 would give it away. The rest is rounded to 5.
        values: ['"value":"ca. 10"', '"value":"ca. 20"', '"value":"skjult"', '"value":"< 5"'],
        drawn: ['Nivå 1 (grønt)', 'Nivå 2 (gult)'],
        note: 'Ikke tegnet: Nivå 3 (rødt) (skjult), Nivå 4 (rødt) (< 5).',
      },
      {
        card: nav,
        // One unit: its total is rounded too, so nothing can be worked out and nothing more is
        // hidden.
        values: ['"value":"ca. 10"', '"value":"ca. 20"', '"value":"ca. 10"', '"value":"< 5"'],
        drawn: ['Nivå 1 (grønt)', 'Nivå 2 (gult)', 'Nivå 3 (rødt)'],
        note: 'Ikke tegnet: Nivå 4 (rødt) (< 5).',
      },
    ];
    for (const { card, values, drawn, note } of expected) {
      const text = JSON.stringify(card);
      const donut = chartsOf(card)[0] ?? {};
      assert.deepEqual(JSON.stringify(donut.fallback).match(/"value":"[^"]*"/g), values);
      assert.deepEqual(drawnLabels(donut), drawn);
      assert.ok(text.includes(note), note);
      assert.ok(text.includes('«< 5» betyr 1–4 saker'));
      // Every figure a chart left out is named under it.
      for (const chart of chartsOf(card)) {
        const fallback = JSON.stringify(chart.fallback);
        const left = (fallback.match(/"< 5"|"skjult"/g) ?? []).length;
        assert.ok(left === 0 || text.includes('Ikke tegnet:'), String(chart.type));
      }
    }
    assert.ok(JSON.stringify(nav).includes('Privat utleier: utkastet (< 5)'));
  });

  it('with nothing to draw, the figures alone, no chart and no footnote', () => {
    const empty = overviewCard(nb, sampleOverview('whole', EMPTY_FIGURES));
    assert.deepEqual(chartsOf(empty), []);
    assert.ok(!JSON.stringify(empty).includes('«< 5»'));
  });

  it('filters by unit and period, and "Oppdater" redraws it in place', () => {
    const inputs = nodesOf(nav).filter((n) => String(n.type).startsWith('Input.'));
    assert.deepEqual(
      inputs.map((i) => [i.id, i.type, i.value]),
      [
        ['overviewUnit', 'Input.ChoiceSet', 'u-nav'],
        ['overviewPeriod', 'Input.ChoiceSet', 'thisHalf'],
        ['overviewFrom', 'Input.Date', '2026-07-01'],
        ['overviewTo', 'Input.Date', '2026-11-23'],
      ],
    );
    assert.deepEqual(
      nodesOf(inputs[0]?.choices).map((c) => c.title),
      ['Hele kommunen', ...UNITS.map((u) => u.name)],
    );
    assert.deepEqual(
      nodesOf(inputs[1]?.choices).map((c) => c.title),
      [
        'Siste 30 dager',
        'Dette halvåret',
        'Forrige halvår',
        'I år',
        'I fjor',
        'Egen periode (fra og til)',
      ],
    );
    const [refresh, ...others] = nodesOf(nav).filter((n) => n.type === 'Action.Execute');
    assert.deepEqual(others, []);
    assert.equal(refresh?.verb, 'overview.refresh');
    assert.equal(refresh?.title, 'Oppdater');
    assert.deepEqual(refresh?.data, { drawnFrom: '2026-07-01', drawnTo: '2026-11-23' });
  });

  it('computes the periods from today', () => {
    const on = (today: string) =>
      Object.fromEntries(
        (['last30', 'thisHalf', 'lastHalf', 'thisYear', 'lastYear'] as const).map((p) => {
          const { from, to } = presetPeriod(p, today);
          return [p, `${from}..${to}`];
        }),
      );
    assert.deepEqual(on('2026-11-23'), {
      last30: '2026-10-25..2026-11-23',
      thisHalf: '2026-07-01..2026-11-23',
      lastHalf: '2026-01-01..2026-06-30',
      thisYear: '2026-01-01..2026-11-23',
      lastYear: '2025-01-01..2025-12-31',
    });
    assert.equal(on('2026-03-10').lastHalf, '2025-07-01..2025-12-31');
    assert.equal(on('2026-07-01').thisHalf, '2026-07-01..2026-07-01');
  });
});

describe('chart validation (schemas/teams-charts.json)', () => {
  const facts = { type: 'FactSet', facts: [{ title: 'Nivå 1 (grønt)', value: '12' }] };
  const withChart = (chart: object) => ({
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body: [{ type: 'Container', items: [chart] }],
  });
  const donut = (point: object, extra: object = {}) =>
    withChart({ type: 'Chart.Donut', data: [point], fallback: facts, ...extra });

  it('accepts a chart as the page describes it', () => {
    assert.deepEqual(
      validateAdaptiveCard(donut({ legend: 'Nivå 1', value: 12, color: 'good' })),
      [],
    );
  });

  it('refuses a data point without a value, and a wrong colour', () => {
    assert.match(
      validateAdaptiveCard(donut({ legend: 'Nivå 1', color: 'good' })).join('\n'),
      /Chart\.Donut\/data\/0 must have required property 'value'/,
    );
    assert.match(
      validateAdaptiveCard(donut({ legend: 'Nivå 1', value: 12, color: 'Good' })).join('\n'),
      /Chart\.Donut\/data\/0\/color must be equal to one of the allowed values/,
    );
    assert.notDeepEqual(
      validateAdaptiveCard(
        withChart({
          type: 'Chart.VerticalBar',
          color: 'green',
          data: [{ x: 'a', y: 1 }],
          fallback: facts,
        }),
      ),
      [],
    );
    assert.notDeepEqual(
      validateAdaptiveCard(
        withChart({
          type: 'Chart.HorizontalBar.Stacked',
          data: [{ title: 'a', data: [{ legend: 'b' }] }],
          fallback: facts,
        }),
      ),
      [],
    );
  });

  it('refuses a chart without a fallback element, and a fallback that is no valid element', () => {
    assert.match(
      validateAdaptiveCard(withChart({ type: 'Chart.Donut', data: [] })).join('\n'),
      /needs a fallback element/,
    );
    assert.match(
      validateAdaptiveCard(donut({ legend: 'a', value: 1 }, { fallback: 'drop' })).join('\n'),
      /needs a fallback element/,
    );
    assert.notDeepEqual(
      validateAdaptiveCard(donut({ legend: 'a', value: 1 }, { fallback: { type: 'FactSet' } })),
      [],
    );
  });

  it('refuses a chart element it has no definition for, and unknown properties', () => {
    assert.match(
      validateAdaptiveCard(withChart({ type: 'Chart.Sankey', data: [], fallback: facts })).join(
        '\n',
      ),
      /Chart\.Sankey: no definition/,
    );
    assert.notDeepEqual(
      validateAdaptiveCard(donut({ legend: 'a', value: 1 }, { colour: 'good' })),
      [],
    );
  });
});
