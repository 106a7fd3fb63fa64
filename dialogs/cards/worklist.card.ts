import { addDays } from '../../src/domain/common/calendar-date.ts';
import type { Worklist } from '../../src/domain/overview/worklist.service.ts';
import {
  CONTACT_WITHIN_DAYS,
  REQUEST_WITHIN_DAYS,
  type WorklistReason,
  type WorklistRow,
} from '../../src/domain/overview/worklist.ts';
import type { Texts } from '../texts/index.ts';
import {
  adaptiveCard,
  heading,
  paragraph,
  userText,
  withButton,
  type AdaptiveCard,
  type CardElement,
} from './adaptive-card.ts';
import { formatDate } from './format.ts';
import { openCaseButton } from './reminder.cards.ts';

/** Reasons whose deadline is the law's: shown in red when it is this close (days) or past. */
const LEGAL_CODES: ReadonlySet<WorklistReason['code']> = new Set([
  'eviction-soon',
  'objection-open',
  'objection-unknown',
  'request-soon',
]);

/**
 * "arbeidsliste" / "boligmøte": the cases that need a decision this week, in the order the
 * domain sorted them (legal deadline first). Each row: reference, owning unit, what is due and
 * when, and its own "Åpne sak" (the owner answer, as "mine saker" opens a case). Owner facts and
 * deadlines only: no name, so the same rows may go to a unit's channel.
 */
export function worklistCard(texts: Texts, worklist: Worklist): AdaptiveCard {
  const t = texts.worklist;
  return listCard(texts, worklist, t.title, t.empty);
}

/**
 * The weekly post to a unit's channel: the same rows (reference, unit, what is due and when,
 * "Åpne sak"), never a name. A press on "Åpne sak" is answered in the presser's personal chat,
 * as far as the access gate lets them see the case.
 */
export function worklistChannelCard(
  texts: Texts,
  unitName: string,
  worklist: Worklist,
): AdaptiveCard {
  const t = texts.worklist;
  return listCard(texts, worklist, t.channelTitle(unitName), t.channelEmpty(unitName), true);
}

function listCard(
  texts: Texts,
  worklist: Worklist,
  title: string,
  empty: string,
  inChannel = false,
): AdaptiveCard {
  const t = texts.worklist;
  if (worklist.rows.length === 0) return adaptiveCard([heading(title), paragraph(empty)]);
  const law = lawNamer(texts);
  const body: CardElement[] = [
    heading(title),
    paragraph((inChannel ? t.channelIntro : t.intro)(formatDate(worklist.today, texts.locale)), {
      isSubtle: true,
    }),
    ...worklist.rows.map((row) =>
      inChannel ? channelRowElement(texts, row) : rowElement(texts, row, worklist.today, law),
    ),
  ];
  if (worklist.total > worklist.rows.length)
    body.push(
      paragraph(t.showing(worklist.rows.length, worklist.total), {
        isSubtle: true,
        spacing: 'Medium',
      }),
    );
  return adaptiveCard(body);
}

/** The law in full at its first mention on the card, by its short form after that. */
function lawNamer(texts: Texts): () => string {
  let named = false;
  return () => {
    const name = named ? texts.worklist.law.short : texts.worklist.law.full;
    named = true;
    return name;
  };
}

function rowElement(texts: Texts, row: WorklistRow, today: string, law: () => string): CardElement {
  return {
    ...withButton(
      {
        type: 'Container',
        items: [
          // The unit's name was typed by an administrator: shown exactly as typed.
          userText([{ text: row.reference, weight: 'Bolder' }, ` · ${row.owningUnitName}`]),
          ...row.reasons.map((reason) =>
            paragraph(reasonText(texts, reason, law), {
              spacing: 'None',
              size: 'Small',
              ...(pressing(reason, today) ? { color: 'Attention', weight: 'Bolder' } : {}),
            }),
          ),
        ],
      },
      openCaseButton(texts, row.caseId, row.reference),
    ),
    separator: true,
    spacing: 'Medium',
  };
}

/**
 * A row in the unit's channel: the reference, the unit and the nearest date only — what is due
 * is case content, read behind "Åpne sak" by whoever may (channel posts show owner facts).
 */
function channelRowElement(texts: Texts, row: WorklistRow): CardElement {
  const t = texts.worklist;
  const when = row.sortDate ? t.channelDue(formatDate(row.sortDate, texts.locale)) : t.channelOpen;
  return {
    ...withButton(
      {
        type: 'Container',
        items: [
          userText([{ text: row.reference, weight: 'Bolder' }, ` · ${row.owningUnitName}`]),
          paragraph(when, { spacing: 'None', size: 'Small' }),
        ],
      },
      openCaseButton(texts, row.caseId, row.reference),
    ),
    separator: true,
    spacing: 'Medium',
  };
}

/** Without a roof tonight, or a legal deadline within a week (or past): act now. */
function pressing(reason: WorklistReason, today: string): boolean {
  if (reason.code === 'acute') return true;
  return (
    LEGAL_CODES.has(reason.code) &&
    reason.due !== null &&
    reason.due <= addDays(today, REQUEST_WITHIN_DAYS)
  );
}

/** What is due and when, in words. */
function reasonText(texts: Texts, reason: WorklistReason, law: () => string): string {
  const r = texts.worklist.reasons;
  // Every reason but a missing vedtak or plan has its date; '–' if one ever came without.
  const { due } = reason;
  const when = due ? formatDate(due, texts.locale) : '–';
  switch (reason.code) {
    case 'acute':
      return r.acute;
    case 'eviction-soon':
      return r.evictionSoon(when);
    case 'objection-open':
      return r.objectionOpen(when, law());
    case 'objection-unknown':
      return r.objectionUnknown(law());
    case 'request-soon':
      return r.requestSoon(when, law());
    case 'untaken':
      return due ? r.untakenSince(when) : r.untaken;
    case 'no-vedtak-or-plan':
      return r.missing[reason.missing ?? 'vedtak-and-plan'];
    case 'measure-overdue':
      return r.measureOverdue(when);
    case 'evaluation-overdue':
      return r.evaluationOverdue(when);
    case 'never-contacted':
      // Due is the day of the first contact at the latest: registered 3 days before it.
      return r.neverContacted(
        due ? formatDate(addDays(due, -CONTACT_WITHIN_DAYS), texts.locale) : '–',
      );
  }
}
