import { z } from 'zod';
import type { CaseLevel } from '../../src/domain/case/case.ts';
import { addDays } from '../../src/domain/common/calendar-date.ts';
import type { OverviewFigures } from '../../src/domain/overview/overview.ts';
import { drawable, type Shown } from '../../src/domain/overview/shown.ts';
import { LANDLORDS, type Landlord, type Period } from '../../src/domain/overview/statistics.ts';
import type { Texts } from '../texts/index.ts';
import {
  adaptiveCard,
  execute,
  facts,
  heading,
  paragraph,
  type AdaptiveCard,
  type CardElement,
} from './adaptive-card.ts';
import { executeVerb } from './card-verb.ts';
import { formatAmount, formatDate } from './format.ts';

/** The periods offered on the card, computed from today (local date). */
export const PERIOD_PRESETS = ['last30', 'thisHalf', 'lastHalf', 'thisYear', 'lastYear'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

/** The unit choice for the whole municipality (every other choice is a unit id). */
export const WHOLE_MUNICIPALITY = 'all';

/** Husly writes dates on the card as 'YYYY-MM-DD'; anything longer never came from it. */
const dateText = z
  .string({ error: 'STATISTICS.INVALID_PERIOD' })
  .max(10, { error: 'STATISTICS.INVALID_PERIOD' })
  .default('');

/**
 * "Oppdater" on the overview: the unit and period chosen (or the dates typed), and the period
 * the card showed, so typed dates are told from a preset left as it was. The unit is only
 * where to look: the service checks that it exists and that the presser may see the overview.
 */
export const OVERVIEW_REFRESH = executeVerb(
  'overview.refresh',
  z.object({
    overviewUnit: z
      .string({ error: 'UNIT.NOT_FOUND' })
      .min(1, { error: 'UNIT.NOT_FOUND' })
      .max(64, { error: 'UNIT.NOT_FOUND' }),
    overviewPeriod: z.enum([...PERIOD_PRESETS, 'custom'], { error: 'STATISTICS.INVALID_PERIOD' }),
    overviewFrom: dateText,
    overviewTo: dateText,
    drawnFrom: dateText,
    drawnTo: dateText,
  }),
);

/** A preset period as of `today`; "this" periods end today. */
export function presetPeriod(preset: PeriodPreset, today: string): Period {
  const year = Number(today.slice(0, 4));
  const secondHalf = today.slice(5) >= '07-01';
  switch (preset) {
    case 'last30':
      return { from: addDays(today, -29), to: today };
    case 'thisHalf':
      return { from: `${year}-${secondHalf ? '07' : '01'}-01`, to: today };
    case 'lastHalf':
      return secondHalf
        ? { from: `${year}-01-01`, to: `${year}-06-30` }
        : { from: `${year - 1}-07-01`, to: `${year - 1}-12-31` };
    case 'thisYear':
      return { from: `${year}-01-01`, to: today };
    case 'lastYear':
      return { from: `${year - 1}-01-01`, to: `${year - 1}-12-31` };
  }
}

/** The preset a period is, as of today, or 'custom'. */
function presetOf(period: Period, today: string): PeriodPreset | 'custom' {
  return (
    PERIOD_PRESETS.find((p) => {
      const preset = presetPeriod(p, today);
      return preset.from === period.from && preset.to === period.to;
    }) ?? 'custom'
  );
}

export interface OverviewCardInput {
  readonly figures: OverviewFigures;
  /** Every unit, for the unit filter. */
  readonly units: readonly { readonly id: string; readonly name: string }[];
  /** Local date: the presets are computed from it. */
  readonly today: string;
}

/** A colour of the Teams chart elements (schemas/teams-charts.json). */
type ChartColor =
  | 'good'
  | 'warning'
  | 'attention'
  | 'divergingMaroon'
  | 'categoricalBlue'
  | 'categoricalPurple'
  | 'categoricalTeal';

/**
 * Grønt, gult, rødt: nivå 3 and 4 are both red; 4 a darker red so the two slices are told
 * apart.
 */
const LEVEL_COLOURS: Readonly<Record<CaseLevel, ChartColor>> = {
  1: 'good',
  2: 'warning',
  3: 'attention',
  4: 'divergingMaroon',
};

/** One figure of a breakdown: its label, the figure as it may be shown, its colour. */
interface Cell {
  readonly label: string;
  readonly shown: Shown;
  readonly color?: ChartColor;
}

/**
 * "oversikt": counts only, small numbers already suppressed by the domain. Charts are Teams'
 * chart elements, each with a fallback table or fact set holding the same figures (the Agents
 * Playground and older clients draw no charts). A figure shown as "< 5" or hidden is never drawn:
 * it is left out of the chart's data and named in a note under it. The filters at the top redraw
 * the card in place ("Oppdater", Action.Execute).
 */
export function overviewCard(texts: Texts, input: OverviewCardInput): AdaptiveCard {
  const t = texts.overview;
  const f = input.figures;
  const date = (day: string) => formatDate(day, texts.locale);
  const show = (s: Shown) => shownText(texts, s);
  const body: CardElement[] = [
    heading(t.title(f.unit?.name ?? t.wholeMunicipality)),
    paragraph(`${t.period(date(f.period.from), date(f.period.to))} ${t.asOf(date(f.asOf))}`, {
      isSubtle: true,
      spacing: 'None',
    }),
    filters(texts, input),
    section(t.open.heading),
    facts([[t.open.total, show(f.openTotal)]]),
  ];

  const levels = f.openByLevel.map((l): Cell => ({
    label: texts.labels.levels[l.level],
    shown: l.shown,
    color: LEVEL_COLOURS[l.level],
  }));
  body.push(...chart(texts, 'Chart.Donut', t.open.byLevel, levels));
  const phases = f.openByPhase.map((p): Cell => ({ label: t.phases[p.phase], shown: p.shown }));
  body.push(...chart(texts, 'Chart.VerticalBar', t.open.byPhase, phases, 'categoricalPurple'));
  const categories = f.openByCategory.map((c): Cell => ({
    label: capitalised(texts.labels.subcategories[c.subcategory]),
    shown: c.shown,
  }));
  body.push(...chart(texts, 'Chart.HorizontalBar', t.open.byCategory, categories));
  if (f.unit === null) {
    const units = f.openByUnit.map((u): Cell => ({ label: u.unitName, shown: u.shown }));
    body.push(...chart(texts, 'Chart.HorizontalBar', t.open.byUnit, units, 'categoricalTeal'));
  }

  body.push(section(t.movement.heading));
  // LEVEL_MOVES lists exactly the six colour changes the catalogue names.
  type Move = keyof Texts['overview']['movement']['moves'];
  const moves = f.levelMovement.map((m): Cell => ({
    label: t.movement.moves[`${m.from}-${m.to}` as Move],
    shown: m.shown,
  }));
  body.push(...chart(texts, 'Chart.HorizontalBar', null, moves));

  body.push(section(t.outcomes.heading), paragraph(t.outcomes.intro, { isSubtle: true }));
  body.push(...outcomesChart(texts, f));

  body.push(section(t.legal.heading));
  body.push(
    table([
      [t.legal.step, t.total, ...LANDLORDS.map((l) => t.legal.columns[l])],
      ...f.legalSteps.map((s) => [
        t.legal.steps[s.step],
        show(s.total),
        ...s.byLandlord.map((l) => show(l.shown)),
      ]),
    ]),
  );

  body.push(section(t.more.heading), facts(moreFacts(texts, f)));
  if (anySuppressed(f)) body.push(paragraph(t.footnote, { isSubtle: true, size: 'Small' }));
  return adaptiveCard(body);
}

/** The unit and period filters, and "Oppdater" (redraws this card in place). */
function filters(texts: Texts, { figures, units, today }: OverviewCardInput): CardElement {
  const t = texts.overview;
  const column = (item: CardElement) => ({ type: 'Column', width: 'stretch', items: [item] });
  return {
    type: 'Container',
    style: 'emphasis',
    spacing: 'Medium',
    items: [
      paragraph(t.filters.hint, { isSubtle: true, size: 'Small' }),
      {
        type: 'ColumnSet',
        columns: [
          column({
            type: 'Input.ChoiceSet',
            id: 'overviewUnit',
            label: t.filters.unit,
            value: figures.unit?.id ?? WHOLE_MUNICIPALITY,
            choices: [
              { title: t.wholeMunicipality, value: WHOLE_MUNICIPALITY },
              ...units.map((u) => ({ title: u.name, value: u.id })),
            ],
          }),
          column({
            type: 'Input.ChoiceSet',
            id: 'overviewPeriod',
            label: t.filters.period,
            value: presetOf(figures.period, today),
            choices: [...PERIOD_PRESETS, 'custom' as const].map((p) => ({
              title: t.presets[p],
              value: p,
            })),
          }),
        ],
      },
      {
        type: 'ColumnSet',
        columns: [
          column({
            type: 'Input.Date',
            id: 'overviewFrom',
            label: t.filters.from,
            value: figures.period.from,
          }),
          column({
            type: 'Input.Date',
            id: 'overviewTo',
            label: t.filters.to,
            value: figures.period.to,
          }),
        ],
      },
      {
        type: 'ActionSet',
        actions: [
          execute(t.filters.refresh, OVERVIEW_REFRESH, {
            drawnFrom: figures.period.from,
            drawnTo: figures.period.to,
          }),
        ],
      },
    ],
  };
}

const section = (text: string): CardElement =>
  paragraph(text, { weight: 'Bolder', size: 'Medium', separator: true, spacing: 'Large' });

const subheading = (text: string): CardElement =>
  paragraph(text, { weight: 'Bolder', spacing: 'Medium' });

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A figure as text: the number, "< 5", or "skjult". */
function shownText(texts: Texts, shown: Shown): string {
  if ('exact' in shown) return formatAmount(shown.exact, texts.locale);
  if ('rounded' in shown) return texts.overview.about(formatAmount(shown.rounded, texts.locale));
  return 'fewerThan' in shown ? `< ${shown.fewerThan}` : texts.overview.hidden;
}

/** Kommunal or privat utleier, as everywhere in Husly; or unknown. */
const landlordLabel = (texts: Texts, landlord: Landlord): string =>
  landlord === 'ukjent'
    ? texts.overview.outcomes.unknownLandlord
    : texts.labels.landlords[landlord];

const drawn = drawable;

/** "Ikke tegnet: Nivå 4 (rødt) (< 5)." under a chart, for the figures left out of it. */
function notDrawnNote(texts: Texts, cells: readonly Cell[]): CardElement[] {
  const left = cells.filter((c) => drawn(c.shown) === null);
  if (left.length === 0) return [];
  const items = left.map((c) => `${c.label} (${shownText(texts, c.shown)})`).join(', ');
  return [
    paragraph(texts.overview.notDrawn(items), { isSubtle: true, size: 'Small', spacing: 'None' }),
  ];
}

/**
 * A breakdown as a chart with its fact set as fallback, and a note naming what was not drawn.
 * With nothing to draw (no exact figure above 0), the fact set alone.
 */
function chart(
  texts: Texts,
  type: 'Chart.Donut' | 'Chart.VerticalBar' | 'Chart.HorizontalBar',
  title: string | null,
  cells: readonly Cell[],
  color: ChartColor = 'categoricalBlue',
): CardElement[] {
  const head = title ? [subheading(title)] : [];
  if (cells.length === 0) return [...head, paragraph(texts.overview.open.none)];
  const table = facts(cells.map((c) => [c.label, shownText(texts, c.shown)]));
  const drawable = cells.filter((c) => drawn(c.shown) !== null);
  if (!drawable.some((c) => (drawn(c.shown) ?? 0) > 0)) return [...head, table];
  const element: CardElement =
    type === 'Chart.Donut'
      ? {
          type,
          // A slice of 0 is nothing to see: only the figures above 0.
          data: drawable
            .filter((c) => (drawn(c.shown) ?? 0) > 0)
            .map((c) => ({
              legend: c.label,
              value: drawn(c.shown) ?? 0,
              ...(c.color ? { color: c.color } : {}),
            })),
          fallback: table,
        }
      : {
          type,
          color,
          ...(type === 'Chart.VerticalBar' ? { showBarValues: true } : {}),
          data: drawable.map((c) => ({ x: c.label, y: drawn(c.shown) ?? 0 })),
          fallback: table,
        };
  return [...head, element, ...notDrawnNote(texts, cells)];
}

/** Prevented against evicted, one bar per landlord; the table as fallback. */
function outcomesChart(texts: Texts, f: OverviewFigures): CardElement[] {
  const t = texts.overview.outcomes;
  const show = (s: Shown) => shownText(texts, s);
  const fallback = table([
    [t.landlord, t.prevented, t.evicted],
    ...f.outcomes.map((o) => [
      landlordLabel(texts, o.landlord),
      show(o.prevented),
      show(o.evicted),
    ]),
    [texts.overview.total, show(f.outcomesTotal.prevented), show(f.outcomesTotal.evicted)],
  ]);
  const bars = f.outcomes
    .map((o) => ({
      title: landlordLabel(texts, o.landlord),
      data: [
        { legend: t.prevented, shown: o.prevented, color: 'good' as const },
        { legend: t.evicted, shown: o.evicted, color: 'attention' as const },
      ]
        .filter((s) => (drawn(s.shown) ?? 0) > 0)
        .map((s) => ({ legend: s.legend, value: drawn(s.shown) ?? 0, color: s.color })),
    }))
    .filter((bar) => bar.data.length > 0);
  if (bars.length === 0) return [fallback];
  const left: Cell[] = f.outcomes.flatMap((o) => [
    {
      label: `${landlordLabel(texts, o.landlord)}: ${t.prevented.toLowerCase()}`,
      shown: o.prevented,
    },
    { label: `${landlordLabel(texts, o.landlord)}: ${t.evicted.toLowerCase()}`, shown: o.evicted },
  ]);
  return [
    { type: 'Chart.HorizontalBar.Stacked', data: bars, fallback },
    ...notDrawnNote(texts, left),
  ];
}

/** New cases, days to first contact, money granted, children. */
function moreFacts(texts: Texts, f: OverviewFigures): [string, string][] {
  const t = texts.overview.more;
  const show = (s: Shown) => shownText(texts, s);
  const none = (s: Shown) => drawn(s) === 0;
  const { firstContact, moneyGranted } = f;
  return [
    [t.newCases, show(f.newCases)],
    [
      t.firstContact,
      firstContact.medianDays !== null
        ? t.days(formatAmount(firstContact.medianDays, texts.locale), show(firstContact.cases))
        : none(firstContact.cases)
          ? '–'
          : t.tooFew(show(firstContact.cases)),
    ],
    [
      t.money,
      moneyGranted.totalNok !== null
        ? t.kroner(formatAmount(moneyGranted.totalNok, texts.locale), show(moneyGranted.cases))
        : none(moneyGranted.cases)
          ? t.kroner('0', '0')
          : t.tooFew(show(moneyGranted.cases)),
    ],
    [t.households, show(f.children.households)],
    [t.children, show(f.children.children)],
  ];
}

/** A Table (Adaptive Cards 1.5), its first row the header. */
function table(rows: readonly (readonly string[])[]): CardElement {
  const width = rows[0]?.length ?? 0;
  return {
    type: 'Table',
    firstRowAsHeader: true,
    columns: Array.from({ length: width }, (_, i) => ({ width: i === 0 ? 3 : 1 })),
    rows: rows.map((cells, r) => ({
      type: 'TableRow',
      cells: cells.map((text) => ({
        type: 'TableCell',
        items: [{ type: 'TextBlock', text, wrap: true, ...(r === 0 ? { weight: 'Bolder' } : {}) }],
      })),
    })),
  };
}

/** Whether any figure on the card is shown as "< 5" or hidden (the footnote explains them). */
function anySuppressed(f: OverviewFigures): boolean {
  const found = (value: unknown): boolean => {
    if (Array.isArray(value)) return value.some(found);
    if (typeof value !== 'object' || value === null) return false;
    if ('fewerThan' in value || 'hidden' in value || 'rounded' in value) return true;
    return Object.values(value).some(found);
  };
  return found(f);
}
