import {
  REVIEW_CATEGORIES,
  type AccessReviewFinding,
  type ReviewCategory,
} from '../../src/domain/audit/access-review.service.ts';
import { localTime } from '../../src/domain/calendar/zoned-time.ts';
import { localDate } from '../../src/domain/common/local-date.ts';
import {
  adaptiveCard,
  facts,
  heading,
  paragraph,
  userText,
  type CardElement,
  type Run,
} from './adaptive-card.ts';
import type { Texts } from '../texts/index.ts';
import { formatInstant } from './format.ts';

/** At most this many findings on the card; the rest are in the command-line review. */
export const MAX_CARD_FINDINGS = 15;

export interface AccessReviewCardInput {
  /** [from, to), as the review was run. */
  readonly period: { readonly from: Date; readonly to: Date };
  /** The unit reviewed, or null for the whole municipality. */
  readonly unitName: string | null;
  readonly findings: readonly AccessReviewFinding[];
  readonly counts: Readonly<Record<ReviewCategory, number>>;
  readonly timeZone?: string;
}

/**
 * A leader's access review: how many findings per category, then the newest findings as
 * "dato kl · navn · kategori · sak". Staff names and case references only: no resident, no
 * purpose, no break-glass justification (that stays in the command-line review).
 */
export function accessReviewCard(texts: Texts, input: AccessReviewCardInput) {
  const t = texts.accessReview;
  const zone = input.timeZone ?? 'Europe/Oslo';
  const lastDay = new Date(input.period.to.getTime() - 1);
  const day = (instant: Date) => formatInstant(instant, zone, texts.locale);
  const period = `${day(input.period.from)} – ${day(lastDay)}`;
  const total = input.findings.length;
  const body: CardElement[] = [
    heading(t.title),
    userText([{ text: `${period} · ${input.unitName ?? t.allUnits}`, isSubtle: true }], {
      spacing: 'None',
    }),
    facts(REVIEW_CATEGORIES.map((c) => [t.categories[c], String(input.counts[c] ?? 0)] as const)),
  ];
  if (total === 0) body.push(paragraph(t.none));
  else {
    const newest = [...input.findings]
      .sort((a, b) => b.at.getTime() - a.at.getTime())
      .slice(0, MAX_CARD_FINDINGS);
    body.push(paragraph(t.latest(newest.length, total), { weight: 'Bolder', separator: true }));
    for (const f of newest) body.push(userText(line(t, f, zone), { spacing: 'Small' }));
  }
  body.push(paragraph(t.footer, { isSubtle: true, size: 'Small', separator: true }));
  return adaptiveCard(body);
}

function line(t: Texts['accessReview'], f: AccessReviewFinding, zone: string): Run[] {
  const [y, m, d] = localDate(f.at, zone).split('-');
  const people =
    f.category === 'many-people' && typeof f.detail.people === 'number'
      ? ` (${t.people(f.detail.people)})`
      : '';
  const runs: Run[] = [
    { text: t.at(`${d}.${m}.${y}`, localTime(f.at, zone)), isSubtle: true },
    { text: ` · ${f.staffName ?? t.unknownStaff} · ` },
    {
      text: `${t.categories[f.category]}${people}`,
      ...(f.category === 'break-glass'
        ? { color: 'Attention' as const, weight: 'Bolder' as const }
        : {}),
    },
  ];
  if (f.caseReference) runs.push({ text: ` · ${f.caseReference}` });
  return runs;
}
