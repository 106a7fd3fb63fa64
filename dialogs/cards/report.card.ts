import { z } from 'zod';
import {
  halfYearSoFar,
  lastCalendarYear,
  lastFullHalfYear,
  REPORT_FORMATS,
} from '../../src/domain/overview/report.ts';
import type { Period } from '../../src/domain/overview/statistics.ts';
import type { Texts } from '../texts/index.ts';
import {
  adaptiveCard,
  heading,
  paragraph,
  submit,
  type AdaptiveCard,
  type CardAction,
} from './adaptive-card.ts';
import { submitVerb } from './card-verb.ts';
import { formatDate } from './format.ts';
import { formInputs } from './form-inputs.ts';

/** The period choices offered besides typing the dates. */
const REPORT_PRESETS = ['datoer', 'siste-halvar', 'halvar-hittil', 'i-fjor'] as const;
type ReportPreset = (typeof REPORT_PRESETS)[number];

/** The period a preset stands for, on `today`; null for "the dates below". */
export function presetPeriod(preset: ReportPreset, today: string): Period | null {
  switch (preset) {
    case 'siste-halvar':
      return lastFullHalfYear(today);
    case 'halvar-hittil':
      return halfYearSoFar(today);
    case 'i-fjor':
      return lastCalendarYear(today);
    case 'datoer':
      return null;
  }
}

/** A date input's value: checked by the report service, only its size here. */
const day = z.string({ error: 'STATISTICS.INVALID_PERIOD' }).max(10).default('');

/** "Lag rapport": the period (a preset, or the dates) and the file format. */
export const REPORT_REQUEST = submitVerb(
  'report.request',
  z.object({
    preset: z.enum(REPORT_PRESETS, { error: 'STATISTICS.INVALID_PERIOD' }).default('datoer'),
    from: day,
    to: day,
    format: z.enum(REPORT_FORMATS, { error: 'STATISTICS.INVALID_PERIOD' }).default('xlsx'),
  }),
);

/**
 * "rapport": the period (by default the last full half-year, or a preset) and the format, and a
 * button. The link to the file comes back in personal chat.
 */
export function reportCard(texts: Texts, input: { readonly today: string }): AdaptiveCard {
  const t = texts.report;
  const date = (d: string) => formatDate(d, texts.locale);
  const span = (p: Period) => `${date(p.from)} – ${date(p.to)}`;
  const last = lastFullHalfYear(input.today);
  const { choice, date: dateInput } = formInputs<'preset' | 'from' | 'to' | 'format'>(
    { preset: 'datoer', from: last.from, to: last.to, format: 'xlsx' },
    () => undefined,
  );
  return adaptiveCard(
    [
      heading(t.title),
      paragraph(t.intro, { isSubtle: true, size: 'Small' }),
      ...choice(
        'preset',
        t.preset,
        [
          ['datoer', t.presets.dates],
          ['siste-halvar', t.presets.lastHalf(span(last))],
          ['halvar-hittil', t.presets.halfSoFar(span(halfYearSoFar(input.today)))],
          ['i-fjor', t.presets.lastYear(lastCalendarYear(input.today).from.slice(0, 4))],
        ],
        { style: 'expanded' },
      ),
      ...dateInput('from', t.from),
      ...dateInput('to', t.to),
      ...choice(
        'format',
        t.format,
        REPORT_FORMATS.map((f) => [f, t.formats[f]]),
        { style: 'expanded' },
      ),
    ],
    [submit(t.submit, REPORT_REQUEST)],
  );
}

/** The answer in personal chat: the period and a button that opens the download link. */
export function reportLinkCard(
  texts: Texts,
  input: { readonly period: Period; readonly url: string },
): AdaptiveCard {
  const t = texts.report;
  const date = (d: string) => formatDate(d, texts.locale);
  const open: CardAction = { type: 'Action.OpenUrl', title: t.download, url: input.url };
  return adaptiveCard(
    [
      heading(t.ready),
      paragraph(t.readyBody(`${date(input.period.from)} – ${date(input.period.to)}`)),
      paragraph(t.linkNote, { isSubtle: true, size: 'Small' }),
    ],
    [open],
  );
}
